// @remotion/fonts loadFont({ url }) and a Google font loadFont()
const { AbsoluteFill, Img, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

const { loadFont } = window.RemotionFonts;
loadFont({ family: "Brand", url: "https://cdn.bazaarvid.test/p1/brand.woff2", weight: "700" });
const inter_c0000016 = window.RemotionGoogleInter.loadFont("normal", { weights: ["400", "700"] });

export default function Scene_c0000016() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      <h1 style={{ fontFamily: "Brand", fontSize: 120 }}>Fast. Secure.</h1>
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000016 = 90;
