using BazaarVid.Context;
using Microsoft.Extensions.DependencyInjection;

namespace BazaarVid.Assets.Tests.Analysis;

/// <summary>A real <see cref="IContextManager"/> (from AddBazaarVidContext) and a processor over it.</summary>
internal sealed class ProcessorHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public ProcessorHarness(IImageAnalyzer analyzer, Action<ImageAnalysisOptions>? configure = null, TimeProvider? time = null, Func<IContextManager, IContextManager>? wrapContext = null)
    {
        _services = new ServiceCollection().AddBazaarVidContext().BuildServiceProvider();
        Context = _services.GetRequiredService<IContextManager>();
        Options = new ImageAnalysisOptions();
        configure?.Invoke(Options);
        Analyzer = analyzer;
        Processor = new ChannelImageProcessor(wrapContext?.Invoke(Context) ?? Context, analyzer, Microsoft.Extensions.Options.Options.Create(Options), time ?? TimeProvider.System);
    }

    public IContextManager Context { get; }

    public ImageAnalysisOptions Options { get; }

    public IImageAnalyzer Analyzer { get; }

    public ChannelImageProcessor Processor { get; }

    public static ConversationKey Conversation(Asset asset) => new(asset.ProjectId, asset.ConversationId);

    public async Task<ConversationContext> ContextOf(Asset asset) => await Context.GetContextAsync(Conversation(asset));

    public async ValueTask DisposeAsync()
    {
        await Processor.DisposeAsync();
        await _services.DisposeAsync();
    }
}
