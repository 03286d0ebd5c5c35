const { AbsoluteFill, useCurrentFrame } = window.Remotion;

export default function Scene_synt4x00() {
  const frame = useCurrentFrame();
  return (
    <AbsoluteFill style={{ background: "#000" }}>
      <h1 style={{ color: "white" }}>Frame {frame}</h1>
    </AbsoluteFill>
  ;
}

export const durationInFrames_synt4x00 = 60;
