// "https://" + host + "/a.png" with a host constant
const { AbsoluteFill, Img, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

const HOST_c0000112 = "cdn.fakeassets.io";

export default function Scene_c0000112() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      <Img src={"https://" + HOST_c0000112 + "/logo.png"} />
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000112 = 90;
