// A regex containing a quote must not start a string
const { AbsoluteFill, Img, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

const QUOTE_c0000158 = /"/g;
const BACKTICK_c0000158 = /`/;

export default function Scene_c0000158() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      <Img src="https://cdn.fakeassets.io/after-regex.png" />
      <p>{"say \"hi\"".replace(QUOTE_c0000158, "")}</p>
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000158 = 90;
