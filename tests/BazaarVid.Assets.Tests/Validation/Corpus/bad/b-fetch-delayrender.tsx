// fetch() inside delayRender/continueRender
const { AbsoluteFill, Img, delayRender, continueRender, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

export default function Scene_c0000053() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  const [handle] = React.useState(() => delayRender("stats"));
  const [stats, setStats] = React.useState(null);
  React.useEffect(() => {
    fetch("https://api.fakestats.io/v1/customers.json")
      .then((r) => r.json())
      .then((d) => { setStats(d); continueRender(handle); });
  }, [handle]);
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      <Img src="https://cdn.bazaarvid.test/p1/logo.png" />
      <h1>{stats ? stats.count : ""}</h1>
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000053 = 90;
