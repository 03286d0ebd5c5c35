namespace BazaarVid.Context;

/// <summary>What a learned preference is about.</summary>
public enum PreferenceKind
{
    /// <summary>Per-scene duration; <see cref="Preference.Seconds"/> and <see cref="Preference.Bound"/> carry the value.</summary>
    SceneDuration,

    /// <summary>Pacing: <c>fast</c>, <c>medium</c> or <c>slow</c>.</summary>
    Pacing,

    /// <summary>Visual style, for example <c>dark</c> or <c>minimal, neon</c>.</summary>
    VisualStyle,

    /// <summary>Animation style, for example <c>bouncy</c>, <c>glitch</c> or a verbatim <c>cubic-bezier(…)</c>.</summary>
    AnimationStyle,

    /// <summary>A colour named or given as hex (several may be active).</summary>
    Color,

    /// <summary>A font family.</summary>
    Font,

    /// <summary>A component or element to use (several may be active), for example <c>logo</c>.</summary>
    PreferComponent,

    /// <summary>A component or element to avoid (several may be active), for example <c>emojis</c>.</summary>
    AvoidComponent,
}

/// <summary>How a duration preference bounds the scene duration.</summary>
public enum PreferenceBound
{
    /// <summary>The scene should last exactly this long.</summary>
    Exactly,

    /// <summary>The scene should last at most this long ("under 3 seconds").</summary>
    AtMost,

    /// <summary>The scene should last at least this long ("at least 4 seconds").</summary>
    AtLeast,
}
