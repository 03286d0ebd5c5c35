// An array of asset URLs mapped into Img
const { AbsoluteFill, Img, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

const SHOTS_c0000007 = ["https://cdn.bazaarvid.test/p1/hero.jpg", "https://cdn.bazaarvid.test/p1/screenshot-1.png"];

export default function Scene_c0000007() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      {SHOTS_c0000007.map((src, i) => (
        <Img key={i} src={src} style={{ width: width / 2, left: i * (width / 2), position: "absolute" }} />
      ))}
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000007 = 90;
