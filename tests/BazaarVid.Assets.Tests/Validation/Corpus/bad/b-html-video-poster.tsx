// <video poster> with a fabricated image
const { AbsoluteFill, Img, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

export default function Scene_c0000090() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      <video src="https://cdn.bazaarvid.test/p1/clip.mp4" poster="https://cdn.fakeassets.io/thumb.jpg" muted />
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000090 = 90;
