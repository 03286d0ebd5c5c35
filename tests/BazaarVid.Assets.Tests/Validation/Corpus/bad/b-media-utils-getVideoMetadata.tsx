// @remotion/media-utils getVideoMetadata() with a fabricated URL
const { AbsoluteFill, Img, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

const { getVideoMetadata } = window.RemotionMediaUtils;
export const calculateMetadata_c0000068 = async () => {
  const info = await getVideoMetadata("https://cdn.fakeassets.io/intro.mp4");
  return { durationInFrames: 90, props: { info } };
};

export default function Scene_c0000068() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      <Img src="https://cdn.bazaarvid.test/p1/logo.png" />
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000068 = 90;
