using System.Collections.Immutable;

namespace BazaarVid.Context;

/// <summary>
/// The preferences of one conversation: the active ones and the superseded history. Immutable; merging
/// observations returns a new set. Rules: a later explicit statement supersedes an earlier one (which moves
/// to <see cref="History"/> with its <see cref="Preference.ValidUntilTurn"/> set); an implied observation never
/// overrides or evicts an explicit preference; repeating a preference in a later turn raises its confidence (capped
/// below 1); preferring and avoiding the same component supersede each other. Duration, pacing, visual style,
/// animation style and font hold one value each; colours and components hold up to <see cref="MaxValuesPerKind"/>.
/// </summary>
public sealed record PreferenceSet
{
    /// <summary>The most superseded preferences kept in <see cref="History"/>; older ones are dropped first.</summary>
    public const int MaxHistory = 100;

    /// <summary>The most values a multi-valued kind (colour, components) keeps active; the oldest is superseded first.</summary>
    public const int MaxValuesPerKind = 8;

    private const double ConfirmationBoost = 0.05;
    private const double MaxConfidence = 0.99;

    /// <summary>No preferences.</summary>
    public static PreferenceSet Empty { get; } = new([], []);

    /// <summary>Creates a set from its active preferences and history.</summary>
    public PreferenceSet(ImmutableArray<Preference> active, ImmutableArray<Preference> history)
    {
        Active = active.IsDefault ? [] : active;
        History = history.IsDefault ? [] : history;
    }

    /// <summary>The preferences in force, in the order they were first stated.</summary>
    public ImmutableArray<Preference> Active { get; }

    /// <summary>Superseded preferences, oldest first.</summary>
    public ImmutableArray<Preference> History { get; }

    /// <summary>True when <paramref name="kind"/> holds one value at a time.</summary>
    public static bool IsSingleValued(PreferenceKind kind) =>
        kind is not (PreferenceKind.Color or PreferenceKind.PreferComponent or PreferenceKind.AvoidComponent);

    /// <summary>The active preference of a single-valued kind, or null.</summary>
    public Preference? Current(PreferenceKind kind)
    {
        foreach (var preference in Active)
        {
            if (preference.Kind == kind)
            {
                return preference;
            }
        }

        return null;
    }

    /// <summary>Every active preference of <paramref name="kind"/>, oldest first.</summary>
    public IEnumerable<Preference> All(PreferenceKind kind) => Active.Where(p => p.Kind == kind);

    /// <summary>
    /// Merges the observations of turn <paramref name="turn"/>, in order, and returns the new set (this same instance
    /// when nothing changed). Throws <see cref="ArgumentException"/> for a null observation or one without a value.
    /// </summary>
    public PreferenceSet Apply(IEnumerable<PreferenceObservation> observations, int turn)
    {
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentOutOfRangeException.ThrowIfNegative(turn);
        var active = Active.ToBuilder();
        var history = History.ToBuilder();
        foreach (var observation in observations)
        {
            if (observation is null || string.IsNullOrWhiteSpace(observation.Value))
            {
                throw new ArgumentException("Every observation must be non-null and have a value.", nameof(observations));
            }

            Merge(active, history, observation, turn);
        }

        while (history.Count > MaxHistory)
        {
            history.RemoveAt(0);
        }

        return active.SequenceEqual(Active) && history.Count == History.Length
            ? this
            : new PreferenceSet(active.ToImmutable(), history.ToImmutable());
    }

    /// <inheritdoc />
    public bool Equals(PreferenceSet? other) =>
        other is not null && Active.SequenceEqual(other.Active) && History.SequenceEqual(other.History);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Active.Length, History.Length);

    private static void Merge(ImmutableArray<Preference>.Builder active, ImmutableArray<Preference>.Builder history, PreferenceObservation observation, int turn)
    {
        var same = IndexOf(active, p => p.Kind == observation.Kind && SameValue(p, observation));
        if (same >= 0)
        {
            // Saying it again in the same turn is not a confirmation; a later turn is.
            var existing = active[same];
            var boost = existing.LastConfirmedTurn == turn ? 0 : ConfirmationBoost;
            active[same] = existing with
            {
                Confidence = Math.Min(MaxConfidence, Math.Max(existing.Confidence, Sanitize(observation.Confidence)) + boost),
                Explicit = existing.Explicit || observation.Explicit,
                LastConfirmedTurn = turn,
            };
            return;
        }

        var conflicting = FindConflicts(active, observation);
        if (!observation.Explicit && conflicting.Any(i => active[i].Explicit))
        {
            return;
        }

        foreach (var index in conflicting.OrderDescending())
        {
            history.Add(active[index] with { ValidUntilTurn = turn });
            active.RemoveAt(index);
        }

        if (!IsSingleValued(observation.Kind) && active.Count(p => p.Kind == observation.Kind) >= MaxValuesPerKind)
        {
            // Full: the oldest implied value makes room first; an implied value never evicts an explicit one.
            var evict = IndexOf(active, p => p.Kind == observation.Kind && !p.Explicit);
            if (evict < 0 && observation.Explicit)
            {
                evict = IndexOf(active, p => p.Kind == observation.Kind);
            }

            if (evict < 0)
            {
                return;
            }

            history.Add(active[evict] with { ValidUntilTurn = turn });
            active.RemoveAt(evict);
        }

        active.Add(new Preference(
            observation.Kind,
            observation.Value,
            Sanitize(observation.Confidence),
            observation.Explicit,
            turn,
            turn,
            null,
            observation.Evidence,
            observation.Seconds,
            observation.Bound));
    }

    private static double Sanitize(double confidence) => double.IsNaN(confidence) ? 0 : Math.Clamp(confidence, 0, MaxConfidence);

    private static List<int> FindConflicts(ImmutableArray<Preference>.Builder active, PreferenceObservation observation)
    {
        var conflicts = new List<int>();
        for (var i = 0; i < active.Count; i++)
        {
            var p = active[i];
            var isConflict = IsSingleValued(observation.Kind)
                ? p.Kind == observation.Kind
                : IsOpposite(p.Kind, observation.Kind) && ComponentKey(p.Value) == ComponentKey(observation.Value);
            if (isConflict)
            {
                conflicts.Add(i);
            }
        }

        return conflicts;
    }

    private static int IndexOf(ImmutableArray<Preference>.Builder items, Func<Preference, bool> predicate)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (predicate(items[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsOpposite(PreferenceKind a, PreferenceKind b) =>
        (a == PreferenceKind.PreferComponent && b == PreferenceKind.AvoidComponent)
        || (a == PreferenceKind.AvoidComponent && b == PreferenceKind.PreferComponent);

    private static bool SameValue(Preference p, PreferenceObservation o) =>
        p.Kind is PreferenceKind.PreferComponent or PreferenceKind.AvoidComponent
            ? ComponentKey(p.Value) == ComponentKey(o.Value)
            : string.Equals(p.Value, o.Value, StringComparison.Ordinal) && p.Bound == o.Bound;

    /// <summary>"emojis" and "emoji", "gradients" and "gradient" name the same component.</summary>
    private static string ComponentKey(string value)
    {
        var key = value.Trim().ToLowerInvariant();
        return key.Length > 3 && key.EndsWith('s') && !key.EndsWith("ss", StringComparison.Ordinal) ? key[..^1] : key;
    }
}
