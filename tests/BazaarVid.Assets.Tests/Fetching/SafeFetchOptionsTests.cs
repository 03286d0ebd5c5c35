namespace BazaarVid.Assets.Tests.Fetching;

public sealed class SafeFetchOptionsTests
{
    private static readonly SafeFetchOptionsValidator Validator = new();

    [Fact]
    public void The_defaults_are_valid_and_match_the_documentation()
    {
        var options = new SafeFetchOptions();

        Validator.Validate(null, options).Succeeded.Should().BeTrue();
        options.MaxBytes.Should().Be(20 * 1024 * 1024);
        options.Timeout.Should().Be(TimeSpan.FromSeconds(10));
        options.MaxRedirects.Should().Be(3);
        options.AllowList.Should().BeEmpty();
    }

    [Fact]
    public void Valid_allow_list_entries_pass()
    {
        var options = new SafeFetchOptions();
        options.AllowList.Add("127.0.0.1");
        options.AllowList.Add("10.0.0.0/8");
        options.AllowList.Add("fd00::/8");
        options.AllowList.Add("images.intranet");

        Validator.Validate(null, options).Succeeded.Should().BeTrue();
    }

    [Theory]
    [InlineData("MaxBytes")]
    [InlineData("Timeout")]
    [InlineData("MaxRedirects")]
    [InlineData("AllowList")]
    [InlineData("UserAgent")]
    public void An_out_of_range_option_fails_validation(string name)
    {
        var options = new SafeFetchOptions();
        switch (name)
        {
            case "MaxBytes": options.MaxBytes = 0; break;
            case "Timeout": options.Timeout = TimeSpan.Zero; break;
            case "MaxRedirects": options.MaxRedirects = 11; break;
            case "AllowList": options.AllowList.Add("10.0.0.1/8"); break;
            default: options.UserAgent = string.Empty; break;
        }

        var result = Validator.Validate(null, options);

        result.Failed.Should().BeTrue();
        result.FailureMessage.Should().Contain(name);
    }
}
