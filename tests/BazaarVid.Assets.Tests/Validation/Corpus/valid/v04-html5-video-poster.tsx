// Html5Video src and poster from constants
const { AbsoluteFill, Img, Html5Video, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

const CLIP_c0000004 = "https://cdn.bazaarvid.test/p1/clip.mp4";
const POSTER_c0000004 = "https://cdn.bazaarvid.test/p1/hero.jpg";

export default function Scene_c0000004() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      <Html5Video src={CLIP_c0000004} poster={POSTER_c0000004} style={{ width: width * 0.8 }} />
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000004 = 90;
