// srcSet with two asset URLs
const { AbsoluteFill, Img, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

const LOGO_c0000020 = "https://cdn.bazaarvid.test/p1/logo.png";
const HERO_c0000020 = "https://cdn.bazaarvid.test/p1/hero.jpg";

export default function Scene_c0000020() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      <img src={LOGO_c0000020} srcSet={`${LOGO_c0000020} 1x, ${HERO_c0000020} 2x`} alt="Spinlio" />
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000020 = 90;
