const { AbsoluteFill, useCurrentFrame } = window.Remotion;

export default function Scene_und3f1ne() {
  const frame = useCurrentFrame();
  const title = "Spinlio";
  return (
    <AbsoluteFill style={{ background: "#000", justifyContent: "center", alignItems: "center" }}>
      <h1 style={{ color: "white", opacity: frame / 30 }}>{titel}</h1>
    </AbsoluteFill>
  );
}

export const durationInFrames_und3f1ne = 60;
