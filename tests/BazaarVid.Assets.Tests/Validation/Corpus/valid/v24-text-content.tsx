// Plain words, entities and a domain name without a scheme in JSX text
const { AbsoluteFill, Img, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

export default function Scene_c0000024() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      <h1 style={{ color: "#fff", fontFamily: "Inter, sans-serif" }}>Spinlio &mdash; cyber security</h1>
      <p>Visit spinlio.com &copy; 2025 &bull; Fast &amp; secure</p>
      <Img src="https://cdn.bazaarvid.test/p1/logo.png" />
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000024 = 90;
