const { AbsoluteFill, useCurrentFrame } = window.Remotion;

export default function Scene_styl3str() {
  const frame = useCurrentFrame();
  return (
    <AbsoluteFill style={{ background: "#000" }}>
      <h1 style="color: red">Frame {frame}</h1>
    </AbsoluteFill>
  );
}

export const durationInFrames_styl3str = 60;
