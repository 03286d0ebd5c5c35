using System.Collections.Immutable;

namespace BazaarVid.Context.Tests.Ledger;

public sealed class AssetLedgerTests
{
    [Fact]
    public void Ids_are_short_stable_and_in_arrival_order()
    {
        var ledger = AssetLedger.Empty
            .Add(new AssetReference("https://cdn.example.test/a.png", LedgerSource.Upload), 1)
            .Add(new AssetReference("https://cdn.example.test/b.png", LedgerSource.Attachment), 2)
            .Add(new AssetReference("https://cdn.example.test/c.png", LedgerSource.MessageText), 2);

        ledger.Entries.Select(e => (e.Id, e.SourceTurn)).Should().Equal(("A1", 1), ("A2", 2), ("A3", 2));
    }

    [Fact]
    public void A_known_url_merges_tags_and_missing_details_into_its_entry()
    {
        var ledger = AssetLedger.Empty
            .Add(new AssetReference("https://cdn.example.test/a.png", LedgerSource.MessageText), 1)
            .Add(new AssetReference("HTTPS://cdn.example.test/a.png", LedgerSource.Upload, "a.png", "logo", ImmutableArray.Create("Logo", "transparent")), 3);

        var entry = ledger.Entries.Should().ContainSingle().Subject;
        entry.Should().BeEquivalentTo(new { Id = "A1", SourceTurn = 1, FileName = "a.png", MediaType = "logo", Url = "https://cdn.example.test/a.png" });
        entry.Tags.Should().Equal("logo", "transparent");
    }

    [Fact]
    public void Adding_a_known_url_with_nothing_new_returns_the_same_ledger()
    {
        var ledger = AssetLedger.Empty.Add(new AssetReference("https://cdn.example.test/a.png", LedgerSource.Upload, "a.png"), 1);

        ledger.Add(new AssetReference("https://cdn.example.test/a.png", LedgerSource.MessageText), 4).Should().BeSameAs(ledger);
    }

    [Fact]
    public void Find_by_url_and_id()
    {
        var ledger = AssetLedger.Empty.Add(new AssetReference("https://cdn.example.test/a.png", LedgerSource.Upload), 1);

        ledger.FindByUrl("https://CDN.example.test:443/a.png")!.Id.Should().Be("A1");
        ledger.FindById("A1")!.Url.Should().Be("https://cdn.example.test/a.png");
        ledger.FindById("A2").Should().BeNull();
    }
}
