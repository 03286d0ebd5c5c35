using System.Collections.Immutable;

namespace BazaarVid.Assets.Tests.Validation;

/// <summary>Assets, contexts and scene code shared by the validator tests.</summary>
internal static class ValidationFixtures
{
    public const string Logo = "https://cdn.bazaarvid.test/p1/logo.png";
    public const string Hero = "https://cdn.bazaarvid.test/p1/hero.jpg";
    public const string Clip = "https://cdn.bazaarvid.test/p1/clip.mp4";
    public const string Music = "https://cdn.bazaarvid.test/p1/music.mp3";
    public const string Font = "https://cdn.bazaarvid.test/p1/brand.woff2";

    private static readonly DateTimeOffset Created = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static Asset Asset(string id, string url, AssetType type = AssetType.Image, bool required = false, string? fileName = null) =>
        new(id, "p1", "c1", url, type, "application/octet-stream", null, null, null, null, null, fileName, [], required, 0, AssetSource.Upload, Created);

    public static AssetContext ContextOf(params Asset[] assets) => new("p1", "c1", [.. assets]);

    /// <summary>The five standard assets; none required.</summary>
    public static AssetContext Standard() => ContextOf(
        Asset("a-logo", Logo, AssetType.Logo),
        Asset("a-hero", Hero),
        Asset("a-clip", Clip, AssetType.Video),
        Asset("a-music", Music, AssetType.Audio),
        Asset("a-font", Font, AssetType.Font));

    public static AssetValidationResult Validate(string code, AssetContext? context = null, AssetValidationOptions? options = null) =>
        new AssetUrlValidator().Validate(code, context ?? Standard(), options);

    /// <summary>Wraps JSX in a contract-shaped scene component.</summary>
    public static string Scene(string jsx, string before = "") => $$$"""
        const { AbsoluteFill, Img, Video, OffthreadVideo, Audio, IFrame, staticFile, useCurrentFrame, useVideoConfig } = window.Remotion;
        {{{before}}}
        export default function Scene_t3st0001() {
          const frame = useCurrentFrame();
          const { fps, width, height } = useVideoConfig();
          return (
            <AbsoluteFill style={{ background: "#0B0B0F" }}>
              {{{jsx}}}
            </AbsoluteFill>
          );
        }

        export const durationInFrames_t3st0001 = 90;
        """;

    public static ImmutableArray<string> Codes(this AssetValidationResult result) => [.. result.Errors.Select(e => e.Code)];
}
