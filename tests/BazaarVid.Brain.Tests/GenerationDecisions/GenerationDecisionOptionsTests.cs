namespace BazaarVid.Brain.Tests.GenerationDecisions;

public sealed class GenerationDecisionOptionsTests
{
    private readonly GenerationDecisionOptionsValidator _validator = new();

    [Fact]
    public void The_defaults_are_valid() => _validator.Validate(null, new GenerationDecisionOptions()).Succeeded.Should().BeTrue();

    public static TheoryData<string, Action<GenerationDecisionOptions>> InvalidSettings() => new()
    {
        { nameof(GenerationDecisionOptions.JsonThenCodeThreshold), o => o.JsonThenCodeThreshold = 0 },
        { nameof(GenerationDecisionOptions.ElementWeight), o => o.ElementWeight = -1 },
        { nameof(GenerationDecisionOptions.LayoutCueWeight), o => o.LayoutCueWeight = 101 },
        { nameof(GenerationDecisionOptions.AnimationCueWeight), o => o.AnimationCueWeight = -5 },
        { nameof(GenerationDecisionOptions.AssetWeight), o => o.AssetWeight = 1000 },
        { nameof(GenerationDecisionOptions.EditDiscount), o => o.EditDiscount = -1 },
        { nameof(GenerationDecisionOptions.BaseTokens), o => o.BaseTokens = -1 },
        { nameof(GenerationDecisionOptions.TokensPerElement), o => o.TokensPerElement = 20_000 },
        { nameof(GenerationDecisionOptions.TokensPerAsset), o => o.TokensPerAsset = -1 },
        { nameof(GenerationDecisionOptions.TokensPerCue), o => o.TokensPerCue = -1 },
        { nameof(GenerationDecisionOptions.JsonSpecTokens), o => o.JsonSpecTokens = -1 },
        { nameof(GenerationDecisionOptions.MaxAnalyzedCharacters), o => o.MaxAnalyzedCharacters = 10 },
    };

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public void Out_of_range_values_are_reported_by_name(string property, Action<GenerationDecisionOptions> change)
    {
        var options = new GenerationDecisionOptions();
        change(options);

        var result = _validator.Validate(null, options);

        result.Failed.Should().BeTrue();
        result.FailureMessage.Should().Contain(property);
    }
}
