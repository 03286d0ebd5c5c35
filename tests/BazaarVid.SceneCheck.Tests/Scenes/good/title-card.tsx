const { AbsoluteFill, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

export default function Scene_t1tle0aa() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const rise = spring({ frame, fps, config: { damping: 200 } });
  const y = interpolate(rise, [0, 1], [height * 0.05, 0], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center" }}>
      <h1 style={{ color: "#F5F5F7", fontFamily: "sans-serif", fontSize: width * 0.06, opacity, transform: `translateY(${y}px)` }}>
        Spinlio
      </h1>
      <p style={{ color: "#8E8E93", fontFamily: "sans-serif", fontSize: width * 0.02, opacity }}>Security that keeps up</p>
    </AbsoluteFill>
  );
}

export const durationInFrames_t1tle0aa = 90;
