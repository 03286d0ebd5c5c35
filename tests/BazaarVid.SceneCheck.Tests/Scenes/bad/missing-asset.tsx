const { AbsoluteFill, Img, useCurrentFrame } = window.Remotion;

export default function Scene_m1ss1ng0() {
  const frame = useCurrentFrame();
  return (
    <AbsoluteFill style={{ background: "#000", justifyContent: "center", alignItems: "center" }}>
      <Img
        src="https://cdn.bazaarvid.test/assets/0000000000000000000000000000000000000000000000000000000000000000.png"
        style={{ width: 400, opacity: frame / 60 }}
      />
    </AbsoluteFill>
  );
}

export const durationInFrames_m1ss1ng0 = 60;
