namespace BazaarVid.Context;

/// <summary>Reads preferences (duration, pacing, style, colours, fonts, components) from one user message.</summary>
public interface IPreferenceExtractor
{
    /// <summary>Extracts preferences from <paramref name="text"/>. Deterministic for the default implementation; never throws for any string.</summary>
    PreferenceExtraction Extract(string text);
}
