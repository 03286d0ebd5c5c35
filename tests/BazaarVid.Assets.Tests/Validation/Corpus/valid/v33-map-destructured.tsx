// Objects with src mapped into Img through a destructured parameter
const { AbsoluteFill, Img, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

const SLIDES_c0000033 = [
  { src: "https://cdn.bazaarvid.test/p1/hero.jpg", title: "Detect" },
  { src: "https://cdn.bazaarvid.test/p1/screenshot-1.png", title: "Respond" },
];

export default function Scene_c0000033() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      {SLIDES_c0000033.map(({ src, title }, i) => (
        <div key={title} style={{ opacity: frame > i * 30 ? 1 : 0 }}>
          <Img src={src} />
          <h2>{title}</h2>
        </div>
      ))}
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000033 = 90;
