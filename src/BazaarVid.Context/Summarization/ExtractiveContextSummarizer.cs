using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;

namespace BazaarVid.Context;

/// <summary>
/// The default <see cref="IContextSummarizer"/>: deterministic and extractive, no network. Goal: the person's
/// first request (replaced when they restate the goal). Decisions: the actionable sentences of each user message,
/// prefixed by turn, the newest <see cref="ContextOptions.MaxSummaryDecisions"/> kept and older ones counted.
/// Open questions: questions not yet answered by the other side. Preferences, scenes and assets are rendered from
/// the live state. URLs are replaced by their ledger ids, so the same input always gives the same bytes.
/// </summary>
public sealed class ExtractiveContextSummarizer : IContextSummarizer
{
    private const int MaxGoalLength = 240;
    private const int MaxDecisionLength = 200;
    private const int MaxOpenQuestions = 5;
    private const int MaxSentencesPerDecision = 2;
    private const string AssistantMark = "(assistant)";

    private static readonly FrozenWords ActionWords = new(
        "add", "animate", "avoid", "bring", "build", "change", "create", "cut", "delete", "drop", "edit", "end", "fade",
        "include", "insert", "keep", "let's", "lets", "make", "move", "need", "prefer", "put", "recolor", "remove",
        "replace", "resize", "set", "show", "slide", "speed", "start", "swap", "switch", "turn", "update", "use", "want",
        "zoom", "increase", "decrease", "shorten", "lengthen", "rename", "duplicate", "copy", "align", "center");

    private static readonly string[] GoalCues =
    [
        "the video is about", "this video is about", "our goal", "the goal is", "my goal", "we are making",
        "we're making", "i'm making", "i am making", "this is for", "it's for", "the video is for", "goal:",
    ];

    private readonly int _maxDecisions;

    /// <summary>Creates the summarizer.</summary>
    public ExtractiveContextSummarizer(IOptions<ContextOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _maxDecisions = options.Value.MaxSummaryDecisions;
    }

    /// <inheritdoc />
    public ValueTask<ConversationSummary> SummarizeAsync(SummarizationInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(input.Previous, nameof(input));
        if (input.Messages.IsDefaultOrEmpty)
        {
            throw new ArgumentException("There are no messages to summarize.", nameof(input));
        }

        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Summarize(input));
    }

    private ConversationSummary Summarize(SummarizationInput input)
    {
        var previous = input.Previous;
        var goal = previous.Goal;
        var decisions = new List<string>(previous.Decisions);
        var questions = new List<string>(previous.OpenQuestions);

        foreach (var message in input.Messages)
        {
            var text = ReplaceUrls(message.Text, input.Ledger);
            var sentences = Sentences(text);
            if (message.Role == MessageRole.Assistant)
            {
                questions.RemoveAll(q => q.StartsWith(TurnPrefix(message.Turn), StringComparison.Ordinal) && !q.Contains(AssistantMark, StringComparison.Ordinal));
                var asked = sentences.Where(s => s.EndsWith('?')).Take(1).ToList();
                foreach (var question in asked)
                {
                    questions.Add(TurnPrefix(message.Turn) + AssistantMark + " " + Clip(question, MaxDecisionLength));
                }

                continue;
            }

            // A user message answers whatever the assistant asked before it.
            questions.RemoveAll(q => q.Contains(AssistantMark, StringComparison.Ordinal));

            if (goal.Length == 0 || sentences.Exists(IsGoalStatement))
            {
                var stated = sentences.Find(IsGoalStatement) ?? sentences.FirstOrDefault() ?? string.Empty;
                goal = Clip(stated, MaxGoalLength);
            }

            var decision = Decision(sentences);
            if (decision.Length > 0)
            {
                decisions.Add(TurnPrefix(message.Turn) + decision);
            }

            foreach (var question in sentences.Where(s => s.EndsWith('?')))
            {
                questions.Add(TurnPrefix(message.Turn) + Clip(question, MaxDecisionLength));
            }
        }

        var earlier = previous.EarlierDecisionCount;
        if (decisions.Count > _maxDecisions)
        {
            earlier += decisions.Count - _maxDecisions;
            decisions.RemoveRange(0, decisions.Count - _maxDecisions);
        }

        if (questions.Count > MaxOpenQuestions)
        {
            questions.RemoveRange(0, questions.Count - MaxOpenQuestions);
        }

        return new ConversationSummary(
            goal,
            [.. decisions],
            earlier,
            [.. ContextRenderer.PreferenceLines(input.Preferences)],
            [.. ContextRenderer.SceneLines(input.Storyboard)],
            [.. AssetLines(input.Ledger)],
            [.. questions],
            input.Messages[^1].Sequence);
    }

    private static string TurnPrefix(int turn) => string.Create(CultureInfo.InvariantCulture, $"T{turn}: ");

    private static bool IsGoalStatement(string sentence)
    {
        foreach (var cue in GoalCues)
        {
            if (sentence.Contains(cue, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static string Decision(List<string> sentences)
    {
        var chosen = sentences.Where(s => !s.EndsWith('?') && HasActionWord(s)).Take(MaxSentencesPerDecision).ToList();
        if (chosen.Count == 0)
        {
            var first = sentences.Find(s => !s.EndsWith('?') && WordCount(s) >= 3);
            if (first is null)
            {
                return string.Empty;
            }

            chosen.Add(first);
        }

        return Clip(string.Join(' ', chosen), MaxDecisionLength);
    }

    private static bool HasActionWord(string sentence)
    {
        var start = -1;
        for (var i = 0; i <= sentence.Length; i++)
        {
            var inWord = i < sentence.Length && (char.IsLetter(sentence[i]) || sentence[i] == '\'');
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                if (ActionWords.Contains(sentence.AsSpan(start, i - start)))
                {
                    return true;
                }

                start = -1;
            }
        }

        return false;
    }

    private static int WordCount(string sentence) => sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>Splits on sentence punctuation followed by white space, and on line breaks.</summary>
    private static List<string> Sentences(string text)
    {
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var end = c is '\n' or '\r'
                || (c is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])));
            if (end)
            {
                AddSentence(sentences, text, start, c is '\n' or '\r' ? i : i + 1);
                start = i + 1;
            }
        }

        AddSentence(sentences, text, start, text.Length);
        return sentences;
    }

    private static void AddSentence(List<string> sentences, string text, int start, int end)
    {
        if (end <= start)
        {
            return;
        }

        var sentence = Collapse(text.AsSpan(start, end - start));
        if (sentence.Length > 0)
        {
            sentences.Add(sentence);
        }
    }

    /// <summary>Trims and folds runs of white space and control characters into one space.</summary>
    private static string Collapse(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static string Clip(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max - 1);
        var end = cut > max / 2 ? cut : max - 1;
        if (char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        return string.Concat(text.AsSpan(0, end), "…");
    }

    private static string ReplaceUrls(string text, AssetLedger ledger)
    {
        var urls = MessageUrlExtractor.Extract(text);
        foreach (var url in urls.OrderByDescending(u => u.Length))
        {
            var id = ledger.FindByUrl(url)?.Id;
            text = text.Replace(url, id is null ? "[unlisted URL]" : "[" + id + "]", StringComparison.Ordinal);
        }

        return text;
    }

    private static IEnumerable<string> AssetLines(AssetLedger ledger) =>
        ledger.Entries.Select(e => string.Create(
            CultureInfo.InvariantCulture,
            $"[{e.Id}] {e.MediaType ?? "asset"} from turn {e.SourceTurn}{(e.FileName is null ? string.Empty : " (" + e.FileName + ")")}{(e.Tags.IsEmpty ? string.Empty : " tags: " + string.Join(", ", e.Tags))}"));

    /// <summary>A small case-insensitive word set that can be probed with spans (no allocation per word).</summary>
    private sealed class FrozenWords
    {
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        public FrozenWords(params string[] words)
        {
            _lookup = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
    }
}
