namespace BazaarVid.Brain.Tests.Styles;

public sealed class StyleAgentOptionsTests
{
    private readonly StyleAgentOptionsValidator _validator = new();

    [Fact]
    public void The_defaults_are_valid_and_cache_for_30_days()
    {
        var options = new StyleAgentOptions();
        _validator.Validate(null, options).Succeeded.Should().BeTrue();
        options.CacheTtl.Should().Be(TimeSpan.FromDays(30));
    }

    [Theory]
    [InlineData(nameof(StyleAgentOptions.CacheTtl))]
    [InlineData(nameof(StyleAgentOptions.ResearchTimeout))]
    [InlineData(nameof(StyleAgentOptions.MemoryCacheCapacity))]
    [InlineData(nameof(StyleAgentOptions.MaxQueryLength))]
    public void Out_of_range_values_are_reported_by_name(string property)
    {
        var options = new StyleAgentOptions();
        switch (property)
        {
            case nameof(StyleAgentOptions.CacheTtl): options.CacheTtl = TimeSpan.FromMinutes(1); break;
            case nameof(StyleAgentOptions.ResearchTimeout): options.ResearchTimeout = TimeSpan.Zero; break;
            case nameof(StyleAgentOptions.MemoryCacheCapacity): options.MemoryCacheCapacity = -1; break;
            default: options.MaxQueryLength = 2; break;
        }

        var result = _validator.Validate(null, options);

        result.Failed.Should().BeTrue();
        result.FailureMessage.Should().Contain(property);
    }
}
