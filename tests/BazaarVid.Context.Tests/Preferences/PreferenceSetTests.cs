using System.Text.Json;
using static BazaarVid.Context.Tests.Preferences.PreferenceKit;

namespace BazaarVid.Context.Tests.Preferences;

public sealed class PreferenceSetTests
{
    [Fact]
    public void A_new_preference_is_active_from_its_turn_with_its_provenance()
    {
        var set = PreferenceSet.Empty.Apply([Observe(PreferenceKind.Pacing, "fast")], turn: 3);

        var pacing = set.Current(PreferenceKind.Pacing)!;
        pacing.Value.Should().Be("fast");
        pacing.SourceTurn.Should().Be(3);
        pacing.LastConfirmedTurn.Should().Be(3);
        pacing.ValidUntilTurn.Should().BeNull();
        pacing.IsActive.Should().BeTrue();
        pacing.Evidence.Should().Be("evidence: fast");
        set.History.Should().BeEmpty();
    }

    [Fact]
    public void A_later_explicit_statement_supersedes_an_earlier_one_and_history_keeps_the_old_one()
    {
        var set = PreferenceSet.Empty
            .Apply([Observe(PreferenceKind.SceneDuration, "2", seconds: 2)], 1)
            .Apply([Observe(PreferenceKind.SceneDuration, "3", seconds: 3)], 7);

        set.Current(PreferenceKind.SceneDuration)!.Seconds.Should().Be(3);
        set.All(PreferenceKind.SceneDuration).Should().ContainSingle();
        var old = set.History.Should().ContainSingle().Subject;
        old.Seconds.Should().Be(2);
        old.SourceTurn.Should().Be(1);
        old.ValidUntilTurn.Should().Be(7);
        old.IsActive.Should().BeFalse();
    }

    [Theory]
    [InlineData(PreferenceKind.SceneDuration)]
    [InlineData(PreferenceKind.Pacing)]
    [InlineData(PreferenceKind.VisualStyle)]
    [InlineData(PreferenceKind.AnimationStyle)]
    [InlineData(PreferenceKind.Font)]
    public void An_implied_preference_never_overrides_an_explicit_one(PreferenceKind kind)
    {
        var set = PreferenceSet.Empty.Apply([Observe(kind, "stated")], 1);

        var after = set.Apply([Observe(kind, "implied", isExplicit: false, confidence: 0.99)], 2);

        after.Should().BeSameAs(set);
        after.Current(kind)!.Value.Should().Be("stated");
    }

    [Fact]
    public void An_implied_preference_supersedes_an_implied_one()
    {
        var set = PreferenceSet.Empty
            .Apply([Observe(PreferenceKind.VisualStyle, "dark", isExplicit: false, confidence: 0.55)], 1)
            .Apply([Observe(PreferenceKind.VisualStyle, "playful", isExplicit: false, confidence: 0.55)], 2);

        set.Current(PreferenceKind.VisualStyle)!.Value.Should().Be("playful");
        set.History.Should().ContainSingle().Which.Value.Should().Be("dark");
    }

    [Fact]
    public void An_explicit_preference_supersedes_an_implied_one()
    {
        var set = PreferenceSet.Empty
            .Apply([Observe(PreferenceKind.VisualStyle, "dark", isExplicit: false, confidence: 0.55)], 1)
            .Apply([Observe(PreferenceKind.VisualStyle, "minimal")], 2);

        set.Current(PreferenceKind.VisualStyle)!.Should().Match<Preference>(p => p.Value == "minimal" && p.Explicit);
    }

    [Fact]
    public void Repeating_a_preference_in_later_turns_raises_its_confidence_but_never_to_1()
    {
        var set = PreferenceSet.Empty.Apply([Observe(PreferenceKind.Pacing, "fast", confidence: 0.9)], 1);
        set = set.Apply([Observe(PreferenceKind.Pacing, "fast", confidence: 0.9)], 2);

        set.Current(PreferenceKind.Pacing)!.Confidence.Should().BeApproximately(0.95, 1e-9);
        set.Current(PreferenceKind.Pacing)!.LastConfirmedTurn.Should().Be(2);
        set.Current(PreferenceKind.Pacing)!.SourceTurn.Should().Be(1);

        for (var turn = 3; turn < 20; turn++)
        {
            set = set.Apply([Observe(PreferenceKind.Pacing, "fast")], turn);
        }

        set.Current(PreferenceKind.Pacing)!.Confidence.Should().Be(0.99).And.BeLessThan(1);
        set.History.Should().BeEmpty();
    }

    [Fact]
    public void Saying_the_same_thing_twice_in_one_turn_is_not_a_confirmation()
    {
        var set = PreferenceSet.Empty.Apply([Observe(PreferenceKind.Color, "blue", confidence: 0.55), Observe(PreferenceKind.Color, "blue", confidence: 0.55)], 1);

        set.Current(PreferenceKind.Color)!.Confidence.Should().Be(0.55);
    }

    [Fact]
    public void An_implied_repeat_of_an_explicit_preference_confirms_it_and_keeps_it_explicit()
    {
        var set = PreferenceSet.Empty
            .Apply([Observe(PreferenceKind.Pacing, "fast", confidence: 0.9)], 1)
            .Apply([Observe(PreferenceKind.Pacing, "fast", isExplicit: false, confidence: 0.55)], 2);

        set.Current(PreferenceKind.Pacing)!.Should().Match<Preference>(p => p.Explicit && p.Confidence > 0.9 && p.LastConfirmedTurn == 2);
    }

    [Fact]
    public void An_explicit_repeat_of_an_implied_preference_makes_it_explicit()
    {
        var set = PreferenceSet.Empty
            .Apply([Observe(PreferenceKind.Pacing, "fast", isExplicit: false, confidence: 0.55)], 1)
            .Apply([Observe(PreferenceKind.Pacing, "fast", confidence: 0.9)], 2);

        set.Current(PreferenceKind.Pacing)!.Should().Match<Preference>(p => p.Explicit && Math.Abs(p.Confidence - 0.95) < 1e-9);
    }

    [Fact]
    public void A_different_bound_on_the_same_seconds_supersedes()
    {
        var set = PreferenceSet.Empty
            .Apply([Observe(PreferenceKind.SceneDuration, "3", seconds: 3)], 1)
            .Apply([Observe(PreferenceKind.SceneDuration, "3", seconds: 3, bound: PreferenceBound.AtMost)], 2);

        set.Current(PreferenceKind.SceneDuration)!.Bound.Should().Be(PreferenceBound.AtMost);
        set.History.Should().ContainSingle().Which.Bound.Should().Be(PreferenceBound.Exactly);
    }

    [Theory]
    [InlineData(PreferenceKind.PreferComponent, "emoji", PreferenceKind.AvoidComponent, "emojis")]
    [InlineData(PreferenceKind.AvoidComponent, "logo", PreferenceKind.PreferComponent, "Logo")]
    [InlineData(PreferenceKind.AvoidComponent, "stock photos", PreferenceKind.PreferComponent, "stock photo")]
    public void Prefer_and_avoid_of_the_same_component_supersede_each_other(PreferenceKind first, string firstValue, PreferenceKind second, string secondValue)
    {
        var set = PreferenceSet.Empty
            .Apply([Observe(first, firstValue)], 1)
            .Apply([Observe(second, secondValue)], 2);

        set.Active.Should().ContainSingle().Which.Kind.Should().Be(second);
        set.History.Should().ContainSingle().Which.Should().Match<Preference>(p => p.Kind == first && p.ValidUntilTurn == 2);
    }

    [Fact]
    public void An_implied_avoid_does_not_supersede_an_explicit_prefer()
    {
        var set = PreferenceSet.Empty.Apply([Observe(PreferenceKind.PreferComponent, "logo")], 1);

        set.Apply([Observe(PreferenceKind.AvoidComponent, "logo", isExplicit: false, confidence: 0.55)], 2).Should().BeSameAs(set);
    }

    [Fact]
    public void Repeating_a_component_in_singular_or_plural_confirms_it()
    {
        var set = PreferenceSet.Empty
            .Apply([Observe(PreferenceKind.AvoidComponent, "emojis")], 1)
            .Apply([Observe(PreferenceKind.AvoidComponent, "emoji")], 2);

        set.All(PreferenceKind.AvoidComponent).Should().ContainSingle().Which.LastConfirmedTurn.Should().Be(2);
    }

    [Theory]
    [InlineData(PreferenceKind.Color)]
    [InlineData(PreferenceKind.PreferComponent)]
    [InlineData(PreferenceKind.AvoidComponent)]
    public void Multi_valued_kinds_keep_several_values_up_to_the_cap_and_supersede_the_oldest(PreferenceKind kind)
    {
        var set = PreferenceSet.Empty;
        for (var i = 0; i <= PreferenceSet.MaxValuesPerKind; i++)
        {
            set = set.Apply([Observe(kind, $"value {i}")], i + 1);
        }

        set.All(kind).Select(p => p.Value).Should().HaveCount(PreferenceSet.MaxValuesPerKind).And.NotContain("value 0").And.Contain($"value {PreferenceSet.MaxValuesPerKind}");
        set.History.Should().ContainSingle().Which.Should().Match<Preference>(p => p.Value == "value 0" && p.ValidUntilTurn == PreferenceSet.MaxValuesPerKind + 1);
    }

    [Fact]
    public void When_full_the_oldest_implied_value_makes_room_before_any_explicit_one()
    {
        var set = PreferenceSet.Empty.Apply([Observe(PreferenceKind.Color, "red")], 1);
        set = set.Apply([Observe(PreferenceKind.Color, "implied", isExplicit: false, confidence: 0.55)], 2);
        for (var i = 2; i < PreferenceSet.MaxValuesPerKind; i++)
        {
            set = set.Apply([Observe(PreferenceKind.Color, $"c{i}")], i + 1);
        }

        set = set.Apply([Observe(PreferenceKind.Color, "new")], 20);

        set.All(PreferenceKind.Color).Select(p => p.Value).Should().Contain("red").And.Contain("new").And.NotContain("implied");
    }

    [Fact]
    public void An_implied_value_never_evicts_an_explicit_one_from_a_full_kind()
    {
        var set = PreferenceSet.Empty;
        for (var i = 0; i < PreferenceSet.MaxValuesPerKind; i++)
        {
            set = set.Apply([Observe(PreferenceKind.Color, $"c{i}")], i + 1);
        }

        set.Apply([Observe(PreferenceKind.Color, "implied", isExplicit: false, confidence: 0.55)], 30).Should().BeSameAs(set);
    }

    [Fact]
    public void History_is_capped_and_drops_the_oldest_first()
    {
        var set = PreferenceSet.Empty;
        for (var turn = 0; turn <= PreferenceSet.MaxHistory + 5; turn++)
        {
            set = set.Apply([Observe(PreferenceKind.Pacing, $"p{turn}")], turn);
        }

        set.History.Should().HaveCount(PreferenceSet.MaxHistory);
        set.History[0].Value.Should().Be("p5");
        set.History[^1].Value.Should().Be($"p{PreferenceSet.MaxHistory + 4}");
        set.Current(PreferenceKind.Pacing)!.Value.Should().Be($"p{PreferenceSet.MaxHistory + 5}");
    }

    [Theory]
    [InlineData(double.NaN, 0)]
    [InlineData(-1, 0)]
    [InlineData(1.5, 0.99)]
    [InlineData(double.PositiveInfinity, 0.99)]
    public void Out_of_range_confidence_is_clamped_below_1(double given, double stored) =>
        PreferenceSet.Empty.Apply([Observe(PreferenceKind.Font, "Inter", confidence: given)], 1).Current(PreferenceKind.Font)!.Confidence.Should().Be(stored);

    [Fact]
    public void Applying_nothing_returns_the_same_set() =>
        PreferenceSet.Empty.Apply([], 4).Should().BeSameAs(PreferenceSet.Empty);

    [Fact]
    public void Null_observations_are_an_argument_error() =>
        FluentActions.Invoking(() => PreferenceSet.Empty.Apply(null!, 1)).Should().Throw<ArgumentNullException>().WithParameterName("observations");

    [Fact]
    public void A_negative_turn_is_an_argument_error() =>
        FluentActions.Invoking(() => PreferenceSet.Empty.Apply([], -1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("turn");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void An_observation_without_a_value_is_an_argument_error(string? value) =>
        FluentActions.Invoking(() => PreferenceSet.Empty.Apply([Observe(PreferenceKind.Color, value!)], 1))
            .Should().Throw<ArgumentException>().WithParameterName("observations");

    [Fact]
    public void A_null_observation_is_an_argument_error() =>
        FluentActions.Invoking(() => PreferenceSet.Empty.Apply([null!], 1)).Should().Throw<ArgumentException>().WithParameterName("observations");

    [Theory]
    [InlineData(PreferenceKind.SceneDuration, true)]
    [InlineData(PreferenceKind.Pacing, true)]
    [InlineData(PreferenceKind.VisualStyle, true)]
    [InlineData(PreferenceKind.AnimationStyle, true)]
    [InlineData(PreferenceKind.Font, true)]
    [InlineData(PreferenceKind.Color, false)]
    [InlineData(PreferenceKind.PreferComponent, false)]
    [InlineData(PreferenceKind.AvoidComponent, false)]
    public void Only_colours_and_components_hold_several_values(PreferenceKind kind, bool oneValue) =>
        PreferenceSet.IsSingleValued(kind).Should().Be(oneValue);

    [Fact]
    public void A_set_survives_a_json_round_trip_unchanged()
    {
        var set = PreferenceSet.Empty
            .Apply([Observe(PreferenceKind.SceneDuration, "2", seconds: 2), Observe(PreferenceKind.Color, "navy blue", false, 0.55)], 1)
            .Apply([Observe(PreferenceKind.SceneDuration, "3", seconds: 3, bound: PreferenceBound.AtMost)], 2);

        var json = JsonSerializer.Serialize(set, ContextJsonContext.Default.PreferenceSet);
        var back = JsonSerializer.Deserialize(json, ContextJsonContext.Default.PreferenceSet);

        back.Should().Be(set);
        JsonSerializer.Serialize(back!, ContextJsonContext.Default.PreferenceSet).Should().Be(json);
    }
}
