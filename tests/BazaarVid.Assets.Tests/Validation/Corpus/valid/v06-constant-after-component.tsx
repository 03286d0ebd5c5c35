// A constant declared after the component (hoisted use)
const { AbsoluteFill, Img, useCurrentFrame } = window.Remotion;

export default function Scene_c0000006() {
  const frame = useCurrentFrame();
  return (
    <AbsoluteFill style={{ background: "#111" }}>
      <Img src={HERO_c0000006} style={{ opacity: frame / 30 }} />
    </AbsoluteFill>
  );
}

const HERO_c0000006 = "https://cdn.bazaarvid.test/p1/hero.jpg";
export const durationInFrames_c0000006 = 60;
