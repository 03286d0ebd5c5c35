const { AbsoluteFill, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

export default function Scene_spr1ngop() {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  const scale = spring({ frame, fps, config: { dampening: 200 } });
  return <AbsoluteFill style={{ background: "#000", transform: `scale(${scale})` }} />;
}

export const durationInFrames_spr1ngop = 60;
