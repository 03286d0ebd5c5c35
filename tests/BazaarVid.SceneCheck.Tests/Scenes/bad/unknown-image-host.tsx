const { AbsoluteFill, Img, useCurrentFrame } = window.Remotion;

export default function Scene_unkn0wnh() {
  const frame = useCurrentFrame();
  return (
    <AbsoluteFill style={{ background: "#000", justifyContent: "center", alignItems: "center" }}>
      <Img src="https://images.unknown-host.test/x.png" style={{ width: 400, opacity: frame / 60 }} />
    </AbsoluteFill>
  );
}

export const durationInFrames_unkn0wnh = 60;
