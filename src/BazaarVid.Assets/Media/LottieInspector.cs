using System.Text.Json;

namespace BazaarVid.Assets;

/// <summary>
/// Accepts a JSON document only when it is a Lottie animation: a root object with a version "v", frame rate
/// "fr", in and out points "ip"/"op", size "w"/"h" and a "layers" array. Returns its size and duration.
/// </summary>
internal static class LottieInspector
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 256, CommentHandling = JsonCommentHandling.Disallow };

    public static MediaInfo Inspect(ReadOnlySpan<byte> content)
    {
        try
        {
            using var document = JsonDocument.Parse(content.ToArray(), Options);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("v", out var version) || version.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("layers", out var layers) || layers.ValueKind != JsonValueKind.Array
                || !TryNumber(root, "fr", out var frameRate) || frameRate <= 0
                || !TryNumber(root, "ip", out var inPoint) || !TryNumber(root, "op", out var outPoint)
                || !TryNumber(root, "w", out var width) || !TryNumber(root, "h", out var height))
            {
                throw IngestionErrorCodes.Unsupported("The content is JSON that is not a Lottie animation (it needs v, fr, ip, op, w, h and layers).");
            }

            var seconds = Math.Max(0, outPoint - inPoint) / frameRate;
            return MediaFormat.Lottie.ToInfo(ToPixels(width), ToPixels(height), TimeSpan.FromSeconds(Math.Round(seconds, 3)), hasAlpha: true);
        }
        catch (JsonException e)
        {
            throw IngestionErrorCodes.Unsupported($"The content starts like JSON but is not valid JSON: {e.Message}");
        }
    }

    private static bool TryNumber(JsonElement root, string name, out double value)
    {
        value = 0;
        return root.TryGetProperty(name, out var element) && element.ValueKind == JsonValueKind.Number
            && element.TryGetDouble(out value) && double.IsFinite(value);
    }

    private static int? ToPixels(double value) => value >= 1 && value <= int.MaxValue ? (int)Math.Round(value) : null;
}
