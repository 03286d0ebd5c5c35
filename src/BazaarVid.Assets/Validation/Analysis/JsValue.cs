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

/// <summary>A string (possibly with holes).</summary>
/// <param name="text">The cooked text; <see cref="TextDecoding.Hole"/> marks unknown parts.</param>
/// <param name="origin">Offset in the code where the text starts.</param>
/// <param name="exact">True when character i of <paramref name="text"/> is at <c>origin + i</c> in the code.</param>
/// <param name="sources">Tokens of the literals whose text is wholly contained in this value.</param>
internal sealed class StrValue(string text, int origin, bool exact, int[] sources) : JsValue
{
    public string Text { get; } = text;

    public int Origin { get; } = origin;

    public bool Exact { get; } = exact;

    public int[] Sources { get; } = sources;

    public bool HasHole => TextDecoding.IndexOfHole(Text) >= 0;

    public int OriginOf(int index) => Exact ? Origin + index : Origin;
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
}

/// <summary>An object literal. <see cref="Open"/> is true when spreads or computed keys make unlisted keys possible.</summary>
internal sealed class ObjectValue(List<KeyValuePair<string, JsValue>> properties, bool open) : JsValue
{
    public List<KeyValuePair<string, JsValue>> Properties { get; } = properties;

    public bool Open { get; } = open;

    public JsValue? Get(ReadOnlySpan<char> key)
    {
        for (var i = Properties.Count - 1; i >= 0; i--)
        {
            if (key.SequenceEqual(Properties[i].Key))
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
