const { AbsoluteFill, useCurrentFrame } = window.Remotion;

export default function Scene_cssurl00() {
  const frame = useCurrentFrame();
  return (
    <AbsoluteFill
      style={{ backgroundImage: "url(https://images.unknown-host.test/bg.png)", backgroundSize: "cover", opacity: frame / 60 }}
    />
  );
}

export const durationInFrames_cssurl00 = 60;
