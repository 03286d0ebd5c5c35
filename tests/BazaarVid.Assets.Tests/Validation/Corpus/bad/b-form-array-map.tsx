// An array mixing an asset and a fabricated URL, mapped into Img
const { AbsoluteFill, Img, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

const GALLERY_c0000116 = ["https://cdn.bazaarvid.test/p1/hero.jpg", "https://images.fakestock.com/team.jpg"];

export default function Scene_c0000116() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      {GALLERY_c0000116.map((url) => <Img key={url} src={url} />)}
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000116 = 90;
