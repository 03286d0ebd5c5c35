namespace BazaarVid.Context.Tests.Preferences;

/// <summary>A realistic 30-prompt session about Spinlio, a cyber-security product, replayed turn by turn.</summary>
public sealed class SpinlioSessionTests
{
    private static readonly string[] Prompts =
    [
        "Make an intro for Spinlio, a cyber security company. Dark and fast.",                  // 1
        "Here's our logo: https://cdn.spinlio.test/brand/logo.svg",                             // 2
        "Each scene should be 2 seconds.",                                                      // 3
        "Add neon accents, like electric blue and purple.",                                     // 4
        "Smooth animations please, nothing bouncy.",                                            // 5
        "No emojis.",                                                                           // 6
        "Always show our logo in the top-right corner.",                                        // 7
        "Make scene 2 four seconds, the dashboard needs more time.",                            // 8
        "Can you add a scene about real-time threat detection?",                                // 9
        "Use Space Grotesk for the headlines.",                                                 // 10
        "A quick question: can the tagline be bigger?",                                         // 11
        "Make it punchy!",                                                                      // 12
        "Don't use stock photos, use the screenshots I uploaded.",                              // 13
        "The background should be #0A0F1C.",                                                    // 14
        "Make the third scene 5 seconds.",                                                      // 15
        "Add a scene showing the dashboard screenshot with the alert count.",                   // 16
        "There's a glitch in scene 4, the text overlaps the logo.",                             // 17
        "make it 3 seconds",                                                                    // 18
        "No problem, thanks!",                                                                  // 19
        "Actually make scenes 3 seconds.",                                                      // 20
        "Keep it dark and minimal.",                                                            // 21
        "Make the CTA scene playful with a bouncy button.",                                     // 22
        "From now on, no gradients.",                                                           // 23
        "Use slow motion on the lock animation in scene 5.",                                    // 24
        "The render is slow today, no rush.",                                                   // 25
        "Include the tagline \"Stop threats before they spin up\" in every scene.",             // 26
        "Not too slow on the outro though.",                                                    // 27
        "Can you make scene 6 fade to black?",                                                  // 28
        "Looks great. Export it.",                                                              // 29
        "Thanks, that's perfect.",                                                              // 30
    ];

    private static readonly Lazy<PreferenceSet> Final = new(() => Replay(Prompts.Length));

    [Fact]
    public void The_scene_duration_is_3_seconds_and_the_history_keeps_2_seconds_until_turn_20()
    {
        var duration = Final.Value.Current(PreferenceKind.SceneDuration)!;
        duration.Seconds.Should().Be(3);
        duration.Bound.Should().Be(PreferenceBound.Exactly);
        duration.Explicit.Should().BeTrue();
        duration.SourceTurn.Should().Be(20);

        var old = Final.Value.History.Should().ContainSingle(p => p.Kind == PreferenceKind.SceneDuration).Subject;
        old.Seconds.Should().Be(2);
        old.SourceTurn.Should().Be(3);
        old.ValidUntilTurn.Should().Be(20);
    }

    [Fact]
    public void Edits_of_one_scene_never_touched_the_duration_preference()
    {
        foreach (var turn in new[] { 8, 15, 18 })
        {
            PreferenceKit.Extract(Prompts[turn - 1]).Observations.Should().BeEmpty($"turn {turn} edits one scene");
        }

        Replay(19).Current(PreferenceKind.SceneDuration)!.Seconds.Should().Be(2);
    }

    [Fact]
    public void The_pacing_is_fast_confirmed_by_make_it_punchy()
    {
        var pacing = Final.Value.Current(PreferenceKind.Pacing)!;

        pacing.Value.Should().Be("fast");
        pacing.SourceTurn.Should().Be(1);
        pacing.LastConfirmedTurn.Should().Be(12);
        pacing.Confidence.Should().BeGreaterThan(0.55);
        Final.Value.History.Should().NotContain(p => p.Kind == PreferenceKind.Pacing);
    }

    [Fact]
    public void The_style_is_the_stated_dark_and_minimal_and_the_implied_playful_scene_did_not_override_it()
    {
        var style = Final.Value.Current(PreferenceKind.VisualStyle)!;

        style.Value.Should().Be("dark, minimal");
        style.Explicit.Should().BeTrue();
        style.SourceTurn.Should().Be(21);
        Final.Value.History.Should().ContainSingle(p => p.Kind == PreferenceKind.VisualStyle)
            .Which.Should().Match<Preference>(p => p.Value == "dark" && !p.Explicit && p.ValidUntilTurn == 21);
        Final.Value.Active.Concat(Final.Value.History).Should().NotContain(p => p.Value.Contains("playful"));
    }

    [Fact]
    public void The_animation_stays_smooth_because_bouncy_and_fade_were_about_one_scene()
    {
        Final.Value.Current(PreferenceKind.AnimationStyle)!.Value.Should().Be("smooth");
        Final.Value.History.Should().NotContain(p => p.Kind == PreferenceKind.AnimationStyle);
    }

    [Fact]
    public void Neon_accents_and_the_background_colour_are_remembered() =>
        Final.Value.All(PreferenceKind.Color).Select(p => p.Value).Should().Equal("neon", "electric blue", "purple", "#0A0F1C");

    [Fact]
    public void The_headline_font_is_space_grotesk() =>
        Final.Value.Current(PreferenceKind.Font)!.Value.Should().Be("Space Grotesk");

    [Fact]
    public void No_emojis_stock_photos_or_gradients_and_always_the_logo_and_tagline()
    {
        Final.Value.All(PreferenceKind.AvoidComponent).Select(p => p.Value).Should().Equal("emojis", "stock photos", "gradients");
        Final.Value.All(PreferenceKind.PreferComponent).Select(p => p.Value).Should().Equal("logo", "tagline");
        Final.Value.All(PreferenceKind.AvoidComponent).Concat(Final.Value.All(PreferenceKind.PreferComponent))
            .Should().OnlyContain(p => p.Explicit && p.Confidence >= 0.9);
    }

    [Fact]
    public void Chit_chat_questions_and_complaints_teach_nothing()
    {
        foreach (var turn in new[] { 2, 9, 11, 16, 17, 19, 24, 25, 29, 30 })
        {
            PreferenceKit.Extract(Prompts[turn - 1]).Observations.Should().BeEmpty($"turn {turn} states no preference");
        }
    }

    [Fact]
    public void Nothing_was_rejected_and_replaying_the_session_gives_the_same_set()
    {
        Prompts.SelectMany(p => PreferenceKit.Extract(p).Rejections).Should().BeEmpty();
        Replay(Prompts.Length).Should().Be(Final.Value);
    }

    private static PreferenceSet Replay(int turns)
    {
        var set = PreferenceSet.Empty;
        for (var turn = 1; turn <= turns; turn++)
        {
            set = set.Apply(PreferenceKit.Extract(Prompts[turn - 1]).Observations, turn);
        }

        return set;
    }
}
