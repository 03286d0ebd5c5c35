// TSX generics, type annotations and an interface
const { AbsoluteFill, Img, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

interface Card_c0000034 { src: string; title: string }
const pick_c0000034 = <T,>(items: T[], i: number): T => items[i % items.length];
const CARDS_c0000034: Card_c0000034[] = [{ src: "https://cdn.bazaarvid.test/p1/hero.jpg", title: "One" }, { src: "https://cdn.bazaarvid.test/p1/screenshot-1.png", title: "Two" }];

export default function Scene_c0000034() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  const index: number = pick_c0000034<number>([0, 1], Math.floor(frame / 45));
  const card = CARDS_c0000034[index];
  const width2: number = width as number;
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      <Img src={card.src} style={{ width: width2 / 2 }} />
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000034 = 90;
