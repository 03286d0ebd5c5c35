const { AbsoluteFill, Audio, useCurrentFrame } = window.Remotion;

export default function Scene_aud10unk() {
  const frame = useCurrentFrame();
  return (
    <AbsoluteFill style={{ background: "#000", opacity: frame / 60 }}>
      <Audio src="https://audio.unknown-host.test/beat.mp3" />
    </AbsoluteFill>
  );
}

export const durationInFrames_aud10unk = 60;
