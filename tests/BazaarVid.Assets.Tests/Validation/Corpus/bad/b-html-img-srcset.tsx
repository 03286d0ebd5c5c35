// <img srcSet> with a fabricated candidate
const { AbsoluteFill, Img, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

export default function Scene_c0000089() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      <img src="https://cdn.bazaarvid.test/p1/logo.png" srcSet="https://cdn.bazaarvid.test/p1/logo.png 480w, https://cdn.fakeassets.io/logo-960.png 960w" sizes="50vw" />
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000089 = 90;
