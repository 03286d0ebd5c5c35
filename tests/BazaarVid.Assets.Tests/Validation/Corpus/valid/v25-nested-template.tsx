// Nested template literals resolving to an asset URL
const { AbsoluteFill, Img, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

const BASE_c0000025 = "https://cdn.bazaarvid.test/p1";

export default function Scene_c0000025() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  const label = `${`Scene ${1}`} of ${2}`;
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      <div style={{ backgroundImage: `url(${`${BASE_c0000025}/hero.jpg`})` }}>{label}</div>
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000025 = 90;
