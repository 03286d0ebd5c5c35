// An unterminated string literal holding a fabricated URL
const { AbsoluteFill, Img } = window.Remotion;
const BROKEN_c0000163 = "https://cdn.fakeassets.io/broken.png;
export default function Scene_c0000163() {
  return <AbsoluteFill><Img src="https://cdn.bazaarvid.test/p1/logo.png" /></AbsoluteFill>;
}
export const durationInFrames_c0000163 = 90;
