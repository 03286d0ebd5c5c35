const { AbsoluteFill, Img, useCurrentFrame } = window.Remotion;

export default function Scene_pr0pty9e() {
  const frame = useCurrentFrame();
  return (
    <AbsoluteFill style={{ background: "#000", opacity: frame / 60 }}>
      <Img src={42} />
    </AbsoluteFill>
  );
}

export const durationInFrames_pr0pty9e = 60;
