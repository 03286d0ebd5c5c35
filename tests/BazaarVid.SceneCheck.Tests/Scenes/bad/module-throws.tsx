const { AbsoluteFill, useCurrentFrame } = window.Remotion;

const SIZE_m0dthr0w = (window as any).brandTheme.logoSize;

export default function Scene_m0dthr0w() {
  const frame = useCurrentFrame();
  return <AbsoluteFill style={{ background: "#000", width: SIZE_m0dthr0w, opacity: frame / 60 }} />;
}

export const durationInFrames_m0dthr0w = 60;
