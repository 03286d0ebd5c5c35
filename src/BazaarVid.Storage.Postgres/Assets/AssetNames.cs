using BazaarVid.Assets;

namespace BazaarVid.Storage.Postgres;

/// <summary>The stable names asset enums are stored under (the CHECK constraints of <c>assets</c> list the same).</summary>
internal static class AssetNames
{
    public static string Of(AssetType type) => type switch
    {
        AssetType.Image => "image",
        AssetType.Svg => "svg",
        AssetType.Logo => "logo",
        AssetType.Video => "video",
        AssetType.Audio => "audio",
        AssetType.Font => "font",
        AssetType.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown asset type."),
    };

    public static AssetType TypeOf(string name) => name switch
    {
        "image" => AssetType.Image,
        "svg" => AssetType.Svg,
        "logo" => AssetType.Logo,
        "video" => AssetType.Video,
        "audio" => AssetType.Audio,
        "font" => AssetType.Font,
        _ => AssetType.Other,
    };

    public static string Of(AssetSource source) => source switch
    {
        AssetSource.Upload => "upload",
        AssetSource.Reference => "reference",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Unknown asset source."),
    };

    public static AssetSource SourceOf(string name) => name == "upload" ? AssetSource.Upload : AssetSource.Reference;
}
