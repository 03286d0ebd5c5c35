// An unterminated block comment
const { AbsoluteFill, Img } = window.Remotion;
export default function Scene_c0000164() {
  return <AbsoluteFill><Img src="https://cdn.bazaarvid.test/p1/logo.png" /></AbsoluteFill>;
}
/* export const durationInFrames_c0000164 = 90;
