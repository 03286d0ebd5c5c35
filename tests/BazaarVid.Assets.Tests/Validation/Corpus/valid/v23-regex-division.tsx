// Regex literals and division that must not derail the scanner
const { AbsoluteFill, Img, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

export default function Scene_c0000023() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  const ratio = width / height / 2;
  const isRatio = /^\d+\/\d+$/.test("16/9");
  const cleaned = "a/b".replace(/\//g, "-");
  const quotes = /["'`]|\/\//g;
  const half = (frame / 2) / fps;
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      <Img src="https://cdn.bazaarvid.test/p1/logo.png" style={{ width: 300 * ratio, opacity: isRatio ? 1 : 0.5 }} />
      <div>{cleaned} {half.toFixed(1)}</div>
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000023 = 90;
