using BazaarVid.Brain.Tests.Decisions.TestSupport;

namespace BazaarVid.Brain.Tests.Decisions.Sessions;

/// <summary>Replays the scripted sessions through the real context manager and pins every decision of the offline analyzer.</summary>
public sealed class ScriptedIntentSessionTests
{
    private static readonly IntentScript Script = IntentScript.Load();

    public static TheoryData<string> SessionNames => [.. Script.Sessions.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(SessionNames))]
    public async Task Every_turn_of_the_session_gets_the_scripted_decision(string name)
    {
        using var story = new Storyline(Script.Project, Script.Conversation, Script.Fps);
        var session = Script.Session(name);
        for (var i = 0; i < session.Turns.Length; i++)
        {
            var turn = session.Turns[i];
            var because = $"turn {i + 1} of {name}: \"{turn.User}\"";
            var request = await story.SayAsync(turn.User, turn.Scenes.IsDefault ? null : turn.Scenes, turn.Uploads.IsDefault ? null : turn.Uploads);

            var decision = await new OfflineIntentAnalyzer().AnalyzeAsync(request);

            request.AttachedAssetUrls.Should().Equal(turn.Uploads.IsDefault ? [] : turn.Uploads, "only this message's uploads are attached ({0})", because);
            AssertDecision(decision, turn.Expect, because);
            if (decision.TargetSceneId is { } target)
            {
                request.Context.Storyboard.Find(target).Should().NotBeNull("a target is always a live scene ({0})", because);
            }

            await IntentScript.ApplyAsync(story, turn.Apply);
        }
    }

    [Fact]
    public async Task The_same_session_gives_byte_identical_decisions_twice()
    {
        var first = await DecideAllAsync("spinlio-30");
        var second = await DecideAllAsync("spinlio-30");

        second.Should().Equal(first);
    }

    private static async Task<List<BrainDecision>> DecideAllAsync(string name)
    {
        using var story = new Storyline(Script.Project, Script.Conversation, Script.Fps);
        var decisions = new List<BrainDecision>();
        foreach (var turn in Script.Session(name).Turns)
        {
            var request = await story.SayAsync(turn.User, turn.Scenes.IsDefault ? null : turn.Scenes, turn.Uploads.IsDefault ? null : turn.Uploads);
            decisions.Add(OfflineIntentAnalyzer.Analyze(request));
            await IntentScript.ApplyAsync(story, turn.Apply);
        }

        return decisions;
    }

    internal static void AssertDecision(BrainDecision decision, ExpectedDecision expect, string because)
    {
        decision.Type.ToString().Should().Be(expect.Type, "{0}; reasoning: {1}; question: {2}", because, decision.Reasoning, decision.ClarificationQuestion);
        decision.TargetSceneId.Should().Be(expect.Target, because);
        decision.ReferencedSceneIds.Should().Equal(expect.References.IsDefault ? [] : expect.References, because);
        (decision.EditKind?.ToString()).Should().Be(expect.Kind, because);
        if (expect.Kind is not null)
        {
            decision.EditKind.Should().NotBeNull(because);
        }

        decision.RequestedDurationInFrames.Should().Be(expect.Frames, because);
        decision.InsertPosition.Should().Be(expect.Position, because);
        decision.Reasoning.Should().NotBeNullOrWhiteSpace(because);
        decision.Confidence.Should().BeInRange(0.5, 1.0, because);
        if (decision.Type == DecisionType.AskClarification)
        {
            decision.ClarificationQuestion.Should().NotBeNullOrWhiteSpace(because);
        }
        else
        {
            decision.ClarificationQuestion.Should().BeNull(because);
        }

        if (expect.QuestionIs is not null)
        {
            decision.ClarificationQuestion.Should().Be(expect.QuestionIs, because);
        }

        foreach (var part in expect.QuestionContains.IsDefault ? [] : expect.QuestionContains)
        {
            decision.ClarificationQuestion.Should().Contain(part, because);
        }
    }
}
