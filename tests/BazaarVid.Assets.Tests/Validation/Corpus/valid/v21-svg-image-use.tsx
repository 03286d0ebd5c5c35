// SVG <image href>, xmlns and a local <use href="#id">
const { AbsoluteFill, Img, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

export default function Scene_c0000021() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      <svg xmlns="http://www.w3.org/2000/svg" xmlnsXlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 100" width={400}>
        <defs><symbol id="dot"><circle cx="5" cy="5" r="5" /></symbol></defs>
        <image href="https://cdn.bazaarvid.test/p1/logo.png" width="100" height="100" />
        <use href="#dot" x="10" y="10" />
      </svg>
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000021 = 90;
