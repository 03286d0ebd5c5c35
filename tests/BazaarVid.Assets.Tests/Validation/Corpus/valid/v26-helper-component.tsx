// A helper component passing src on (dynamic inside the helper: a warning)
const { AbsoluteFill, Img, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

type LogoProps_c0000026 = { src: string; size: number };
function Logo_c0000026({ src, size }: LogoProps_c0000026) {
  return <Img src={src} style={{ width: size }} />;
}

export default function Scene_c0000026() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      <Logo_c0000026 src="https://cdn.bazaarvid.test/p1/logo.png" size={320} />
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000026 = 90;
