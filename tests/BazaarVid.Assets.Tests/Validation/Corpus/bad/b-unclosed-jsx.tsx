// An unclosed JSX element
const { AbsoluteFill, Img } = window.Remotion;
export default function Scene_c0000165() {
  return (
    <AbsoluteFill>
      <Img src="https://cdn.bazaarvid.test/p1/logo.png" />
  );
}
