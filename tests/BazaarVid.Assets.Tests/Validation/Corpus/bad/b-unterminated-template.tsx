// An unterminated template literal
const { AbsoluteFill, Img } = window.Remotion;
export default function Scene_c0000162() {
  const label = `Spinlio ${1 + 1} is
  return <AbsoluteFill><Img src="https://cdn.bazaarvid.test/p1/logo.png" /></AbsoluteFill>;
}
