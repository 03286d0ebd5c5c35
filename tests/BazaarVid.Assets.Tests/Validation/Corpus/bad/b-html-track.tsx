// <track src> with a fabricated captions file
const { AbsoluteFill, Img, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

export default function Scene_c0000093() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      <video src="https://cdn.bazaarvid.test/p1/clip.mp4">
        <track kind="captions" src="https://cdn.fakeassets.io/captions.vtt" srcLang="en" />
      </video>
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000093 = 90;
