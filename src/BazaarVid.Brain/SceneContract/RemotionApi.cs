using System.Collections.Frozen;
using System.Collections.Immutable;

namespace BazaarVid.Brain;

/// <summary>The names of the Remotion API a scene may destructure from <c>window.Remotion</c> (the one list the checker and the emitter share).</summary>
public static class RemotionApi
{
    /// <summary>Every known Remotion export a scene may use, in a readable order (components, then functions, then hooks).</summary>
    public static ImmutableArray<string> KnownNames { get; } =
    [
        "AbsoluteFill", "Sequence", "Series", "Loop", "Freeze", "Still", "Img", "AnimatedImage", "Video", "OffthreadVideo",
        "Audio", "Html5Audio", "Html5Video", "IFrame", "Folder", "Composition",
        "spring", "measureSpring", "interpolate", "interpolateColors", "Easing", "random", "staticFile", "prefetch",
        "delayRender", "continueRender", "cancelRender", "getInputProps", "getRemotionEnvironment",
        "useCurrentFrame", "useVideoConfig", "useCurrentScale", "useBufferState",
    ];

    /// <summary>True when <paramref name="name"/> is one of <see cref="KnownNames"/> (case-sensitive).</summary>
    public static bool IsKnown(string name) => Lookup.Contains(name);

    /// <summary>The position of <paramref name="name"/> in <see cref="KnownNames"/>, or -1.</summary>
    internal static int OrderOf(string name) => Order.TryGetValue(name, out var index) ? index : -1;

    private static FrozenSet<string> Lookup { get; } = KnownNames.ToFrozenSet(StringComparer.Ordinal);

    private static FrozenDictionary<string, int> Order { get; } =
        KnownNames.Select((name, index) => (name, index)).ToFrozenDictionary(p => p.name, p => p.index, StringComparer.Ordinal);
}
