// <Gif src> with dummyimage.com
const { AbsoluteFill, Img, Gif, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

export default function Scene_c0000055() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      <Gif src="https://dummyimage.com/600x400/000/fff.gif" width={600} height={400} />
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000055 = 90;
