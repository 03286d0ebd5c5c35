// The scene contract's only global: the host puts the Remotion API on window.
interface Window {
  Remotion: typeof import("remotion");
}
