// Video and Audio with asset URLs
const { AbsoluteFill, Img, Video, Audio, Sequence, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

export default function Scene_c0000002() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      <Sequence from={0} durationInFrames={90}>
        <Video src="https://cdn.bazaarvid.test/p1/clip.mp4" style={{ width }} />
      </Sequence>
      <Audio src="https://cdn.bazaarvid.test/p1/music.mp3" volume={0.6} />
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000002 = 90;
