using System.Threading.Channels;

namespace BazaarVid.Assets.Tests.Analysis;

public sealed class ImageAnalysisOptionsTests
{
    private static readonly ImageAnalysisOptionsValidator Validator = new();

    [Fact]
    public void The_defaults_are_valid_and_match_the_documentation()
    {
        var options = new ImageAnalysisOptions();

        Validator.Validate(null, options).Succeeded.Should().BeTrue();
        options.Workers.Should().Be(2);
        options.QueueCapacity.Should().Be(1_000);
        options.QueueFullMode.Should().Be(BoundedChannelFullMode.Wait);
        options.JobTimeout.Should().Be(TimeSpan.FromSeconds(30));
        options.DefaultWait.Should().Be(TimeSpan.Zero);
        options.DrainTimeout.Should().Be(TimeSpan.FromSeconds(10));
        options.MaxRetainedRequests.Should().Be(1_000);
    }

    [Theory]
    [InlineData(nameof(ImageAnalysisOptions.Workers))]
    [InlineData(nameof(ImageAnalysisOptions.QueueCapacity))]
    [InlineData(nameof(ImageAnalysisOptions.QueueFullMode))]
    [InlineData(nameof(ImageAnalysisOptions.JobTimeout))]
    [InlineData(nameof(ImageAnalysisOptions.DefaultWait))]
    [InlineData(nameof(ImageAnalysisOptions.DrainTimeout))]
    [InlineData(nameof(ImageAnalysisOptions.MaxRetainedRequests))]
    public void An_out_of_range_option_fails_validation(string name)
    {
        var options = new ImageAnalysisOptions();
        switch (name)
        {
            case nameof(ImageAnalysisOptions.Workers): options.Workers = 0; break;
            case nameof(ImageAnalysisOptions.QueueCapacity): options.QueueCapacity = 0; break;
            case nameof(ImageAnalysisOptions.QueueFullMode): options.QueueFullMode = (BoundedChannelFullMode)42; break;
            case nameof(ImageAnalysisOptions.JobTimeout): options.JobTimeout = TimeSpan.Zero; break;
            case nameof(ImageAnalysisOptions.DefaultWait): options.DefaultWait = TimeSpan.FromMinutes(2); break;
            case nameof(ImageAnalysisOptions.DrainTimeout): options.DrainTimeout = TimeSpan.FromSeconds(-1); break;
            default: options.MaxRetainedRequests = -1; break;
        }

        var result = Validator.Validate(null, options);

        result.Failed.Should().BeTrue();
        result.FailureMessage.Should().Contain(name);
    }
}
