const { AbsoluteFill, Audio, interpolate, useCurrentFrame, useVideoConfig } = window.Remotion;

export default function Scene_s0undl0g() {
  const frame = useCurrentFrame();
  const { width, height } = useVideoConfig();
  const pulse = interpolate(frame % 15, [0, 7, 14], [0.9, 1.1, 0.9], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const size = Math.min(width, height) * 0.3;
  return (
    <AbsoluteFill style={{ background: "#050507", justifyContent: "center", alignItems: "center" }}>
      <Audio src="https://cdn.bazaarvid.test/assets/d0eaa2f781a8964fba1ddf1b9e0cd678e8dbbb19a81400f70c35d47740443770.wav" volume={0.5} />
      <div style={{ width: size, height: size, borderRadius: "50%", background: "#FF7A18", transform: `scale(${pulse})` }} />
    </AbsoluteFill>
  );
}

export const durationInFrames_s0undl0g = 30;
