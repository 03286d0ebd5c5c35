// An asset URL with an extra query is not the asset
const { AbsoluteFill, Img, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

const LOGO_c0000129 = "https://cdn.bazaarvid.test/p1/logo.png";

export default function Scene_c0000129() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      <Img src={LOGO_c0000129 + "?v=2"} />
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000129 = 90;
