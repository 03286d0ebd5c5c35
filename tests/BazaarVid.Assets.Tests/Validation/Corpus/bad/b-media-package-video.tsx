// @remotion/media <Video> renamed on destructuring
const { AbsoluteFill, Img, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

const { Video: MediaVideo_c0000050, Audio: MediaAudio_c0000050 } = window.RemotionMedia;

export default function Scene_c0000050() {
  const frame = useCurrentFrame();
  const { fps, width, height } = useVideoConfig();
  const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
  const scale = spring({ frame, fps, config: { damping: 200 } });
  return (
    <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
      <MediaVideo_c0000050 src="https://cdn.fakeassets.io/b-roll.mp4" />
      <MediaAudio_c0000050 src="https://cdn.bazaarvid.test/p1/music.mp3" />
    </AbsoluteFill>
  );
}

export const durationInFrames_c0000050 = 90;
