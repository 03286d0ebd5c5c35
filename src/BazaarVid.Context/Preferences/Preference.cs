using System.Text.Json.Serialization;

namespace BazaarVid.Context;

/// <summary>A learned preference with its provenance and validity interval.</summary>
/// <param name="Kind">What it is about.</param>
/// <param name="Value">The canonical value.</param>
/// <param name="Confidence">0 to 1; grows when the preference is confirmed again.</param>
/// <param name="Explicit">True when the person stated it; an implied preference never overrides an explicit one.</param>
/// <param name="SourceTurn">The turn that first stated it; it is valid from this turn.</param>
/// <param name="LastConfirmedTurn">The last turn that stated it again.</param>
/// <param name="ValidUntilTurn">The turn whose statement superseded it, or null while it is active.</param>
/// <param name="Evidence">The words that first produced it.</param>
/// <param name="Seconds">For <see cref="PreferenceKind.SceneDuration"/>: the duration in seconds.</param>
/// <param name="Bound">For <see cref="PreferenceKind.SceneDuration"/>: exact, at most or at least.</param>
public sealed record Preference(
    PreferenceKind Kind,
    string Value,
    double Confidence,
    bool Explicit,
    int SourceTurn,
    int LastConfirmedTurn,
    int? ValidUntilTurn,
    string Evidence,
    double? Seconds = null,
    PreferenceBound Bound = PreferenceBound.Exactly)
{
    /// <summary>True while no later statement superseded it.</summary>
    [JsonIgnore]
    public bool IsActive => ValidUntilTurn is null;
}
