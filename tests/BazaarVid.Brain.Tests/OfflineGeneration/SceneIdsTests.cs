namespace BazaarVid.Brain.Tests.OfflineGeneration;

public sealed class SceneIdsTests
{
    [Theory]
    [InlineData("abcd1234", true)]
    [InlineData("00000000", true)]
    [InlineData("ABCD1234", false)]
    [InlineData("abcd123", false)]
    [InlineData("abcd12345", false)]
    [InlineData("abcd-123", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Ids_are_8_lowercase_letters_or_digits(string? id, bool valid)
    {
        SceneIds.IsValid(id).Should().Be(valid);
    }

    [Fact]
    public void Derived_ids_are_valid_stable_and_spread()
    {
        var ids = Enumerable.Range(0, 2000).Select(turn => SceneIds.Derive("project", "conversation", turn)).ToList();

        ids.Should().OnlyContain(id => SceneIds.IsValid(id));
        ids.Should().OnlyHaveUniqueItems();
        SceneIds.Derive("project", "conversation", 5).Should().Be(ids[5]);
        SceneIds.Derive("project", "conversation", 5, attempt: 1).Should().NotBe(ids[5]);
        ids.Should().OnlyContain(id => char.IsAsciiLetterLower(id[0]));
        SceneIds.Derive("project", "other", 5).Should().NotBe(ids[5]);
    }

    [Fact]
    public void Deriving_needs_a_project_and_a_conversation()
    {
        ((Action)(() => SceneIds.Derive(null!, "c", 1))).Should().Throw<ArgumentNullException>();
        ((Action)(() => SceneIds.Derive("p", null!, 1))).Should().Throw<ArgumentNullException>();
    }
}
