namespace BazaarVid.Context.Tests.Budget;

public sealed class TokenEstimatorTests
{
    private readonly CharacterClassTokenEstimator _estimator = CharacterClassTokenEstimator.Instance;

    [Fact]
    public void Empty_text_costs_nothing_and_a_message_costs_its_overhead()
    {
        _estimator.Estimate(string.Empty).Should().Be(0);
        _estimator.EstimateMessage(string.Empty).Should().Be(CharacterClassTokenEstimator.MessageOverhead);
    }

    [Fact]
    public void English_prose_is_about_four_characters_per_token()
    {
        const string Text = "Make an intro scene for Spinlio with a dark background and a fast logo reveal that feels modern";

        var tokens = _estimator.Estimate(Text);

        ((double)Text.Length / tokens).Should().BeInRange(3.5, 5.5);
    }

    [Fact]
    public void Cjk_is_about_one_character_per_token()
    {
        const string Text = "为我们的网络安全产品制作一个快速的深色开场动画";

        _estimator.Estimate(Text).Should().Be(Text.Length);
    }

    [Fact]
    public void Urls_and_digits_are_denser_than_prose_of_the_same_length()
    {
        const string Prose = "please make the whole video feel calm and quite elegant";
        var url = "https://cdn.bazaarvid.test/p1/a7/logo-v2.png?sig=9f8a7";
        var digits = "31415926535897932384626433832795028841971693993751058";

        _estimator.Estimate(url).Should().BeGreaterThan(_estimator.Estimate(Prose.AsSpan(0, url.Length)));
        _estimator.Estimate(digits).Should().BeGreaterThan(_estimator.Estimate(Prose.AsSpan(0, digits.Length)));
    }

    [Fact]
    public void Estimates_grow_with_text()
    {
        var previous = 0;
        for (var words = 1; words < 50; words++)
        {
            var tokens = _estimator.Estimate(string.Join(' ', Enumerable.Repeat("scene", words)));
            tokens.Should().BeGreaterThanOrEqualTo(previous);
            previous = tokens;
        }
    }

    [Fact]
    public void Lone_surrogates_and_emoji_are_counted_without_throwing()
    {
        var text = "a" + (char)0xD800 + "b 🚀🚀 c" + (char)0xDC00;

        _estimator.Estimate(text).Should().BePositive();
    }
}
