// @font-face in a style element and new FontFace with the asset font
const { AbsoluteFill, Img, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

const FONT_c0000015 = "https://cdn.bazaarvid.test/p1/brand.woff2";
const face_c0000015 = new FontFace("Brand", `url(${FONT_c0000015}) format("woff2")`);

export default function Scene_c0000015() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      <style>{`@font-face { font-family: "Brand"; src: url("https://cdn.bazaarvid.test/p1/brand.woff2") format("woff2"); }`}</style>
      <h1 style={{ fontFamily: "Brand, sans-serif", color: "white" }}>Spinlio</h1>
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000015 = 90;
