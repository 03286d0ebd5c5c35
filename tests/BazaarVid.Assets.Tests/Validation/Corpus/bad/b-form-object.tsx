// An object of URLs with a fabricated member
const { AbsoluteFill, Img, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

const MEDIA_c0000118 = { logo: "https://cdn.bazaarvid.test/p1/logo.png", background: "https://cdn.fakeassets.io/bg.jpg" };

export default function Scene_c0000118() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      <Img src={MEDIA_c0000118.logo} />
      <Img src={MEDIA_c0000118.background} />
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000118 = 90;
