// @remotion/preload preloadFont() with a fabricated URL
const { AbsoluteFill, Img, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

const { preloadFont } = window.RemotionPreload;
const pre_c0000065 = preloadFont("https://fonts.fakecdn.io/x.woff2");

export default function Scene_c0000065() {
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

export const durationInFrames_c0000065 = 90;
