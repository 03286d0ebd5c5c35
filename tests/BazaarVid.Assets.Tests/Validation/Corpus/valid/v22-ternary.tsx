// A ternary between two asset constants
const { AbsoluteFill, Img, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

const LOGO_c0000022 = "https://cdn.bazaarvid.test/p1/logo.png";
const HERO_c0000022 = "https://cdn.bazaarvid.test/p1/hero.jpg";

export default function Scene_c0000022() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      <Img src={frame < 45 ? LOGO_c0000022 : HERO_c0000022} />
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000022 = 90;
