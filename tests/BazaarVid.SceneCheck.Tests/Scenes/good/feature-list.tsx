const { AbsoluteFill, Sequence, Easing, interpolate, useCurrentFrame, useVideoConfig } = window.Remotion;

const FEATURES_f3atur3s = ["Real-time threat maps", "Zero-trust by default", "One-click audits"];

function Feature_f3atur3s({ label, index }: { label: string; index: number }) {
  const frame = useCurrentFrame();
  const { width } = useVideoConfig();
  const x = interpolate(frame, [0, 15], [-width * 0.1, 0], {
    easing: Easing.out(Easing.cubic),
    extrapolateLeft: "clamp",
    extrapolateRight: "clamp",
  });
  const opacity = interpolate(frame, [0, 10], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  return (
    <div style={{ position: "absolute", top: 300 + index * 140, left: width * 0.15, opacity, transform: `translateX(${x}px)` }}>
      <span style={{ color: "#FF7A18", fontSize: 64, fontFamily: "sans-serif" }}>{index + 1}. </span>
      <span style={{ color: "#F5F5F7", fontSize: 64, fontFamily: "sans-serif" }}>{label}</span>
    </div>
  );
}

export default function Scene_f3atur3s() {
  const frame = useCurrentFrame();
  const { fps } = useVideoConfig();
  const bar = interpolate(frame, [0, fps], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  return (
    <AbsoluteFill style={{ background: "#101018" }}>
      <div style={{ position: "absolute", top: 180, left: "15%", width: `${bar * 70}%`, height: 8, background: "#FF7A18" }} />
      {FEATURES_f3atur3s.map((label, index) => (
        <Sequence key={label} from={10 + index * 20} layout="none">
          <Feature_f3atur3s label={label} index={index} />
        </Sequence>
      ))}
    </AbsoluteFill>
  );
}

export const durationInFrames_f3atur3s = 120;
