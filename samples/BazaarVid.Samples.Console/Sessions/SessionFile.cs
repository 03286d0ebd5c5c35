using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BazaarVid.Samples.Console.Sessions;

/// <summary>One line of a session file: a prompt with its uploads (paths relative to the session file) and image URLs.</summary>
public sealed record SessionLine(
    [property: JsonPropertyName("project")] string Project,
    [property: JsonPropertyName("conversation")] string Conversation,
    [property: JsonPropertyName("prompt")] string Prompt,
    [property: JsonPropertyName("uploads")] ImmutableArray<string> Uploads,
    [property: JsonPropertyName("imageUrls")] ImmutableArray<string> ImageUrls);

/// <summary>Reads session files (JSON Lines). A malformed line is an error naming the line; blank lines are skipped.</summary>
public static class SessionFile
{
    /// <summary>The session shipped with the sample.</summary>
    public static string Shipped => Path.Combine(AppContext.BaseDirectory, "Sessions", "spinlio", "session.jsonl");

    /// <summary>Reads every line of <paramref name="path"/>; upload paths become absolute (relative to the file's folder).</summary>
    public static IReadOnlyList<SessionLine> Read(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var lines = new List<SessionLine>();
        var number = 0;
        foreach (var text in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            SessionLine? line;
            try
            {
                line = JsonSerializer.Deserialize(text, SampleJsonContext.Default.SessionLine);
            }
            catch (JsonException exception)
            {
                throw new InvalidDataException($"{path}:{number}: not a session line ({exception.Message})", exception);
            }

            if (line is null || string.IsNullOrWhiteSpace(line.Prompt) || string.IsNullOrWhiteSpace(line.Project) || string.IsNullOrWhiteSpace(line.Conversation))
            {
                throw new InvalidDataException($"{path}:{number}: project, conversation and prompt are required.");
            }

            lines.Add(line with
            {
                Uploads = [.. (line.Uploads.IsDefault ? [] : line.Uploads).Select(u => Path.GetFullPath(Path.Combine(folder, u)))],
                ImageUrls = line.ImageUrls.IsDefault ? [] : line.ImageUrls,
            });
        }

        return lines;
    }
}
