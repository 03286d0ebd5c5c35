import confetti from "canvas-confetti";

const { AbsoluteFill, useCurrentFrame } = window.Remotion;

export default function Scene_1mp0rt00() {
  const frame = useCurrentFrame();
  confetti();
  return <AbsoluteFill style={{ background: "#000", opacity: frame / 60 }} />;
}

export const durationInFrames_1mp0rt00 = 60;
