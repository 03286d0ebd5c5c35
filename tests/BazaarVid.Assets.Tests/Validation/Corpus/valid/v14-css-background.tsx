// CSS url() in style objects with asset URLs
const { AbsoluteFill, Img, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

const HERO_c0000014 = "https://cdn.bazaarvid.test/p1/hero.jpg";

export default function Scene_c0000014() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      <div style={{ position: "absolute", inset: 0, backgroundImage: `url(${HERO_c0000014})`, backgroundSize: "cover" }} />
      <div style={{ width: 200, height: 200, background: "url('https://cdn.bazaarvid.test/p1/logo.png') center / contain no-repeat" }} />
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000014 = 90;
