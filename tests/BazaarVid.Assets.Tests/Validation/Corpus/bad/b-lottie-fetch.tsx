// <Lottie animationData> loaded with fetch(url) from an unknown host
const { AbsoluteFill, Img, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

const { Lottie } = window.RemotionLottie;
const LOTTIE_URL_c0000058 = "https://assets9.lottiefiles.com/packages/lf20_abc.json";

export default function Scene_c0000058() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  const [data, setData] = React.useState(null);
  React.useEffect(() => { fetch(LOTTIE_URL_c0000058).then((r) => r.json()).then(setData); }, []);
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      {data ? <Lottie animationData={data} /> : null}
      <Img src="https://cdn.bazaarvid.test/p1/logo.png" />
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000058 = 90;
