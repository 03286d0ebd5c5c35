using System.Globalization;
using System.Text;

namespace BazaarVid.Context;

/// <summary>Deterministic plain-text renderings of the parts of a context, shared by prompts and summaries.</summary>
public static class ContextRenderer
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>One line per ledger entry: id, type, tags, source and turn, and the exact URL.</summary>
    public static string RenderAssets(AssetLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        if (ledger.Entries.IsEmpty)
        {
            return string.Empty;
        }

        var builder = new StringBuilder("## Assets (pinned; use these exact URLs, no others)\n");
        foreach (var entry in ledger.Entries)
        {
            builder.Append(entry.Id).Append(" | ").Append(entry.MediaType ?? "unknown");
            if (!entry.Tags.IsEmpty)
            {
                builder.Append(" [").AppendJoin(", ", entry.Tags).Append(']');
            }

            builder.Append(" | ").Append(Describe(entry.Source)).Append(" turn ").Append(entry.SourceTurn.ToString(Invariant));
            if (entry.FileName is { Length: > 0 } name)
            {
                builder.Append(" | ").Append(name);
            }

            builder.Append(" | ").Append(entry.Url).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>One line per active preference: kind, value, explicit or implied, turn.</summary>
    public static string RenderPreferences(PreferenceSet preferences)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        if (preferences.Active.IsEmpty)
        {
            return string.Empty;
        }

        var builder = new StringBuilder("## Preferences\n");
        foreach (var line in PreferenceLines(preferences))
        {
            builder.Append("- ").Append(line).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>The active preferences as short lines ("pacing: fast (explicit, turn 2)").</summary>
    public static IEnumerable<string> PreferenceLines(PreferenceSet preferences)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        return preferences.Active
            .OrderBy(p => p.Kind)
            .ThenBy(p => p.SourceTurn)
            .Select(p => string.Create(Invariant, $"{Name(p.Kind)}: {Describe(p)} ({(p.Explicit ? "explicit" : "implied")}, turn {p.SourceTurn}, confidence {p.Confidence:0.00})"));
    }

    /// <summary>The storyboard (one line per live scene), deletions, relationships and image facts.</summary>
    public static string RenderStoryboard(Storyboard storyboard, IReadOnlyList<ImageFact> imageFacts, AssetLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(storyboard);
        ArgumentNullException.ThrowIfNull(imageFacts);
        ArgumentNullException.ThrowIfNull(ledger);
        var builder = new StringBuilder();
        if (!storyboard.Scenes.IsEmpty || !storyboard.DeletedScenes.IsEmpty)
        {
            builder.Append("## Storyboard\n");
            foreach (var line in SceneLines(storyboard))
            {
                builder.Append(line).Append('\n');
            }
        }

        var edges = storyboard.Relationships.Where(r => r.Kind != RelationshipKind.Follows).ToList();
        if (edges.Count > 0)
        {
            builder.Append("## Relationships\n");
            foreach (var edge in edges)
            {
                builder.Append(edge.From).Append(' ').Append(Name(edge.Kind)).Append(' ').Append(edge.To)
                    .Append(" (turn ").Append(edge.Turn.ToString(Invariant)).Append(")\n");
            }
        }

        if (imageFacts.Count > 0)
        {
            builder.Append("## Image facts\n");
            foreach (var fact in imageFacts)
            {
                var id = ledger.FindByUrl(fact.AssetUrl)?.Id ?? "unlisted";
                builder.Append(id).Append(": ").Append(fact.Status == ImageFactStatus.Analyzed ? fact.Summary : "analysis failed: " + fact.FailureReason).Append('\n');
            }
        }

        return builder.ToString();
    }

    /// <summary>One line per live scene ("1. [id] Name, 90 frames, v2: description"), then deletions.</summary>
    public static IEnumerable<string> SceneLines(Storyboard storyboard)
    {
        ArgumentNullException.ThrowIfNull(storyboard);
        foreach (var scene in storyboard.Scenes)
        {
            var line = string.Create(Invariant, $"{scene.Order}. [{scene.Id}] {scene.Name}, {scene.DurationInFrames} frames, v{scene.Version}");
            yield return scene.Description.Length == 0 ? line : line + ": " + scene.Description;
        }

        foreach (var scene in storyboard.DeletedScenes)
        {
            yield return string.Create(Invariant, $"deleted [{scene.Id}] {scene.Name} (turn {scene.DeletedTurn})");
        }
    }

    /// <summary>The summary's Goal, Decisions and Open questions (the live sections render the rest).</summary>
    public static string RenderSummary(ConversationSummary summary, int maxDecisions = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var decisions = summary.Decisions.Length <= maxDecisions ? summary.Decisions : summary.Decisions[^maxDecisions..];
        var earlier = summary.EarlierDecisionCount + (summary.Decisions.Length - decisions.Length);
        if (summary.Goal.Length == 0 && decisions.IsEmpty && summary.OpenQuestions.IsEmpty && earlier == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder("## Summary of earlier messages\n");
        if (summary.Goal.Length > 0)
        {
            builder.Append("Goal: ").Append(summary.Goal).Append('\n');
        }

        if (!decisions.IsEmpty || earlier > 0)
        {
            builder.Append("Decisions:\n");
            if (earlier > 0)
            {
                builder.Append("- (").Append(earlier.ToString(Invariant)).Append(" earlier decisions)\n");
            }

            foreach (var decision in decisions)
            {
                builder.Append("- ").Append(decision).Append('\n');
            }
        }

        if (!summary.OpenQuestions.IsEmpty)
        {
            builder.Append("Open questions:\n");
            foreach (var question in summary.OpenQuestions)
            {
                builder.Append("- ").Append(question).Append('\n');
            }
        }

        return builder.ToString();
    }

    /// <summary>One message as a prompt line ("[turn 3] user: …").</summary>
    public static string RenderMessage(ConversationMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return string.Create(Invariant, $"[turn {message.Turn}] {(message.Role == MessageRole.User ? "user" : "assistant")}: {message.Text}\n");
    }

    /// <summary>A preference's value for people ("2 s per scene", "at most 3 s per scene", "fast").</summary>
    public static string Describe(Preference preference)
    {
        ArgumentNullException.ThrowIfNull(preference);
        if (preference.Kind != PreferenceKind.SceneDuration || preference.Seconds is not { } seconds)
        {
            return preference.Value;
        }

        var bound = preference.Bound switch
        {
            PreferenceBound.AtMost => "at most ",
            PreferenceBound.AtLeast => "at least ",
            _ => string.Empty,
        };
        return string.Create(Invariant, $"{bound}{seconds:0.##} s per scene");
    }

    /// <summary>The snake_case name of a preference kind.</summary>
    public static string Name(PreferenceKind kind) => kind switch
    {
        PreferenceKind.SceneDuration => "scene_duration",
        PreferenceKind.Pacing => "pacing",
        PreferenceKind.VisualStyle => "visual_style",
        PreferenceKind.AnimationStyle => "animation_style",
        PreferenceKind.Color => "color",
        PreferenceKind.Font => "font",
        PreferenceKind.PreferComponent => "prefer",
        _ => "avoid",
    };

    /// <summary>The snake_case name of a relationship kind.</summary>
    public static string Name(RelationshipKind kind) => kind switch
    {
        RelationshipKind.Follows => "follows",
        RelationshipKind.VariantOf => "variant_of",
        RelationshipKind.SharesStyleWith => "shares_style_with",
        RelationshipKind.UsesAsset => "uses_asset",
        _ => "references",
    };

    private static string Describe(LedgerSource source) => source switch
    {
        LedgerSource.Upload => "uploaded",
        LedgerSource.Attachment => "attached",
        LedgerSource.MessageText => "in message",
        _ => "host",
    };
}
