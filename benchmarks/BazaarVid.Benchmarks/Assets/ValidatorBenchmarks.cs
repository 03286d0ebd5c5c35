using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using BazaarVid.Assets;
using BenchmarkDotNet.Attributes;

namespace BazaarVid.Benchmarks.Assets;

/// <summary>
/// The asset URL validator on a realistic ~20 KB scene and on ~1 MB of scenes, against a baseline that touches every
/// character once (a vectorized IndexOfAny count), so the Ratio column shows the cost of validation relative to
/// reading the text.
/// </summary>
public class ValidatorBenchmarks
{
    private static readonly SearchValues<char> Interesting = SearchValues.Create("\"'`/\\{}<>\n");
    private readonly AssetUrlValidator _validator = new();
    private AssetContext _context = null!;
    private string _code = string.Empty;

    [Params("20KB", "1MB")]
    public string Size { get; set; } = "20KB";

    [GlobalSetup]
    public void Setup()
    {
        var created = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        string[] urls =
        [
            "https://cdn.bazaarvid.test/p1/logo.png", "https://cdn.bazaarvid.test/p1/hero.jpg",
            "https://cdn.bazaarvid.test/p1/clip.mp4", "https://cdn.bazaarvid.test/p1/music.mp3",
            "https://cdn.bazaarvid.test/p1/brand.woff2",
        ];
        _context = new AssetContext("p1", "c1", [.. urls.Select((u, i) => new Asset(
            $"a{i}", "p1", "c1", u, AssetType.Image, "image/png", null, null, null, null, null, null, ImmutableArray<string>.Empty, i == 0, 0, AssetSource.Upload, created))]);
        var target = Size == "1MB" ? 1024 * 1024 : 20 * 1024;
        var builder = new StringBuilder(target + 8192);
        for (var scene = 0; builder.Length < target; scene++)
        {
            AppendScene(builder, scene, Size == "1MB" ? 20 * 1024 : target);
        }

        _code = builder.ToString();
        var result = _validator.Validate(_code, _context);
        if (!result.Valid || !result.Warnings.IsEmpty)
        {
            throw new InvalidOperationException("The benchmark scene must be valid: " + string.Join("; ", result.Errors.Concat(result.Warnings).Select(e => e.Message)));
        }
    }

    [Benchmark(Baseline = true, Description = "linear pass (IndexOfAny count)")]
    public int LinearPass()
    {
        var span = _code.AsSpan();
        var count = 0;
        while (true)
        {
            var index = span.IndexOfAny(Interesting);
            if (index < 0)
            {
                return count;
            }

            count++;
            span = span[(index + 1)..];
        }
    }

    [Benchmark(Description = "Validate")]
    public AssetValidationResult Validate() => _validator.Validate(_code, _context);

    private static void AppendScene(StringBuilder builder, int scene, int size)
    {
        var id = "b" + scene.ToString("D7", CultureInfo.InvariantCulture);
        builder.Append(CultureInfo.InvariantCulture, $$$"""
            const { AbsoluteFill, Img, Video, Audio, Sequence, interpolate, spring, useCurrentFrame, useVideoConfig } = window.Remotion;

            const LOGO_{{{id}}} = "https://cdn.bazaarvid.test/p1/logo.png";
            const BASE_{{{id}}} = "https://cdn.bazaarvid.test/p1";
            const SLIDES_{{{id}}} = [
              { src: `${BASE_{{{id}}}}/hero.jpg`, title: "Detect threats in seconds" },
              { src: LOGO_{{{id}}}, title: "Respond automatically" },
            ];

            export default function Scene_{{{id}}}() {
              const frame = useCurrentFrame();
              const { fps, width, height } = useVideoConfig();
              const opacity = interpolate(frame, [0, 20], [0, 1], { extrapolateLeft: "clamp", extrapolateRight: "clamp" });
              const scale = spring({ frame, fps, config: { damping: 200 } });
              return (
                <AbsoluteFill style={{ background: "#0B0B0F", justifyContent: "center", alignItems: "center", opacity }}>
                  <Audio src="https://cdn.bazaarvid.test/p1/music.mp3" volume={0.5} />
                  <style>{`@font-face { font-family: "Brand"; src: url("https://cdn.bazaarvid.test/p1/brand.woff2"); }`}</style>

            """);
        var sceneStart = builder.Length;
        for (var block = 0; builder.Length - sceneStart < size - 1200 && block < 400; block++)
        {
            builder.Append(CultureInfo.InvariantCulture, $$$"""
                      <Sequence from={{{{block * 15}}}} durationInFrames={45}>
                        {/* block {{{block}}}: logo, a slide and a caption */}
                        <Img src={LOGO_{{{id}}}} style={{ width: width * 0.2, transform: `scale(${scale}) translateY(${(1 - opacity) * 40}px)` }} />
                        {SLIDES_{{{id}}}.map(({ src, title }, i) => (
                          <div key={title} style={{ position: "absolute", left: i * (width / 2), backgroundImage: `url(${src})`, backgroundSize: "cover" }}>
                            <h2 style={{ fontFamily: "Brand, Inter, sans-serif", color: "#fff", fontSize: 64 }}>{title}</h2>
                          </div>
                        ))}
                        <p style={{ color: "rgba(255, 255, 255, 0.8)" }}>Step {{{block}}} of the story &mdash; fast and secure.</p>
                      </Sequence>

                """);
        }

        builder.Append(CultureInfo.InvariantCulture, $$$"""
                  <Video src={`${BASE_{{{id}}}}/clip.mp4`} style={{ width: width / 2, height: height / 2 }} />
                </AbsoluteFill>
              );
            }

            export const durationInFrames_{{{id}}} = 150;

            """);
    }
}
