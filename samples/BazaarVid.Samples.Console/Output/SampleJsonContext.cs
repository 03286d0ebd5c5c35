using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using BazaarVid.Samples.Console.Output;
using BazaarVid.Samples.Console.Sessions;

namespace BazaarVid.Samples.Console;

/// <summary>Source-generated JSON of the sample: session lines in, replay records and reports out.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(SessionLine))]
[JsonSerializable(typeof(ReplayRecord))]
[JsonSerializable(typeof(ValidateOutput))]
[JsonSerializable(typeof(SessionManifest))]
internal sealed partial class SampleJsonContext : JsonSerializerContext
{
    /// <summary>The same metadata with relaxed escaping, so code and URLs in the output stay readable (&lt; not \u003C).</summary>
    public static SampleJsonContext Readable { get; } = new(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    });
}
