namespace BazaarVid.Assets.Validation;

/// <summary>
/// What the evaluator knows statically about a JS expression. Strings may contain <see cref="TextDecoding.Hole"/>
/// where a part is not known. Instances are immutable once built.
/// </summary>
internal abstract class JsValue
{
    /// <summary>A value that cannot be known statically (a call, a prop, a parameter, arithmetic, …).</summary>
    public static readonly JsValue Unknown = new UnknownValue();
}

internal sealed class UnknownValue : JsValue;

/// <summary>A run of a string value that comes from one place in the code.</summary>
/// <param name="TextStart">Index in the value's text where the run starts.</param>
/// <param name="Origin">Offset in the code of the run's first character.</param>
/// <param name="Exact">True when the run's characters map one to one onto the code from <paramref name="Origin"/>.</param>
internal readonly record struct Segment(int TextStart, int Origin, bool Exact);

/// <summary>Maps an index in a value's text back to an offset in the code.</summary>
internal readonly struct TextOrigin(int origin, bool exact, Segment[]? segments = null, int start = 0)
{
    public int At(int index)
    {
        var i = start + index;
        if (segments is null || segments.Length == 0)
        {
            return exact ? origin + i : origin;
        }

        var k = segments.Length - 1;
        while (k > 0 && segments[k].TextStart > i)
        {
            k--;
        }

        var segment = segments[k];
        return segment.Exact && i >= segment.TextStart ? segment.Origin + (i - segment.TextStart) : segment.Origin;
    }

    public TextOrigin Slice(int index) => new(origin, exact, segments, start + index);
}

/// <summary>A string (possibly with holes). Literal text is a slice of the code, not a copy.</summary>
internal sealed class StrValue : JsValue
{
    private static readonly int[] NoSources = [];
    private string? _text;

    /// <param name="memory">The cooked text; <see cref="TextDecoding.Hole"/> marks unknown parts.</param>
    /// <param name="origin">Offset in the code where the text starts.</param>
    /// <param name="exact">True when character i of the text is at <c>origin + i</c> in the code.</param>
    /// <param name="source">The token of the literal this text is, or -1.</param>
    /// <param name="sources">Tokens of further literals whose text is wholly contained in this value.</param>
    /// <param name="segments">For a concatenation: where each run of the text comes from.</param>
    public StrValue(ReadOnlyMemory<char> memory, int origin, bool exact, int source, int[]? sources = null, Segment[]? segments = null)
    {
        Memory = memory;
        Origin = origin;
        Exact = exact;
        Source = source;
        Sources = sources ?? NoSources;
        Segments = segments;
    }

    public ReadOnlyMemory<char> Memory { get; }

    public ReadOnlySpan<char> Span => Memory.Span;

    /// <summary>The text as a string (allocated on first use; prefer <see cref="Span"/>).</summary>
    public string Text => _text ??= Memory.ToString();

    public int Origin { get; }

    public bool Exact { get; }

    public int Source { get; }

    public int[] Sources { get; }

    public Segment[]? Segments { get; }

    public bool HasHole => TextDecoding.IndexOfHole(Memory.Span) >= 0;

    public TextOrigin Position => new(Origin, Exact, Segments);

    public static StrValue Of(string text, int origin = 0) => new(text.AsMemory(), origin, false, -1);
}

/// <summary>The result of <c>staticFile(path)</c>: a file of the host's public folder.</summary>
internal sealed class StaticFileValue(JsValue path, int origin) : JsValue
{
    public JsValue Path { get; } = path;

    public int Origin { get; } = origin;
}

internal sealed class ArrayValue(List<JsValue> items) : JsValue
{
    public List<JsValue> Items { get; } = items;

    /// <summary>Cache of the union of the items (values never change once built).</summary>
    public JsValue? ElementsUnion { get; set; }
}

/// <summary>An object literal. <see cref="Open"/> is true when spreads or computed keys make unlisted keys possible.</summary>
internal sealed class ObjectValue(List<KeyValuePair<ReadOnlyMemory<char>, JsValue>> properties, bool open) : JsValue
{
    public List<KeyValuePair<ReadOnlyMemory<char>, JsValue>> Properties { get; } = properties;

    public bool Open { get; } = open;

    public JsValue? Get(ReadOnlySpan<char> key)
    {
        for (var i = Properties.Count - 1; i >= 0; i--)
        {
            if (key.SequenceEqual(Properties[i].Key.Span))
            {
                return Properties[i].Value;
            }
        }

        return null;
    }
}

/// <summary>One of several values (both branches of <c>?:</c>, <c>||</c>, an unknown index into an array, …).</summary>
internal sealed class UnionValue(List<JsValue> alternatives) : JsValue
{
    public List<JsValue> Alternatives { get; } = alternatives;
}
