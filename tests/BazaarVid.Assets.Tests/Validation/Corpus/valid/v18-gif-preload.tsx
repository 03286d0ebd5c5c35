// Gif and preloadImage with asset URLs
const { AbsoluteFill, Img, Gif, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

const { preloadImage } = window.RemotionPreload;
const unpreload_c0000018 = preloadImage("https://cdn.bazaarvid.test/p1/screenshot-1.png");

export default function Scene_c0000018() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      <Gif src="https://cdn.bazaarvid.test/p1/hero.jpg" width={400} height={300} fit="contain" />
      <Img src="https://cdn.bazaarvid.test/p1/screenshot-1.png" />
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000018 = 90;
