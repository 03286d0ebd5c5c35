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

    /// <summary>A scene as an LLM writes it: helper components, types, generics, fragments, regexes, spreads, JSX text with apostrophes.</summary>
    public const string WrittenByAnLlm = """
        // Scene: Feature highlights
        const { AbsoluteFill, Sequence, Img, interpolate, spring, Easing, useCurrentFrame, useVideoConfig } = window.Remotion;

        type CardProps_q1w2e3r4 = { title: string; index: number };

        const CARDS_q1w2e3r4 = ["Zero Trust", "Real-time alerts", "SOC2 ready"] as const;

        const clamp_q1w2e3r4 = { extrapolateLeft: "clamp", extrapolateRight: "clamp" } as const;

        const Card_q1w2e3r4: React.FC<CardProps_q1w2e3r4> = ({ title, index }) => {
          const frame = useCurrentFrame();
          const { fps } = useVideoConfig();
          const enter = spring({ frame: frame - index * 8, fps, config: { damping: 14 } });
          const y = interpolate(enter, [0, 1], [40, 0], clamp_q1w2e3r4);
          const pick = <T,>(items: readonly T[], i: number): T => items[i % items.length];
          return (
            <div style={{ transform: `translateY(${y}px)`, opacity: enter, padding: 24, borderRadius: 16 }}>
              {/* card title */}
              <h3 style={{ margin: 0 }}>{title ?? pick(CARDS_q1w2e3r4, index)}</h3>
              <p>Don't wait &amp; see — it's {index > 1 ? "ready" : "coming"}</p>
            </div>
          );
        };

        export default function Scene_q1w2e3r4() {
          const frame = useCurrentFrame();
          const { width, height } = useVideoConfig();
          const opacity = interpolate(frame, [0, 15, 75, 90], [0, 1, 1, 0], { ...clamp_q1w2e3r4, easing: Easing.inOut(Easing.ease) });
          const ratio = width / height;
          const re = /a\/b[/]c/gi;
          return (
            <AbsoluteFill style={{ opacity, background: "#0B0B0F", flexDirection: ratio > 1 ? "row" : "column" }}>
              <Sequence from={10} durationInFrames={60}>
                <Img src="https://cdn.example.test/p1/logo.png" style={{ width: Math.min(width, height) * 0.2 }} />
              </Sequence>
              {CARDS_q1w2e3r4.map((title, i) => <Card_q1w2e3r4 key={title} title={title} index={i} />)}
              <>{re.test("a/b/c") ? null : <span>x</span>}</>
            </AbsoluteFill>
          );
        }

        export const durationInFrames_q1w2e3r4 = 90;
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
