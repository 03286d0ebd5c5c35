// A template literal built from a base constant
const { AbsoluteFill, Img, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

const BASE_c0000011 = "https://cdn.bazaarvid.test/p1";
const FILE_c0000011 = "hero.jpg";

export default function Scene_c0000011() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      <Img src={`${BASE_c0000011}/${FILE_c0000011}`} />
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000011 = 90;
