// Strings and text that look like comments or paths but are not URLs
const { AbsoluteFill, Img, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

export default function Scene_c0000038() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  const note = "// not a comment /* nor this */";
  const ratioLabel = "16/9";
  const glob = "**/*.tsx";
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      <Img src="https://cdn.bazaarvid.test/p1/logo.png" />
      <p>{note} {ratioLabel} {glob} 1/2 // text</p>
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000038 = 90;
