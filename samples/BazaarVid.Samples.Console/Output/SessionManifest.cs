using System.Collections.Immutable;

namespace BazaarVid.Samples.Console.Output;

/// <summary>One scene in the manifest: where its code is.</summary>
public sealed record ManifestScene(string Id, int Index, string Name, int DurationInFrames, int Version, string CodeFile);

/// <summary>A preference as learned: kind, value and the turn that stated it.</summary>
public sealed record ManifestPreference(string Kind, string Value, int Turn, bool Explicit);

/// <summary><c>session.json</c>: what the session produced.</summary>
public sealed record SessionManifest(
    string Project,
    string Conversation,
    int Turns,
    ImmutableArray<ManifestScene> Scenes,
    ImmutableArray<ManifestPreference> Preferences,
    ImmutableArray<string> AssetUrls,
    string AssetBaseUrl,
    string AssetFolder,
    double AssetRetention,
    int ValidScenes,
    int InvalidTurns,
    double DecisionP50Ms,
    double DecisionP95Ms,
    double TurnP50Ms,
    double TurnP95Ms);

/// <summary>The <c>validate</c> command's JSON.</summary>
public sealed record ValidateOutput(bool Valid, ImmutableArray<FindingOut> Errors, ImmutableArray<FindingOut> Warnings);
