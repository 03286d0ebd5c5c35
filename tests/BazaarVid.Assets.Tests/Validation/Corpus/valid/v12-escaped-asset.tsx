// An asset URL written with \u002F escapes
const { AbsoluteFill, Img, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

const LOGO_c0000012 = "https:\u002F\u002Fcdn.bazaarvid.test\u002Fp1\u002Flogo.png";

export default function Scene_c0000012() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      <Img src={LOGO_c0000012} />
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000012 = 90;
