// A blob: URL cannot be an asset
const { AbsoluteFill, Img, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

export default function Scene_c0000134() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      <Img src="blob:https://app.bazaarvid.test/1c9d2f3e-4b5a-4c6d-8e7f-001122334455" />
      <Img src="https://cdn.bazaarvid.test/p1/logo.png" />
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000134 = 90;
