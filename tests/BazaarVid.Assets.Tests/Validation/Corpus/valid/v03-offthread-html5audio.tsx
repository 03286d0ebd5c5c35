// OffthreadVideo in braces and Html5Audio with single quotes
const { AbsoluteFill, Img, OffthreadVideo, Html5Audio, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

export default function Scene_c0000003() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      <OffthreadVideo src={"https://cdn.bazaarvid.test/p1/clip.mp4"} muted />
      <Html5Audio src='https://cdn.bazaarvid.test/p1/music.mp3' />
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000003 = 90;
