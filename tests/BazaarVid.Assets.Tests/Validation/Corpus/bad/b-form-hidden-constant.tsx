// A URL hidden in a constant outside any media position
const { AbsoluteFill, Img, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

const CTA_URL_c0000125 = "https://spinlio-promo.com/signup";

export default function Scene_c0000125() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      <Img src="https://cdn.bazaarvid.test/p1/logo.png" />
      <p>{CTA_URL_c0000125}</p>
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000125 = 90;
