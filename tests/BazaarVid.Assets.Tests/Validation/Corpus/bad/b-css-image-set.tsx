// image-set() with a fabricated candidate
const { AbsoluteFill, Img, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

export default function Scene_c0000088() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      <div style={{ backgroundImage: `image-set("https://cdn.bazaarvid.test/p1/hero.jpg" 1x, "https://cdn.fakeassets.io/hero@2x.jpg" 2x)` }} />
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000088 = 90;
