// getGifDurationInSeconds() of a fabricated gif
const { AbsoluteFill, Img, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

const { getGifDurationInSeconds } = window.RemotionGif;
export const calculateMetadata_c0000056 = async () => ({ durationInFrames: Math.round((await getGifDurationInSeconds("https://media.giphy.com/media/xyz/giphy.gif")) * 30) });

export default function Scene_c0000056() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      <Img src="https://cdn.bazaarvid.test/p1/logo.png" />
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000056 = 90;
