// An object of asset URLs read by member and index access
const { AbsoluteFill, Img, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

const ASSETS_c0000008 = { logo: "https://cdn.bazaarvid.test/p1/logo.png", hero: "https://cdn.bazaarvid.test/p1/hero.jpg" } as const;

export default function Scene_c0000008() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      <Img src={ASSETS_c0000008.logo} />
      <Img src={ASSETS_c0000008["hero"]} />
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000008 = 90;
