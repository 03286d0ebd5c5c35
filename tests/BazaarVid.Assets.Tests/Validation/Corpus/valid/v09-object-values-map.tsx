// Object.values of an asset object mapped into Img
const { AbsoluteFill, Img, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

const ASSETS_c0000009 = { hero: "https://cdn.bazaarvid.test/p1/hero.jpg", shot: "https://cdn.bazaarvid.test/p1/screenshot-1.png" };

export default function Scene_c0000009() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      {Object.values(ASSETS_c0000009).map((url) => <Img key={url} src={url} />)}
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000009 = 90;
