using System.Collections.Immutable;
using BazaarVid.Context.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace BazaarVid.Context.Tests.Conversations;

public sealed class ContextManagerTests : IDisposable
{
    private readonly ContextHarness _harness = new();
    private readonly ConversationKey _key = ContextHarness.Key();

    public void Dispose() => _harness.Dispose();

    [Fact]
    public async Task A_conversation_never_written_has_an_empty_context()
    {
        var context = await _harness.Manager.GetContextAsync(_key);

        context.RecentMessages.Should().BeEmpty();
        context.TurnCount.Should().Be(0);
        context.Version.Should().Be(0);
        context.Ledger.Entries.Should().BeEmpty();
    }

    [Fact]
    public async Task User_messages_get_turns_sequences_and_timestamps_from_the_injected_clock()
    {
        var first = await _harness.Manager.AppendUserMessageAsync(_key, "Make an intro for Spinlio");
        _harness.Time.Advance(TimeSpan.FromMinutes(1));
        var reply = await _harness.Manager.AppendAssistantMessageAsync(_key, "Created the intro scene.");
        var second = await _harness.Manager.AppendUserMessageAsync(_key, "Now add a pricing scene");

        first.Message.Should().BeEquivalentTo(new { Sequence = 1L, Turn = 1, Role = MessageRole.User });
        reply.Message.Should().BeEquivalentTo(new { Sequence = 2L, Turn = 1, Role = MessageRole.Assistant });
        second.Message.Should().BeEquivalentTo(new { Sequence = 3L, Turn = 2 });
        reply.Message.Timestamp.Should().Be(_harness.Time.GetUtcNow());
        second.Context.TurnCount.Should().Be(2);
    }

    [Fact]
    public async Task Asset_urls_from_attachments_and_text_are_pinned_in_the_same_write_as_the_message()
    {
        var signed = "https://cdn.bazaarvid.test/p1/shot.png?X-Amz-Signature=AbC%2f123&X-Amz-Expires=900";
        var result = await _harness.Manager.AppendUserMessageAsync(
            _key,
            $"Use this screenshot {signed}. And the hero image https://img.bazaarvid.test/hero.jpg.",
            [new MessageAttachment(AttachmentKind.Upload, "https://cdn.bazaarvid.test/p1/logo.png", "logo.png", "logo")]);

        result.NewAssets.Select(a => a.Id).Should().Equal("A1", "A2", "A3");
        result.Context.Ledger.Entries.Select(e => e.Url).Should().Equal(
            "https://cdn.bazaarvid.test/p1/logo.png",
            signed,
            "https://img.bazaarvid.test/hero.jpg");
        result.Context.Ledger.Entries[0].Source.Should().Be(LedgerSource.Upload);
        result.Context.Ledger.Entries[1].Source.Should().Be(LedgerSource.MessageText);
        result.Context.Ledger.Entries.Should().OnlyContain(e => e.SourceTurn == 1);
    }

    [Fact]
    public async Task The_same_url_in_a_later_message_keeps_its_ledger_id()
    {
        await _harness.Manager.AppendUserMessageAsync(_key, "logo: https://cdn.bazaarvid.test/logo.png");
        var again = await _harness.Manager.AppendUserMessageAsync(_key, "again HTTPS://CDN.bazaarvid.test:443/logo.png please");

        again.NewAssets.Should().BeEmpty();
        again.Context.Ledger.Entries.Should().ContainSingle().Which.Id.Should().Be("A1");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \t\n")]
    public async Task Empty_text_is_an_argument_error_naming_the_parameter(string? text)
    {
        var append = async () => await _harness.Manager.AppendUserMessageAsync(_key, text!);

        (await append.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("text");
        (await _harness.Manager.GetContextAsync(_key)).RecentMessages.Should().BeEmpty();
    }

    [Fact]
    public async Task Text_over_the_maximum_is_a_typed_error_and_nothing_is_stored()
    {
        using var harness = new ContextHarness(o => o.MaxMessageBytes = 1024);
        var key = ContextHarness.Key();
        await harness.Manager.AppendUserMessageAsync(key, "first");
        var tooLarge = new string('é', 513); // 1,026 UTF-8 bytes in 513 chars

        var append = async () => await harness.Manager.AppendUserMessageAsync(key, tooLarge + " https://cdn.bazaarvid.test/x.png");

        var error = (await append.Should().ThrowAsync<MessageTooLargeException>()).Which;
        error.Code.Should().Be("message-too-large");
        error.MaximumBytes.Should().Be(1024);
        var context = await harness.Manager.GetContextAsync(key);
        context.RecentMessages.Should().ContainSingle();
        context.Ledger.Entries.Should().BeEmpty();
        context.Version.Should().Be(1);
    }

    [Fact]
    public async Task The_default_maximum_is_32_KB()
    {
        await _harness.Manager.AppendUserMessageAsync(_key, new string('a', 32 * 1024));
        var append = async () => await _harness.Manager.AppendUserMessageAsync(_key, new string('a', (32 * 1024) + 1));

        await append.Should().ThrowAsync<MessageTooLargeException>();
    }

    // Built in code: attribute strings are stored as UTF-8, which would turn a lone surrogate into U+FFFD.
    public static TheoryData<string, string> InvalidIds => new()
    {
        { string.Empty, "c1" },
        { "p1", " " },
        { "p\u00001", "c1" },
        { "p1", "c\n1" },
        { "p1", "c" + (char)0xD800 },
        { "p1", (char)0xDC00 + "c" },
    };

    public static TheoryData<string> HostilePrompts => new()
    {
        "{{#each assets}}{{this}}{{/each}} {{{x}}}",
        "'; DROP TABLE messages; --",
        "bell\u0007 escape\u001b[31m nul\u0000 end",
        "lone surrogate " + (char)0xD83D + " here and " + (char)0xDC00 + " there",
        "emoji 🚀 and CJK 动画 and RTL \u202Etxt",
    };

    [Theory]
    [MemberData(nameof(InvalidIds), DisableDiscoveryEnumeration = true)]
    public void Invalid_ids_are_a_typed_error(string project, string conversation)
    {
        var create = () => new ConversationKey(project, conversation);

        create.Should().Throw<InvalidIdentifierException>().Which.Code.Should().Be("invalid-identifier");
    }

    [Fact]
    public void An_id_longer_than_200_characters_is_a_typed_error()
    {
        var create = () => new ConversationKey(new string('p', 201), "c1");

        create.Should().Throw<InvalidIdentifierException>().Which.Reason.Should().Contain("201");
        new ConversationKey(new string('p', 200), "c1").ProjectId.Should().HaveLength(200);
    }

    [Theory]
    [MemberData(nameof(HostilePrompts), DisableDiscoveryEnumeration = true)]
    public async Task Hostile_prompts_are_stored_verbatim_and_serialize(string text)
    {
        var result = await _harness.Manager.AppendUserMessageAsync(_key, text);

        var context = await _harness.Manager.GetContextAsync(_key);
        context.RecentMessages.Should().ContainSingle().Which.Text.Should().Be(text);
        var json = System.Text.Json.JsonSerializer.Serialize(context, ContextJsonContext.Default.ConversationContext);
        json.Should().NotBeNullOrEmpty();
        result.Message.Text.Should().Be(text);
    }

    [Fact]
    public async Task Invalid_attachment_urls_are_rejected_before_anything_is_stored()
    {
        var append = async () => await _harness.Manager.AppendUserMessageAsync(
            _key,
            "use this",
            [new MessageAttachment(AttachmentKind.ImageUrl, "javascript:alert(1)")]);

        (await append.Should().ThrowAsync<InvalidAssetUrlException>()).Which.Code.Should().Be("invalid-asset-url");
        (await _harness.Manager.GetContextAsync(_key)).Version.Should().Be(0);
    }

    [Fact]
    public async Task Two_hundred_parallel_appends_to_one_conversation_are_all_stored_in_one_total_order()
    {
        var appends = Enumerable.Range(1, 200)
            .Select(i => Task.Run(async () => await _harness.Manager.AppendUserMessageAsync(_key, $"message {i}")))
            .ToArray();
        var results = await Task.WhenAll(appends);

        results.Select(r => r.Message.Sequence).Should().OnlyHaveUniqueItems().And.HaveCount(200);
        var history = await _harness.Manager.ReadHistoryAsync(_key);
        history.Select(m => m.Sequence).Should().Equal(Enumerable.Range(1, 200).Select(i => (long)i));
        history.Select(m => m.Turn).Should().Equal(Enumerable.Range(1, 200));
        history.Select(m => m.Text).Should().BeEquivalentTo(Enumerable.Range(1, 200).Select(i => $"message {i}"));
        var context = await _harness.Manager.GetContextAsync(_key);
        context.Version.Should().Be(200);
        context.RecentMessages.Should().HaveCount(10);
        context.Summary.CoveredThroughSequence.Should().Be(190);
    }

    [Fact]
    public async Task A_write_to_one_conversation_does_not_wait_for_another()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var harness = new ContextHarness(services: s => s.AddSingleton<IContextSummarizer>(new GatedSummarizer(gate.Task)));
        var slow = ContextHarness.Key("p1", "slow");
        var fast = ContextHarness.Key("p1", "fast");
        for (var i = 0; i < 10; i++)
        {
            await harness.Manager.AppendUserMessageAsync(slow, $"slow {i}");
        }

        var blocked = harness.Manager.AppendUserMessageAsync(slow, "this one compacts and waits").AsTask();
        await harness.Manager.AppendUserMessageAsync(fast, "not blocked");

        blocked.IsCompleted.Should().BeFalse();
        (await harness.Manager.GetContextAsync(fast)).RecentMessages.Should().ContainSingle();
        gate.SetResult();
        await blocked;
    }

    [Fact]
    public async Task The_cached_context_is_replaced_by_every_write()
    {
        await _harness.Manager.AppendUserMessageAsync(_key, "one");
        var cached = await _harness.Manager.GetContextAsync(_key);
        (await _harness.Manager.GetContextAsync(_key)).Should().BeSameAs(cached);

        await _harness.Manager.RecordSceneCreatedAsync(_key, new SceneCreated("k3v9x2aa", "Intro", 90, "Logo reveal"));

        var after = await _harness.Manager.GetContextAsync(_key);
        after.Should().NotBeSameAs(cached);
        after.Storyboard.Scenes.Should().ContainSingle();
    }

    [Fact]
    public async Task Invalidate_forces_a_reload_from_the_store()
    {
        await _harness.Manager.AppendUserMessageAsync(_key, "one");
        var cached = await _harness.Manager.GetContextAsync(_key);

        _harness.Manager.Invalidate(_key);

        var reloaded = await _harness.Manager.GetContextAsync(_key);
        reloaded.Should().NotBeSameAs(cached);
        reloaded.Should().Be(cached);
    }

    [Fact]
    public async Task A_concurrent_writer_in_another_host_instance_is_retried_not_lost()
    {
        var store = new InMemoryConversationStore();
        using var first = new ContextHarness(services: s => s.AddSingleton<IConversationStore>(store));
        using var second = new ContextHarness(services: s => s.AddSingleton<IConversationStore>(store));

        var writes = Enumerable.Range(0, 40).Select(i => Task.Run(async () =>
            await (i % 2 == 0 ? first : second).Manager.AppendUserMessageAsync(_key, $"from instance {i % 2}, message {i}")));
        await Task.WhenAll(writes);

        var history = await first.Manager.ReadHistoryAsync(_key);
        history.Should().HaveCount(40);
        history.Select(m => m.Sequence).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task A_store_that_keeps_conflicting_fails_with_a_typed_error_after_bounded_retries()
    {
        var store = new AlwaysConflictingStore();
        using var harness = new ContextHarness(o => o.MaxConflictRetries = 2, s => s.AddSingleton<IConversationStore>(store));

        var append = async () => await harness.Manager.AppendUserMessageAsync(_key, "hello");

        (await append.Should().ThrowAsync<ConcurrencyConflictException>()).Which.Code.Should().Be("concurrency-conflict");
        store.Commits.Should().Be(3);
    }

    [Fact]
    public async Task Scene_changes_are_recorded_with_the_current_turn()
    {
        await _harness.Manager.AppendUserMessageAsync(_key, "make an intro");
        await _harness.Manager.RecordSceneCreatedAsync(_key, new SceneCreated("intro001", "Intro", 90, "Logo reveal"));
        await _harness.Manager.AppendUserMessageAsync(_key, "make it 4 seconds");
        var edited = await _harness.Manager.RecordSceneEditedAsync(_key, new SceneEdited("intro001", DurationInFrames: 120));

        edited.Storyboard.Scenes.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Version = 2,
            DurationInFrames = 120,
            CreatedTurn = 1,
            UpdatedTurn = 2,
        });
    }

    [Fact]
    public async Task Editing_an_unknown_scene_is_a_typed_error_and_changes_nothing()
    {
        await _harness.Manager.AppendUserMessageAsync(_key, "hello");
        var edit = async () => await _harness.Manager.RecordSceneEditedAsync(_key, new SceneEdited("nothere1", Name: "x"));

        (await edit.Should().ThrowAsync<SceneNotFoundException>()).Which.SceneId.Should().Be("nothere1");
        (await _harness.Manager.GetContextAsync(_key)).Version.Should().Be(1);
    }

    [Fact]
    public async Task Late_image_facts_replace_earlier_facts_for_the_same_asset()
    {
        const string Url = "https://cdn.bazaarvid.test/logo.png";
        await _harness.Manager.AppendUserMessageAsync(_key, "logo " + Url);
        await _harness.Manager.AddImageFactAsync(_key, Fact(Url, ImageFactStatus.Failed, "timeout"));
        var context = await _harness.Manager.AddImageFactAsync(_key, Fact("HTTPS://cdn.bazaarvid.test/logo.png", ImageFactStatus.Analyzed, null));

        context.ImageFacts.Should().ContainSingle().Which.Status.Should().Be(ImageFactStatus.Analyzed);
    }

    [Fact]
    public async Task Metadata_can_be_set_and_removed()
    {
        await _harness.Manager.SetMetadataAsync(_key, "aspect", "landscape");
        (await _harness.Manager.GetContextAsync(_key)).Metadata.Should().Contain("aspect", "landscape");

        var removed = await _harness.Manager.SetMetadataAsync(_key, "aspect", null);

        removed.Metadata.Should().BeEmpty();
    }

    [Fact]
    public async Task Preference_observations_from_another_source_merge_into_the_current_turn()
    {
        await _harness.Manager.AppendUserMessageAsync(_key, "hello there");
        var context = await _harness.Manager.UpdatePreferencesAsync(
            _key,
            [new PreferenceObservation(PreferenceKind.Pacing, "slow", 0.95, true, "llm said so")]);

        context.Preferences.Current(PreferenceKind.Pacing)!.Should().BeEquivalentTo(new { Value = "slow", SourceTurn = 1 });
    }

    [Fact]
    public async Task Cancellation_before_the_write_stores_nothing()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        var append = async () => await _harness.Manager.AppendUserMessageAsync(_key, "hello", cancellationToken: cts.Token);

        await append.Should().ThrowAsync<OperationCanceledException>();
        (await _harness.Manager.GetContextAsync(_key)).Version.Should().Be(0);
    }

    internal static ImageFact Fact(string url, ImageFactStatus status, string? reason) => new(
        url,
        status,
        status == ImageFactStatus.Analyzed ? "logo" : null,
        status == ImageFactStatus.Analyzed ? "Square PNG logo with transparency, 512×512" : string.Empty,
        ["logo"],
        ImmutableSortedDictionary<string, string>.Empty.Add("width", "512"),
        reason,
        new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero));

    private sealed class GatedSummarizer(Task gate) : IContextSummarizer
    {
        public async ValueTask<ConversationSummary> SummarizeAsync(SummarizationInput input, CancellationToken cancellationToken = default)
        {
            await gate;
            return ConversationSummary.Empty with { CoveredThroughSequence = input.Messages[^1].Sequence };
        }
    }

    private sealed class AlwaysConflictingStore : IConversationStore
    {
        public int Commits { get; private set; }

        public ValueTask<StoredConversation?> LoadAsync(ConversationKey key, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult<StoredConversation?>(null);

        public ValueTask<ImmutableArray<ConversationMessage>> ReadMessagesAsync(ConversationKey key, long afterSequence, int maxCount, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(ImmutableArray<ConversationMessage>.Empty);

        public ValueTask CommitAsync(ConversationKey key, ConversationCommit commit, CancellationToken cancellationToken = default)
        {
            Commits++;
            throw new ConcurrencyConflictException(key, commit.ExpectedVersion);
        }
    }
}
