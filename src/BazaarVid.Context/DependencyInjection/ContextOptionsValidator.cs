using Microsoft.Extensions.Options;

namespace BazaarVid.Context;

/// <summary>Validates <see cref="ContextOptions"/> (source-generated from its data annotations).</summary>
[OptionsValidator]
public sealed partial class ContextOptionsValidator : IValidateOptions<ContextOptions>;
