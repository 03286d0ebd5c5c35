// Objects with src mapped into Img, one from picsum
const { AbsoluteFill, Img, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

const CARDS_c0000128 = [{ src: "https://cdn.bazaarvid.test/p1/hero.jpg", t: "A" }, { src: "https://picsum.photos/seed/b/400/300", t: "B" }];

export default function Scene_c0000128() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      {CARDS_c0000128.map((card) => <Img key={card.t} src={card.src} />)}
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000128 = 90;
