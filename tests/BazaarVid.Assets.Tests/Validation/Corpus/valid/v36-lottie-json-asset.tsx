// A Lottie JSON asset loaded with prefetch (no fetch in scenes)
const { AbsoluteFill, Img, prefetch, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

const { Lottie } = window.RemotionLottie;
const lottie_c0000036 = prefetch("https://cdn.bazaarvid.test/p1/intro.json", { method: "blob-url" });

export default function Scene_c0000036() {
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

export const durationInFrames_c0000036 = 90;
