using System.Collections.Immutable;
using BazaarVid.Assets;
using BazaarVid.Brain.Tests.TestSupport;
using BazaarVid.Context;
using Microsoft.Extensions.DependencyInjection;

namespace BazaarVid.Brain.Tests.Orchestration;

/// <summary>Image analysis runs beside the turns: a turn never waits for it, and its fact reaches the next turn.</summary>
public sealed class ImageAnalysisTurnTests : IDisposable
{
    private const string Summary = "Spinlio logo: a cyan spiral on a transparent background";
    private static readonly ConversationKey Key = new("p1", "c1");

    private readonly ScriptedChatClient _chat = new();
    private readonly GatedImageAnalyzer _analyzer = new();

    [Fact]
    public async Task A_turn_with_an_upload_completes_while_its_analysis_is_pending_and_the_next_turn_gets_the_fact()
    {
        await using var harness = new BrainHarness(s => s.AddSingleton<IImageAnalyzer>(_analyzer), b => b.UseChatClient(_chat));
        _chat.For(ChatKinds.Intent).Returns(ModelAnswers.NewScene).Returns(ModelAnswers.NewScene);
        _chat.For(ChatKinds.Text).Answers(ModelAnswers.Code(p => ModelAnswers.ListedUrl(p, "A1"))).Answers(ModelAnswers.Code());

        var first = await harness.SendAsync("Make an intro with this logo", "c1", "files/spinlio-logo.png");

        first.Decision.Type.Should().Be(DecisionType.NewScene);
        first.Scene.Should().NotBeNull();
        (await harness.Scenes.ListAsync("p1", "c1")).Should().ContainSingle();
        _analyzer.Released.Should().BeFalse("the turn finished with the analysis still held");
        (await harness.Context.GetContextAsync(Key)).ImageFacts.Should().BeEmpty();
        _chat.RequestsOf(ChatKinds.Text)[0].UserText.Should().NotContain("IMAGE FACTS");

        _analyzer.Release();
        var facts = await harness.Provider.GetRequiredService<IAsyncImageProcessor>().WaitForFactsAsync($"p1/c1/{first.Turn}", TimeSpan.FromSeconds(30));

        var logoUrl = first.NewAssets.Should().ContainSingle().Subject.Url;
        facts.Should().ContainSingle().Which.Should().BeEquivalentTo(new { AssetUrl = logoUrl, Status = ImageFactStatus.Analyzed, Summary });
        var context = await harness.Context.GetContextAsync(Key);
        context.ImageFacts.Should().ContainSingle().Which.Summary.Should().Be(Summary);

        var second = await harness.SendAsync("Add a scene with the tagline \"Fast and safe\"");

        second.Scene.Should().NotBeNull();
        _chat.RequestsOf(ChatKinds.Text)[1].UserText.Should().Contain("IMAGE FACTS (from analysis of the assets):\n- A1: " + Summary);
        _chat.Unscripted.Should().BeEmpty();
    }

    public void Dispose()
    {
        _analyzer.Release();
        _chat.Dispose();
    }

    /// <summary>An analyzer that answers only once the test releases it (or its token is cancelled).</summary>
    private sealed class GatedImageAnalyzer : IImageAnalyzer
    {
        private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Released => _gate.Task.IsCompleted;

        public void Release() => _gate.TrySetResult();

        public async ValueTask<ImageAnalysis> AnalyzeAsync(Asset asset, CancellationToken cancellationToken = default)
        {
            await _gate.Task.WaitAsync(cancellationToken);
            return new ImageAnalysis("logo", Summary, ["logo", "transparent"], ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal));
        }
    }
}
