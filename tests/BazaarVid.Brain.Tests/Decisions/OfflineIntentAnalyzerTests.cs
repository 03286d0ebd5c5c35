using BazaarVid.Brain.Tests.Decisions.TestSupport;
using BazaarVid.Context;

namespace BazaarVid.Brain.Tests.Decisions;

/// <summary>
/// Decision tables over one storyboard: 1 Intro, 2 Tagline, 3 Feature cards, 4 Pricing cards, 5 Testimonial;
/// the Tagline was edited last, so "it" is scene 2.
/// </summary>
public sealed class OfflineIntentAnalyzerTests
{
    private const string Logo = "https://cdn.bazaarvid.test/acme/logo.png";
    private const string Upload = "https://cdn.bazaarvid.test/acme/team.png";

    [Theory]
    [InlineData("make it bigger", "tagln001")]
    [InlineData("make this bigger", "tagln001")]
    [InlineData("make that scene red", "tagln001")]
    [InlineData("make the scene faster", "tagln001")]
    [InlineData("make the most recent scene blue", "tagln001")]
    [InlineData("make scene 3 blue", "feat0001")]
    [InlineData("make scene three blue", "feat0001")]
    [InlineData("make scene #3 blue", "feat0001")]
    [InlineData("make the third scene blue", "feat0001")]
    [InlineData("make the 3rd scene blue", "feat0001")]
    [InlineData("make the first scene blue", "intro001")]
    [InlineData("make the last scene blue", "testi001")]
    [InlineData("make the previous scene blue", "intro001")]
    [InlineData("make the next scene blue", "feat0001")]
    [InlineData("make the second one red", "tagln001")]
    [InlineData("make the last one red", "testi001")]
    [InlineData("make the logo scene red", "intro001")]
    [InlineData("make the pricing one red", "price001")]
    [InlineData("change the testimonial to navy blue", "testi001")]
    [InlineData("make the testimonial slower", "testi001")]
    [InlineData("Make the logo bigger in the intro.", "intro001")]
    [InlineData("add a glow to the intro", "intro001")]
    [InlineData("recolor the pricing scene to gold", "price001")]
    [InlineData("Can you make the feature cards scene slide in from the right?", "feat0001")]
    [InlineData("move the logo to the top left", "tagln001")]
    [InlineData("replace the background with a gradient", "tagln001")]
    [InlineData("fade the title in slowly", "tagln001")]
    [InlineData("slide it in from the left", "tagln001")]
    [InlineData("swap the headline font in the tagline", "tagln001")]
    [InlineData("make the title say \"Delete scene 2\"", "tagln001")]
    [InlineData("how about making it blue?", "tagln001")]
    [InlineData("add sparkles to the scene", "tagln001")]
    [InlineData("make it smaller and slower", "tagln001")]
    public async Task A_surgical_edit_targets_the_scene_the_prompt_means(string prompt, string target)
    {
        var decision = await DecideAsync(prompt);

        decision.Type.Should().Be(DecisionType.EditScene, decision.ClarificationQuestion ?? decision.Reasoning);
        decision.TargetSceneId.Should().Be(target);
        decision.EditKind.Should().Be(EditKind.Surgical);
        decision.RequestedDurationInFrames.Should().BeNull();
        decision.ReferencedSceneIds.Should().BeEmpty();
    }

    [Theory]
    [InlineData("redesign it", "tagln001")]
    [InlineData("make it more exciting", "tagln001")]
    [InlineData("make it completely different", "tagln001")]
    [InlineData("make it look like an Apple ad", "tagln001")]
    [InlineData("rework the intro", "intro001")]
    [InlineData("give the pricing scene a retro vibe", "price001")]
    [InlineData("Make the intro glitchy.", "intro001")]
    public async Task A_redesign_or_style_change_is_creative(string prompt, string target)
    {
        var decision = await DecideAsync(prompt);

        decision.Type.Should().Be(DecisionType.EditScene);
        decision.TargetSceneId.Should().Be(target);
        decision.EditKind.Should().Be(EditKind.Creative);
    }

    [Theory]
    [InlineData("make scene 2 4 seconds", "tagln001", 120)]
    [InlineData("make it 3s", "tagln001", 90)]
    [InlineData("shorten the intro to 2 seconds", "intro001", 60)]
    [InlineData("90 frames", "tagln001", 90)]
    [InlineData("make the intro 1.5 seconds", "intro001", 45)]
    [InlineData("make it last half a second", "tagln001", 15)]
    [InlineData("shorten it by 1 second", "tagln001", 30)]
    [InlineData("make the testimonial 2 seconds longer", "testi001", 60)]
    [InlineData("make it shorter", "tagln001", 45)]
    [InlineData("cut the intro to 2 seconds", "intro001", 60)]
    [InlineData("make the pricing scene a minute", "price001", 1800)]
    public async Task A_duration_only_change_is_duration_only_with_frames_at_the_project_fps(string prompt, string target, int frames)
    {
        var decision = await DecideAsync(prompt);

        decision.Type.Should().Be(DecisionType.EditScene, decision.ClarificationQuestion ?? decision.Reasoning);
        decision.TargetSceneId.Should().Be(target);
        decision.EditKind.Should().Be(EditKind.DurationOnly);
        decision.RequestedDurationInFrames.Should().Be(frames);
        decision.Reasoning.Should().Contain($"to {frames} frames");
    }

    [Fact]
    public async Task Seconds_become_frames_at_the_fps_of_the_request()
    {
        using var story = await StandardStoryAsync(fps: 60);

        var decision = OfflineIntentAnalyzer.Analyze(await story.RequestAsync("make scene 2 4 seconds"));

        decision.RequestedDurationInFrames.Should().Be(240);
    }

    [Theory]
    [InlineData("make the title bigger and 3 seconds long", 90)]
    [InlineData("make it blue and 2 seconds", 60)]
    public async Task A_duration_with_another_change_is_surgical_and_keeps_the_duration(string prompt, int frames)
    {
        var decision = await DecideAsync(prompt);

        decision.EditKind.Should().Be(EditKind.Surgical);
        decision.RequestedDurationInFrames.Should().Be(frames);
    }

    [Theory]
    [InlineData("make it faster")]
    [InlineData("make the logo appear after 2 seconds")]
    [InlineData("make the headline shorter")]
    public async Task Speed_and_element_timing_are_not_a_scene_duration(string prompt)
    {
        var decision = await DecideAsync(prompt);

        decision.Type.Should().Be(DecisionType.EditScene);
        decision.EditKind.Should().Be(EditKind.Surgical);
        decision.RequestedDurationInFrames.Should().BeNull();
    }

    [Theory]
    [InlineData("use the same background as scene 1", "tagln001", "intro001")]
    [InlineData("use the same background as scene 1 for the pricing scene", "price001", "intro001")]
    [InlineData("Use the same background as scene 1 for the testimonial.", "testi001", "intro001")]
    [InlineData("make the testimonial similar to the intro", "testi001", "intro001")]
    [InlineData("copy the font from the pricing scene", "tagln001", "price001")]
    public async Task A_scene_named_as_a_source_is_referenced_not_targeted(string prompt, string target, string reference)
    {
        var decision = await DecideAsync(prompt);

        decision.Type.Should().Be(DecisionType.EditScene);
        decision.TargetSceneId.Should().Be(target);
        decision.ReferencedSceneIds.Should().Equal(reference);
        decision.Reasoning.Should().Contain("referencing scene");
    }

    [Theory]
    [InlineData("add a scene")]
    [InlineData("create a new scene with our team photo")]
    [InlineData("make one more scene")]
    [InlineData("add another scene")]
    [InlineData("another one")]
    [InlineData("one more")]
    [InlineData("add a pricing scene")]
    [InlineData("make an intro for Acme")]
    [InlineData("then show the founders")]
    [InlineData("Next, a scene with the founders")]
    [InlineData("Add a testimonial: \"Acme stopped 3 breaches in week one\" - Dana, CISO.")]
    [InlineData("add a countdown")]
    [InlineData("show our office in Berlin")]
    public async Task A_request_for_a_new_scene_creates_one(string prompt)
    {
        var decision = await DecideAsync(prompt);

        decision.Type.Should().Be(DecisionType.NewScene, decision.ClarificationQuestion ?? decision.Reasoning);
        decision.TargetSceneId.Should().BeNull();
        decision.EditKind.Should().BeNull();
        decision.InsertPosition.Should().BeNull();
        decision.Reasoning.Should().StartWith("New scene: ");
    }

    [Theory]
    [InlineData("add a scene after scene 2", 3, "tagln001")]
    [InlineData("add a scene before the testimonial", 5, "testi001")]
    [InlineData("insert a scene between scene 1 and scene 2", 2, "intro001,tagln001")]
    [InlineData("add a scene at the start", 1, "")]
    public async Task Positional_creation_sets_the_insert_position_and_references(string prompt, int position, string references)
    {
        var decision = await DecideAsync(prompt);

        decision.Type.Should().Be(DecisionType.NewScene);
        decision.InsertPosition.Should().Be(position);
        decision.ReferencedSceneIds.Should().Equal(references.Split(',', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task A_new_scene_in_the_style_of_another_references_it_and_appends()
    {
        var decision = await DecideAsync("add a scene in the same style as scene 1");

        decision.Type.Should().Be(DecisionType.NewScene);
        decision.ReferencedSceneIds.Should().Equal("intro001");
        decision.InsertPosition.Should().BeNull();
    }

    [Fact]
    public async Task A_new_scene_with_a_duration_asks_for_it_in_frames()
    {
        var decision = await DecideAsync("add a 5 second outro");

        decision.Type.Should().Be(DecisionType.NewScene);
        decision.RequestedDurationInFrames.Should().Be(150);
    }

    [Theory]
    [InlineData("show this")]
    [InlineData("add this logo")]
    [InlineData("Here is our team photo")]
    [InlineData("add this one, please")]
    public async Task An_upload_with_show_or_add_and_no_target_is_a_new_scene(string prompt)
    {
        var decision = await DecideAsync(prompt, assets: [Upload]);

        decision.Type.Should().Be(DecisionType.NewScene, decision.ClarificationQuestion ?? decision.Reasoning);
    }

    [Theory]
    [InlineData("add this logo to the intro", "intro001")]
    [InlineData("make it bigger", "tagln001")]
    [InlineData("use this as the background", "tagln001")]
    [InlineData("put this in the top right corner of scene 3", "feat0001")]
    public async Task An_upload_with_an_edit_of_a_scene_is_an_edit(string prompt, string target)
    {
        var decision = await DecideAsync(prompt, assets: [Upload]);

        decision.Type.Should().Be(DecisionType.EditScene, decision.ClarificationQuestion ?? decision.Reasoning);
        decision.TargetSceneId.Should().Be(target);
    }

    [Theory]
    [InlineData("delete scene 2", "tagln001")]
    [InlineData("remove scene two", "tagln001")]
    [InlineData("drop the pricing scene", "price001")]
    [InlineData("get rid of the third scene", "feat0001")]
    [InlineData("cut scene 2", "tagln001")]
    [InlineData("Delete the pricing scene.", "price001")]
    [InlineData("remove the last one", "testi001")]
    [InlineData("delete it", "tagln001")]
    [InlineData("delete this scene", "tagln001")]
    [InlineData("trash the testimonial", "testi001")]
    [InlineData("please delete the logo scene", "intro001")]
    public async Task Deleting_a_scene_targets_that_scene(string prompt, string target)
    {
        var decision = await DecideAsync(prompt);

        decision.Type.Should().Be(DecisionType.DeleteScene, decision.ClarificationQuestion ?? decision.Reasoning);
        decision.TargetSceneId.Should().Be(target);
        decision.EditKind.Should().BeNull();
        decision.Reasoning.Should().StartWith("Delete scene ");
    }

    [Theory]
    [InlineData("remove the logo from scene 2", "tagln001", null)]
    [InlineData("remove the logo", "tagln001", null)]
    [InlineData("delete the intro's logo", "intro001", null)]
    [InlineData("hide the title in scene 3", "feat0001", null)]
    [InlineData("cut the intro to 2 seconds", "intro001", 60)]
    public async Task Removing_something_from_a_scene_is_an_edit_not_a_delete(string prompt, string target, int? frames)
    {
        var decision = await DecideAsync(prompt);

        decision.Type.Should().Be(DecisionType.EditScene, decision.ClarificationQuestion ?? decision.Reasoning);
        decision.TargetSceneId.Should().Be(target);
        decision.RequestedDurationInFrames.Should().Be(frames);
    }

    [Theory]
    [InlineData("make it better", "What should change in scene 2 \"Tagline\"?")]
    [InlineData("improve the intro", "What should change in scene 1 \"Intro\"?")]
    [InlineData("fix it", "What should change in scene 2 \"Tagline\"?")]
    [InlineData("hmm", "scene 1 \"Intro\", scene 2 \"Tagline\", scene 3 \"Feature cards\", scene 4 \"Pricing cards\" or scene 5 \"Testimonial\"")]
    [InlineData("?", "What would you like me to do?")]
    [InlineData("ok", "What would you like me to do?")]
    [InlineData("idk", "What would you like me to do?")]
    [InlineData("thanks!", "What would you like me to do?")]
    [InlineData("make the card scene blue", "Which scene do you mean by \"the card scene\": scene 3 \"Feature cards\" or scene 4 \"Pricing cards\"?")]
    [InlineData("make scene 9 blue", "There is no scene 9: the storyboard has 5 scenes: scene 1 \"Intro\", scene 2 \"Tagline\", scene 3 \"Feature cards\", scene 4 \"Pricing cards\" and scene 5 \"Testimonial\". Which one do you mean?")]
    [InlineData("delete scene 9", "There is no scene 9")]
    [InlineData("make the seventh scene red", "There is no the seventh scene")]
    [InlineData("make the weather scene blue", "I can't find the weather scene. Which scene do you mean: scene 1 \"Intro\"")]
    [InlineData("make the intro and the testimonial red", "I change one scene at a time. Which scene should I change first: scene 1 \"Intro\" or scene 5 \"Testimonial\"?")]
    [InlineData("delete scene 2 and scene 3", "I delete one scene at a time. Which scene should I delete first: scene 2 \"Tagline\" or scene 3 \"Feature cards\"?")]
    [InlineData("make it 90 seconds", "A scene can last 15 to 1800 frames (0.5 to 60 seconds at 30 fps); 2700 frames is outside that. How long should scene 2 \"Tagline\" be?")]
    [InlineData("make it 5 frames", "5 frames is outside that")]
    [InlineData("add a 2 minute scene", "How long should the new scene be?")]
    [InlineData("make all scenes 3 seconds", "Should I also update the existing scenes: scene 1 \"Intro\"")]
    [InlineData("Use the Inter font for all text.", "Noted: I'll apply that to new scenes.")]
    [InlineData("No emojis anywhere please", "Noted")]
    [InlineData("Looks great. Export it.", "I can't export from here")]
    [InlineData("Move the testimonial before the intro.", "I can't reorder scenes yet")]
    [InlineData("swap scene 2 and scene 3", "I can't reorder scenes yet")]
    public async Task A_prompt_that_cannot_be_acted_on_asks_back_and_names_the_options(string prompt, string question)
    {
        var decision = await DecideAsync(prompt);

        decision.Type.Should().Be(DecisionType.AskClarification, decision.Reasoning);
        decision.ClarificationQuestion.Should().Contain(question);
        decision.TargetSceneId.Should().BeNull();
        decision.ReferencedSceneIds.Should().BeEmpty();
        decision.Reasoning.Should().NotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData("What fonts are you using?")]
    [InlineData("Is the logo visible in every scene?")]
    [InlineData("why is the logo so small?")]
    [InlineData("Which scene has the pricing?")]
    public async Task A_pure_question_is_echoed_back_as_the_clarification_question(string prompt)
    {
        var decision = await DecideAsync(prompt);

        decision.Type.Should().Be(DecisionType.AskClarification);
        decision.ClarificationQuestion.Should().Be(prompt);
        decision.Reasoning.Should().Be("The prompt is a question to the assistant, not a request to change the video; it is echoed back to be answered.");
    }

    [Theory]
    [InlineData("Can you make it bigger?")]
    [InlineData("Could you add a pricing scene?")]
    [InlineData("Is it possible to make the intro faster?")]
    [InlineData("make it blue?")]
    public async Task A_request_phrased_as_a_question_is_still_a_request(string prompt)
    {
        var decision = await DecideAsync(prompt);

        decision.Type.Should().NotBe(DecisionType.AskClarification, decision.ClarificationQuestion);
    }

    [Fact]
    public async Task A_scene_attached_to_this_message_is_the_target_of_it()
    {
        var decision = await DecideAsync("make it red", scenes: ["feat0001"]);

        decision.Type.Should().Be(DecisionType.EditScene);
        decision.TargetSceneId.Should().Be("feat0001");
        decision.Confidence.Should().Be(0.95);
        decision.Reasoning.Should().Contain("attached to this message");
    }

    [Fact]
    public async Task A_vague_prompt_with_an_attached_scene_asks_about_that_scene()
    {
        var decision = await DecideAsync("make it better", scenes: ["feat0001"]);

        decision.Type.Should().Be(DecisionType.AskClarification);
        decision.ClarificationQuestion.Should().StartWith("What should change in scene 3 \"Feature cards\"?");
    }

    [Fact]
    public async Task Deleting_this_with_an_attached_scene_deletes_the_attached_scene()
    {
        var decision = await DecideAsync("delete this", scenes: ["price001"]);

        decision.Type.Should().Be(DecisionType.DeleteScene);
        decision.TargetSceneId.Should().Be("price001");
    }

    [Fact]
    public async Task A_named_target_wins_and_the_attached_scene_becomes_a_reference()
    {
        var decision = await DecideAsync("make scene 1 look like this", scenes: ["feat0001"]);

        decision.TargetSceneId.Should().Be("intro001");
        decision.ReferencedSceneIds.Should().Equal("feat0001");
        decision.EditKind.Should().Be(EditKind.Creative);
    }

    [Fact]
    public async Task A_new_scene_like_the_attached_one_references_it()
    {
        var decision = await DecideAsync("add another one like this", scenes: ["price001"]);

        decision.Type.Should().Be(DecisionType.NewScene);
        decision.ReferencedSceneIds.Should().Equal("price001");
    }

    [Fact]
    public async Task Two_attached_scenes_and_no_named_target_ask_which_one()
    {
        var decision = await DecideAsync("make it bigger", scenes: ["intro001", "price001"]);

        decision.Type.Should().Be(DecisionType.AskClarification);
        decision.ClarificationQuestion.Should().Be("This message has 2 scenes attached. Which one should I change: scene 1 \"Intro\" or scene 4 \"Pricing cards\"?");
    }

    [Fact]
    public async Task An_attached_scene_that_is_not_live_asks_which_scene_is_meant()
    {
        var decision = await DecideAsync("make it bigger", scenes: ["gone0001"]);

        decision.Type.Should().Be(DecisionType.AskClarification);
        decision.ClarificationQuestion.Should().StartWith("A scene attached to this message is not in the storyboard any more. Which scene do you mean: scene 1 \"Intro\"");
    }

    [Fact]
    public async Task Attachments_of_an_earlier_message_never_pick_the_target()
    {
        using var story = new Storyline();
        await story.UserAsync("Make an intro for Acme with our logo.", uploads: [Logo]);
        await story.CreateAsync("intro001", "Intro", 60, "Acme logo reveal", assets: [Logo]);
        await story.TurnCreatingAsync("tagln001", "Tagline");
        await story.TurnCreatingAsync("feat0001", "Features");
        await story.UserAsync("Make the tagline blue.");
        await story.EditAsync("tagln001");

        var request = await story.SayAsync("make it bigger");
        var decision = OfflineIntentAnalyzer.Analyze(request);

        request.Context.Storyboard.Relationships.Should().Contain(r => r.From == "intro001" && r.Kind == RelationshipKind.UsesAsset, "the intro used the logo of message 1");
        request.AttachedAssetUrls.Should().BeEmpty();
        decision.TargetSceneId.Should().Be("tagln001", "\"it\" is the most recently edited scene, not the scene that used an earlier upload");
    }

    [Fact]
    public async Task The_most_recent_scene_is_the_highest_updated_turn_and_ties_go_to_the_higher_order()
    {
        using var story = new Storyline();
        await story.UserAsync("Add two scenes.");
        await story.CreateAsync("aaaa0001", "First", 60);
        await story.CreateAsync("bbbb0001", "Second", 60);

        var decision = OfflineIntentAnalyzer.Analyze(await story.RequestAsync("make it red"));

        decision.TargetSceneId.Should().Be("bbbb0001");
    }

    [Fact]
    public async Task A_scene_number_past_the_end_names_every_scene_there_is()
    {
        using var story = new Storyline();
        await story.TurnCreatingAsync("intro001", "Intro");
        await story.TurnCreatingAsync("tagln001", "Tagline");
        await story.TurnCreatingAsync("feat0001", "Features");

        var decision = OfflineIntentAnalyzer.Analyze(await story.SayAsync("make scene 9 blue"));

        decision.Type.Should().Be(DecisionType.AskClarification);
        decision.ClarificationQuestion.Should().Be("There is no scene 9: the storyboard has 3 scenes: scene 1 \"Intro\", scene 2 \"Tagline\" and scene 3 \"Features\". Which one do you mean?");
    }

    [Fact]
    public async Task A_deleted_scene_is_never_a_target()
    {
        using var story = await StandardStoryAsync();
        await story.UserAsync("delete the pricing scene");
        await story.DeleteAsync("price001");

        var decision = OfflineIntentAnalyzer.Analyze(await story.RequestAsync("make the pricing scene blue"));

        decision.Type.Should().Be(DecisionType.AskClarification);
        decision.ClarificationQuestion.Should().StartWith("I can't find the pricing scene.");
        decision.ClarificationQuestion.Should().NotContain("Pricing cards");
    }

    [Theory]
    [InlineData("make it bigger", "There are no scenes yet, so there is nothing to change. What should the first scene show?")]
    [InlineData("Make the intro glitchy.", "There are no scenes yet, so there is nothing to change.")]
    [InlineData("delete the last scene", "There are no scenes yet, so there is nothing to delete.")]
    [InlineData("make it better", "What should the first scene show?")]
    [InlineData("Each scene should be 2 seconds.", "Noted: I'll apply that to every scene I make. What should the first scene show?")]
    public async Task With_no_scenes_an_edit_or_delete_asks_back(string prompt, string question)
    {
        using var story = new Storyline();

        var decision = OfflineIntentAnalyzer.Analyze(await story.SayAsync(prompt));

        decision.Type.Should().Be(DecisionType.AskClarification);
        decision.ClarificationQuestion.Should().Contain(question);
    }

    [Theory]
    [InlineData("Make an intro for Spinlio, a cyber security startup. Dark and fast, with neon accents.")]
    [InlineData("A dark, fast intro for Spinlio with neon accents")]
    [InlineData("add a logo")]
    public async Task With_no_scenes_a_description_creates_the_first_scene(string prompt)
    {
        using var story = new Storyline();

        var decision = OfflineIntentAnalyzer.Analyze(await story.SayAsync(prompt));

        decision.Type.Should().Be(DecisionType.NewScene);
    }

    [Fact]
    public async Task Reasoning_and_confidence_are_deterministic_and_name_the_scene()
    {
        var first = await DecideAsync("make the pricing one red");
        var second = await DecideAsync("make the pricing one red");

        second.Should().Be(first);
        first.Reasoning.Should().Be("Edit of scene 4 \"Pricing cards\" (named in the prompt): a precise change.");
        first.Confidence.Should().Be(0.9);
    }

    [Theory]
    [InlineData("make scene 3 blue", 0.95)]
    [InlineData("make the pricing one red", 0.9)]
    [InlineData("make it red", 0.85)]
    [InlineData("make the title red", 0.75)]
    public async Task Confidence_is_higher_the_more_explicitly_the_scene_is_named(string prompt, double confidence)
    {
        var decision = await DecideAsync(prompt);

        decision.Confidence.Should().Be(confidence);
    }

    [Fact]
    public async Task Argument_checks_and_cancellation_are_enforced()
    {
        using var story = await StandardStoryAsync();
        var request = await story.RequestAsync("make it red");
        var analyzer = new OfflineIntentAnalyzer();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await FluentActions.Awaiting(async () => await analyzer.AnalyzeAsync(null!)).Should().ThrowAsync<ArgumentNullException>();
        FluentActions.Invoking(() => OfflineIntentAnalyzer.Analyze(request with { Prompt = null! })).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => OfflineIntentAnalyzer.Analyze(request with { Context = null! })).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => OfflineIntentAnalyzer.Analyze(request with { Fps = 0 })).Should().Throw<ArgumentOutOfRangeException>();
        await FluentActions.Awaiting(async () => await analyzer.AnalyzeAsync(request, cancelled.Token)).Should().ThrowAsync<OperationCanceledException>();
    }

    [Theory]
    [InlineData("🔥🔥🔥")]
    [InlineData("#########")]
    [InlineData("the the the the")]
    [InlineData("scene")]
    [InlineData("scene scene scene 3 3 3")]
    [InlineData("make the 99999999999999th scene blue")]
    [InlineData("make it 1e400 seconds")]
    [InlineData("shorten it by 99999999999 seconds")]
    [InlineData("\"unclosed quote make it bigger")]
    [InlineData("“curly” ‘quotes’ and «guillemets» delete scene 2?")]
    [InlineData("مرحبا، اجعلها أكبر")]
    [InlineData("https://example.com/a.png")]
    [InlineData("...,,,;;;!!!???")]
    [InlineData("a")]
    public async Task Odd_prompts_always_get_a_decision_with_reasoning(string prompt)
    {
        var decision = await DecideAsync(prompt);

        decision.Reasoning.Should().NotBeNullOrWhiteSpace();
        decision.Confidence.Should().BeInRange(0, 1);
        (decision.Type == DecisionType.AskClarification).Should().Be(decision.ClarificationQuestion is not null);
    }

    [Fact]
    public async Task A_very_long_prompt_is_read_without_failing()
    {
        var prompt = string.Concat(Enumerable.Repeat("make the pricing scene a little bit more blue and ", 500)) + new string('x', 5000);

        var decision = await DecideAsync(prompt);

        decision.Type.Should().Be(DecisionType.EditScene);
        decision.TargetSceneId.Should().Be("price001");
    }

    [Fact]
    public async Task Default_attachment_arrays_are_treated_as_empty()
    {
        using var story = await StandardStoryAsync();
        var request = await story.RequestAsync("make it red") with { AttachedSceneIds = default, AttachedAssetUrls = default };

        OfflineIntentAnalyzer.Analyze(request).TargetSceneId.Should().Be("tagln001");
    }

    internal static async Task<Storyline> StandardStoryAsync(int fps = 30)
    {
        var story = new Storyline(fps: fps);
        await story.UserAsync("Make an intro for Acme with our logo.", uploads: [Logo]);
        await story.CreateAsync("intro001", "Intro", 90, "Acme logo reveal on dark background with neon glow", assets: [Logo]);
        await story.TurnCreatingAsync("tagln001", "Tagline", 60, "Tagline: Security that spins up in seconds");
        await story.TurnCreatingAsync("feat0001", "Feature cards", 60, "Three cards: Zero Trust, Real-time alerts, SOC2 ready");
        await story.TurnCreatingAsync("price001", "Pricing cards", 60, "Three plans: Starter, Pro, Enterprise");
        await story.TurnCreatingAsync("testi001", "Testimonial", 60, "Quote from Dana, CISO");
        await story.UserAsync("Make the tagline bigger.");
        await story.EditAsync("tagln001");
        return story;
    }

    private static async Task<BrainDecision> DecideAsync(string prompt, string[]? scenes = null, string[]? assets = null)
    {
        using var story = await StandardStoryAsync();
        return await new OfflineIntentAnalyzer().AnalyzeAsync(await story.SayAsync(prompt, scenes, assets));
    }
}
