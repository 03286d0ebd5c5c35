// <source src> and srcSet inside video and picture
const { AbsoluteFill, Img, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

export default function Scene_c0000091() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      <video muted>
        <source src="https://cdn.fakeassets.io/alt.webm" type="video/webm" />
        <source src="https://cdn.bazaarvid.test/p1/clip.mp4" type="video/mp4" />
      </video>
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000091 = 90;
