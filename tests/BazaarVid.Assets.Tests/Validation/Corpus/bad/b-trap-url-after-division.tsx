// A fabricated URL after divisions that look like regex
const { AbsoluteFill, Img, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

export default function Scene_c0000159() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  const a = width / 2, b = height / 2;
  const c = (a / b) / 3;
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      <Img src={c > 1 ? "https://cdn.bazaarvid.test/p1/logo.png" : "https://cdn.fakeassets.io/narrow.png"} />
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000159 = 90;
