namespace BazaarVid.Brain.Tests.SceneContract;

/// <summary>Scene code snippets for the checker tests.</summary>
internal static class Scenes
{
    /// <summary>The minimal valid scene of SCENE_CONTRACT.md.</summary>
    public const string Minimal = """
        const { AbsoluteFill, Img, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

        export default function Scene_k3v9x2aa() {
          const frame = useCurrentFrame();
          const { fps } = useVideoConfig();
          const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
          const scale = spring({ frame, fps, config: { damping: 200 } });
          return (
            <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
              <Img src="https://cdn.example.test/p1/logo.png" style={{ width: 320, transform: `scale(${scale})` }} />
            </AbsoluteFill>
          );
        }

        export const durationInFrames_k3v9x2aa = 90;
        """;

    /// <summary>A valid scene whose component body is <paramref name="body"/> (inserted after the hooks) and with extra top-level code.</summary>
    public static string With(string body = "", string topLevel = "", string names = "AbsoluteFill, interpolate, useCurrentFrame, useVideoConfig", string duration = "90")
    {
        return $$$"""
            const { {{{names}}} } = window.Remotion;
            {{{topLevel}}}
            export default function Scene_abcd1234() {
              const frame = useCurrentFrame();
              const { fps, width, height } = useVideoConfig();
              const o = interpolate(frame, [0, 10], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
              {{{body}}}
              return <AbsoluteFill style={{ opacity: o }}>{fps}{width}{height}</AbsoluteFill>;
            }

            export const durationInFrames_abcd1234 = {{{duration}}};
            """;
    }
}
