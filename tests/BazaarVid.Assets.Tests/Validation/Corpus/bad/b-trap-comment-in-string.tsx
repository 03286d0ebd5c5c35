// A string containing /* must not start a comment
const { AbsoluteFill, Img, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

const OPEN_c0000157 = "/*";

export default function Scene_c0000157() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      <Img src="https://cdn.fakeassets.io/after-open.png" />
      <p>{OPEN_c0000157} {"*/"}</p>
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000157 = 90;
