// via.placeholder.com in a constant
const { AbsoluteFill, Img, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

const PH_c0000151 = "https://via.placeholder.com/1920x1080";

export default function Scene_c0000151() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      <Img src={PH_c0000151} />
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000151 = 90;
