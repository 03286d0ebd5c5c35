// useAudioData and getAudioDurationInSeconds with the asset music
const { AbsoluteFill, Img, Audio, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

const { useAudioData, visualizeAudio, getAudioDurationInSeconds } = window.RemotionMediaUtils;
export const calculateMetadata_c0000028 = async () => ({ durationInFrames: Math.ceil((await getAudioDurationInSeconds("https://cdn.bazaarvid.test/p1/music.mp3")) * 30) });

export default function Scene_c0000028() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  const audioData = useAudioData("https://cdn.bazaarvid.test/p1/music.mp3");
  const bars = audioData ? visualizeAudio({ fps, frame, audioData, numberOfSamples: 16 }) : [];
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      <Audio src="https://cdn.bazaarvid.test/p1/music.mp3" />
      {bars.map((v, i) => <div key={i} style={{ height: v * 300, width: 20, background: "#0ff" }} />)}
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000028 = 90;
