const { AbsoluteFill, Img, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

const LOGO_l0g0r3vl = "https://cdn.bazaarvid.test/assets/3122390a59a20781cb75a481670313fb0c9cc7aba6a560f3f86e2a6a9a21bcec.png";

export default function Scene_l0g0r3vl() {
  const frame = useCurrentFrame();
  const { fps, width } = useVideoConfig();
  const scale = spring({ frame, fps, config: { damping: 12, mass: 0.6 } });
  const glow = interpolate(frame, [0, 45, 60], [0, 1, 0.6], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  return (
    <AbsoluteFill style={{ background: "radial-gradient(circle, #1C1C24 0%, #050507 70%)", justifyContent: "center", alignItems: "center" }}>
      <Img
        src={LOGO_l0g0r3vl}
        style={{ width: width * 0.2, transform: `scale(${scale})`, filter: `drop-shadow(0 0 ${40 * glow}px #FF7A18)` }}
      />
    </AbsoluteFill>
  );
}

export const durationInFrames_l0g0r3vl = 60;
