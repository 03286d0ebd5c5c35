using Board = BazaarVid.Context.Storyboard;

namespace BazaarVid.Context.Tests.Storyboard;

public sealed class StoryboardTests
{
    private static readonly AssetLedger Ledger = AssetLedger.Empty
        .Add(new AssetReference("https://cdn.example.test/logo.png", LedgerSource.Upload), 1)
        .Add(new AssetReference("https://cdn.example.test/shot.png", LedgerSource.Upload), 2);

    [Fact]
    public void Created_scenes_are_ordered_and_linked_by_follows_edges()
    {
        var board = Board.Empty
            .Create(new SceneCreated("intro001", "Intro", 90, "Logo"), 1, Ledger)
            .Create(new SceneCreated("price001", "Pricing", 120, "Plans"), 2, Ledger);

        board.Scenes.Select(s => (s.Id, s.Order)).Should().Equal(("intro001", 1), ("price001", 2));
        board.Relationships.Should().ContainSingle(r => r.Kind == RelationshipKind.Follows)
            .Which.Should().Be(new SceneRelationship("price001", "intro001", RelationshipKind.Follows, 2));
    }

    [Fact]
    public void Inserting_at_a_position_renumbers_and_relinks()
    {
        var board = Board.Empty
            .Create(new SceneCreated("a0000001", "A", 90, string.Empty), 1, Ledger)
            .Create(new SceneCreated("c0000001", "C", 90, string.Empty), 2, Ledger)
            .Create(new SceneCreated("b0000001", "B", 90, string.Empty, Position: 2), 3, Ledger);

        board.Scenes.Select(s => s.Id).Should().Equal("a0000001", "b0000001", "c0000001");
        board.Relationships.Where(r => r.Kind == RelationshipKind.Follows).Select(r => (r.From, r.To))
            .Should().BeEquivalentTo([("b0000001", "a0000001"), ("c0000001", "b0000001")]);
    }

    [Fact]
    public void Asset_and_link_edges_are_recorded_with_their_turn()
    {
        var board = Board.Empty
            .Create(new SceneCreated("intro001", "Intro", 90, "Logo", AssetUrls: ["https://cdn.example.test/logo.png"]), 1, Ledger)
            .Create(new SceneCreated("outro001", "Outro", 90, "End", Links: [new SceneLink("intro001", RelationshipKind.SharesStyleWith)]), 3, Ledger);

        board.Relationships.Should().Contain(new SceneRelationship("intro001", "A1", RelationshipKind.UsesAsset, 1));
        board.Relationships.Should().Contain(new SceneRelationship("outro001", "intro001", RelationshipKind.SharesStyleWith, 3));
    }

    [Fact]
    public void An_edit_bumps_the_version_and_replaces_asset_edges_when_given()
    {
        var board = Board.Empty
            .Create(new SceneCreated("intro001", "Intro", 90, "Logo", AssetUrls: ["https://cdn.example.test/logo.png"]), 1, Ledger)
            .Create(new SceneCreated("other001", "Other", 90, "x"), 1, Ledger)
            .Edit(new SceneEdited("intro001", AssetUrls: ["https://cdn.example.test/shot.png"], Links: [new SceneLink("other001", RelationshipKind.References)]), 4, Ledger);

        var scene = board.Find("intro001")!;
        scene.Version.Should().Be(2);
        scene.UpdatedTurn.Should().Be(4);
        board.Relationships.Where(r => r.Kind == RelationshipKind.UsesAsset).Should().ContainSingle().Which.To.Should().Be("A2");
        board.Relationships.Should().Contain(new SceneRelationship("intro001", "other001", RelationshipKind.References, 4));
    }

    [Fact]
    public void Deleting_soft_deletes_and_removes_every_edge_touching_the_scene()
    {
        var board = Board.Empty
            .Create(new SceneCreated("a0000001", "A", 90, string.Empty), 1, Ledger)
            .Create(new SceneCreated("b0000001", "B", 90, string.Empty, Links: [new SceneLink("a0000001", RelationshipKind.VariantOf)]), 2, Ledger)
            .Create(new SceneCreated("c0000001", "C", 90, string.Empty), 3, Ledger)
            .Delete("b0000001", 5);

        board.Scenes.Select(s => (s.Id, s.Order)).Should().Equal(("a0000001", 1), ("c0000001", 2));
        board.DeletedScenes.Should().ContainSingle().Which.DeletedTurn.Should().Be(5);
        board.Relationships.Should().NotContain(r => r.From == "b0000001" || r.To == "b0000001");
        board.Relationships.Should().Contain(new SceneRelationship("c0000001", "a0000001", RelationshipKind.Follows, 5));
    }

    [Theory]
    [InlineData(14)]
    [InlineData(1801)]
    [InlineData(0)]
    public void Durations_outside_15_to_1800_frames_are_refused(int frames)
    {
        var create = () => Board.Empty.Create(new SceneCreated("a0000001", "A", frames, string.Empty), 1, Ledger);

        create.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void A_reused_id_even_of_a_deleted_scene_is_refused()
    {
        var board = Board.Empty.Create(new SceneCreated("a0000001", "A", 90, string.Empty), 1, Ledger).Delete("a0000001", 2);

        var create = () => board.Create(new SceneCreated("a0000001", "A again", 90, string.Empty), 3, Ledger);

        create.Should().Throw<SceneAlreadyExistsException>().Which.Code.Should().Be("scene-already-exists");
    }

    [Fact]
    public void Links_to_unknown_scenes_or_of_structural_kinds_are_refused()
    {
        var board = Board.Empty.Create(new SceneCreated("a0000001", "A", 90, string.Empty), 1, Ledger);

        var unknown = () => board.Create(new SceneCreated("b0000001", "B", 90, string.Empty, Links: [new SceneLink("zzzzzzzz", RelationshipKind.References)]), 2, Ledger);
        var structural = () => board.Create(new SceneCreated("b0000001", "B", 90, string.Empty, Links: [new SceneLink("a0000001", RelationshipKind.Follows)]), 2, Ledger);

        unknown.Should().Throw<SceneNotFoundException>();
        structural.Should().Throw<ArgumentException>();
    }
}
