// <IFrame src> with an unknown site
const { AbsoluteFill, Img, IFrame, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

export default function Scene_c0000047() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      <IFrame src="https://www.youtube.com/embed/dQw4w9WgXcQ" style={{ width: 800, height: 450 }} />
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000047 = 90;
