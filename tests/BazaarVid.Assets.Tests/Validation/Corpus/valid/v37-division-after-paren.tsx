// Division after parentheses and a closing brace
const { AbsoluteFill, Img, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

export default function Scene_c0000037() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  const t = (frame - 10) / (fps * 2);
  const pos = { x: width / 4 }.x / 2;
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      <Img src="https://cdn.bazaarvid.test/p1/logo.png" style={{ transform: `translateX(${pos * t}px)` }} />
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000037 = 90;
