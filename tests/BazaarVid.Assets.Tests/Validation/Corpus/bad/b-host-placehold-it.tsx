// placehold.it in an object key src
const { AbsoluteFill, Img, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

const HERO_c0000153 = { src: "http://placehold.it/350x150", alt: "x" };

export default function Scene_c0000153() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      <Img src={HERO_c0000153.src} />
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000153 = 90;
