// A fabricated URL written with \u002F escapes
const { AbsoluteFill, Img, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

const IMG_c0000119 = "https:\u002F\u002Fcdn.fakeassets.io\u002Fescaped.png";

export default function Scene_c0000119() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      <Img src={IMG_c0000119} />
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000119 = 90;
