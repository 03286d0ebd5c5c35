// A signed asset URL with its query kept verbatim (host case differs)
const { AbsoluteFill, Img, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

export default function Scene_c0000031() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      <Img src="https://assets.bazaarvid.test/p1/photo.webp?sig=AbC%2fdef&exp=1700000000" />
      <Img src="https://ASSETS.bazaarvid.test/p1/photo.webp?sig=AbC%2fdef&amp;exp=1700000000" />
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000031 = 90;
