using System.Collections.Immutable;
using System.Text.Json;
using BazaarVid.Context;
using Microsoft.Extensions.AI;

namespace BazaarVid.Brain;

/// <summary>Why a language-model answer was not used.</summary>
internal enum LlmIntentFailure
{
    None,
    Timeout,
    Transport,
    Refusal,
    Empty,
    InvalidJson,
    InvalidAnswer,
    UnknownScene,
}

/// <summary>The outcome of reading one answer: a decision, or why there is none; plus the ids that were repaired.</summary>
internal sealed record LlmAnswerOutcome(BrainDecision? Decision, LlmIntentFailure Failure, string Detail, ImmutableArray<(string From, string To)> Repairs)
{
    public static LlmAnswerOutcome Fail(LlmIntentFailure failure, string detail) => new(null, failure, detail, []);
}

/// <summary>
/// Turns a chat response into a <see cref="BrainDecision"/> and checks it against the storyboard. Scene ids the
/// storyboard does not know are repaired when they name exactly one live scene (wrong case, "3", "scene 3",
/// a name); otherwise the answer is rejected. Nothing here throws for a bad answer.
/// </summary>
internal static class LlmAnswerReader
{
    private const int MaxReasoningLength = 500;
    private const int MaxQuestionLength = 1000;

    public static LlmAnswerOutcome Read(ChatResponse response, IntentRequest request)
    {
        if (response.FinishReason == ChatFinishReason.ContentFilter)
        {
            return LlmAnswerOutcome.Fail(LlmIntentFailure.Refusal, "the response was filtered");
        }

        var text = response.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            return LlmAnswerOutcome.Fail(LlmIntentFailure.Empty, "the response has no text");
        }

        var start = text.IndexOf('{', StringComparison.Ordinal);
        var end = text.LastIndexOf('}');
        if (start < 0 || end < start)
        {
            return LlmAnswerOutcome.Fail(LlmIntentFailure.Refusal, "the response is text, not a JSON object");
        }

        LlmIntentAnswer? answer;
        try
        {
            answer = JsonSerializer.Deserialize(text.AsSpan(start, end - start + 1), IntentJsonContext.Default.LlmIntentAnswer);
        }
        catch (JsonException ex)
        {
            return LlmAnswerOutcome.Fail(LlmIntentFailure.InvalidJson, $"the JSON does not match the schema ({ex.Path ?? "root"})");
        }

        return answer is null ? LlmAnswerOutcome.Fail(LlmIntentFailure.InvalidJson, "the JSON is null") : Validate(answer, request);
    }

    private static LlmAnswerOutcome Validate(LlmIntentAnswer answer, IntentRequest request)
    {
        var storyboard = request.Context.Storyboard;
        var repairs = ImmutableArray.CreateBuilder<(string, string)>();
        SceneEntry? Repair(string? id)
        {
            var scene = SceneLabelResolver.Resolve(id, storyboard);
            if (scene is not null && !string.Equals(scene.Id, id, StringComparison.Ordinal))
            {
                repairs.Add((id!, scene.Id));
            }

            return scene;
        }

        var references = new List<string>();
        foreach (var id in answer.ReferencedSceneIds ?? [])
        {
            if (Repair(id) is not { } scene)
            {
                return LlmAnswerOutcome.Fail(LlmIntentFailure.UnknownScene, "a referenced scene id is not a live scene");
            }

            if (!references.Contains(scene.Id))
            {
                references.Add(scene.Id);
            }
        }

        if (answer.DurationInFrames is { } frames && frames is < Storyboard.MinDurationInFrames or > Storyboard.MaxDurationInFrames)
        {
            return LlmAnswerOutcome.Fail(LlmIntentFailure.InvalidAnswer, "the duration is outside 15-1800 frames");
        }

        var confidence = double.IsFinite(answer.Confidence) ? Math.Clamp(answer.Confidence, 0, 1) : 0.5;
        var reasoning = Clip(answer.Reasoning, MaxReasoningLength) ?? $"The language model chose {answer.Decision}.";
        BrainDecision decision;
        switch (answer.Decision)
        {
            case LlmDecisionKind.NewScene:
                var count = storyboard.Scenes.Length;
                int? position = answer.InsertPosition is { } p && p >= 1 && p <= count ? p : null;
                decision = new BrainDecision(DecisionType.NewScene, null, [.. references], null, answer.DurationInFrames, confidence, reasoning, null, position);
                break;
            case LlmDecisionKind.EditScene or LlmDecisionKind.DeleteScene:
                if (string.IsNullOrWhiteSpace(answer.TargetSceneId))
                {
                    return LlmAnswerOutcome.Fail(LlmIntentFailure.InvalidAnswer, "an edit or delete names no target");
                }

                if (Repair(answer.TargetSceneId) is not { } target)
                {
                    return LlmAnswerOutcome.Fail(LlmIntentFailure.UnknownScene, "the target scene id is not a live scene");
                }

                references.Remove(target.Id);
                decision = answer.Decision == LlmDecisionKind.DeleteScene
                    ? new BrainDecision(DecisionType.DeleteScene, target.Id, [], null, null, confidence, reasoning, null)
                    : new BrainDecision(DecisionType.EditScene, target.Id, [.. references], EditKindOf(answer), answer.DurationInFrames, confidence, reasoning, null);
                break;
            case LlmDecisionKind.AskClarification:
                if (Clip(answer.ClarificationQuestion, MaxQuestionLength) is not { } question)
                {
                    return LlmAnswerOutcome.Fail(LlmIntentFailure.InvalidAnswer, "a clarification has no question");
                }

                decision = new BrainDecision(DecisionType.AskClarification, null, [], null, null, confidence, reasoning, question);
                break;
            default:
                return LlmAnswerOutcome.Fail(LlmIntentFailure.InvalidAnswer, "unknown decision");
        }

        return new LlmAnswerOutcome(decision, LlmIntentFailure.None, string.Empty, repairs.ToImmutable());
    }

    private static EditKind EditKindOf(LlmIntentAnswer answer) => answer.EditKind switch
    {
        LlmEditKind.Creative => EditKind.Creative,
        LlmEditKind.DurationOnly when answer.DurationInFrames is not null => EditKind.DurationOnly,
        _ => EditKind.Surgical,
    };

    private static string? Clip(string? text, int max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        return trimmed.Length <= max ? trimmed : trimmed[..max];
    }
}
