// useGLTF and useTexture with asset URLs
const { AbsoluteFill, Img, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

const { useGLTF, useTexture } = window.Drei;

export default function Scene_c0000032() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  const gltf = useGLTF("https://cdn.bazaarvid.test/p1/model.glb");
  const texture = useTexture(["https://cdn.bazaarvid.test/p1/hero.jpg", "https://cdn.bazaarvid.test/p1/screenshot-1.png"]);
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      <div>{gltf ? "model" : "loading"} {texture.length}</div>
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000032 = 90;
