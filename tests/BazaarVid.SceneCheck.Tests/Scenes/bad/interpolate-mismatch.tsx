const { AbsoluteFill, interpolate, useCurrentFrame } = window.Remotion;

export default function Scene_1nterp0l() {
  const frame = useCurrentFrame();
  const opacity = interpolate(frame, [0, 30], [0, 1, 2]);
  return <AbsoluteFill style={{ background: "#FF7A18", opacity }} />;
}

export const durationInFrames_1nterp0l = 60;
