using System.Text.RegularExpressions;
using BazaarVid.Brain.Tests.LlmGeneration;
using BazaarVid.Brain.Tests.TestSupport;
using Microsoft.Extensions.AI;

namespace BazaarVid.Brain.Tests.Orchestration;

/// <summary>Answers a scripted model gives during whole turns: intent JSON, and scene code written for whatever the prompt asks.</summary>
internal static partial class ModelAnswers
{
    public const string NewScene = """{"decision":"new_scene","confidence":0.9,"reasoning":"The message asks for a new scene."}""";

    /// <summary>
    /// A step that reads the scene id and duration from the prompt's contract (every scene template has it) and answers
    /// valid code for them, showing the URL <paramref name="image"/> picks from the prompt (or none).
    /// </summary>
    public static Func<ChatCall, CancellationToken, Task<ChatResponse>> Code(Func<string, string?>? image = null) => (call, _) =>
    {
        var prompt = call.UserText;
        var (sceneId, frames) = Target(prompt);
        var code = SceneCode.Valid(sceneId, frames, image?.Invoke(prompt));
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "```tsx\n" + code + "\n```")));
    };

    /// <summary>The scene id and duration a scene prompt asks for.</summary>
    public static (string SceneId, int Frames) Target(string prompt)
    {
        var match = ContractDuration().Match(prompt);
        match.Success.Should().BeTrue("every scene prompt states the duration export");
        return (match.Groups[1].Value, int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The URL listed for ledger id <paramref name="assetId"/> under MANDATORY ASSET USAGE.</summary>
    public static string ListedUrl(string prompt, string assetId)
    {
        var match = Regex.Match(prompt, "^- " + Regex.Escape(assetId) + @" \|.* \| (\S+)$", RegexOptions.Multiline);
        match.Success.Should().BeTrue($"the prompt lists {assetId}");
        return match.Groups[1].Value;
    }

    [GeneratedRegex(@"export const durationInFrames_([a-z0-9]{8}) = (\d+);")]
    private static partial Regex ContractDuration();
}
