// <Html5Audio src> with a fabricated URL
const { AbsoluteFill, Img, Html5Audio, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

export default function Scene_c0000046() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      <Html5Audio src='https://cdn.fakeassets.io/whoosh.wav' />
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000046 = 90;
