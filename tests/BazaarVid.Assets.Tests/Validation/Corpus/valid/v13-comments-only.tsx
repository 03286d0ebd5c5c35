// Fabricated URLs only inside comments
const { AbsoluteFill, Img, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

// <Img src="https://placehold.co/600x400" />
/* fetch("https://api.fakestats.io/stats.json")
   const BG = "https://images.unsplash.com/photo-1"; */

export default function Scene_c0000013() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  // const WRONG = "https://cdn.fakeassets.io/logo.png";
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      {/* <Img src="https://cdn.fakeassets.io/a.png" /> */}
      <Img src="https://cdn.bazaarvid.test/p1/logo.png" /> {/* https://via.placeholder.com/150 */}
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000013 = 90;
