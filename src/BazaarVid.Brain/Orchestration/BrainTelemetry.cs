using System.Diagnostics.Metrics;
using BazaarVid.Context;

namespace BazaarVid.Brain;

/// <summary>The brain's instruments on the shared <c>BazaarVid</c> meter.</summary>
internal static class BrainTelemetry
{
    public static Histogram<double> DecisionDuration { get; } = BazaarVidTelemetry.Meter.CreateHistogram<double>(
        "bazaarvid.brain.decision_duration", unit: "ms", description: "Intent analysis and routing of one turn.");

    public static Histogram<double> TurnDuration { get; } = BazaarVidTelemetry.Meter.CreateHistogram<double>(
        "bazaarvid.brain.turn_duration", unit: "ms", description: "One whole turn.");

    public static Counter<long> ValidationFailures { get; } = BazaarVidTelemetry.Meter.CreateCounter<long>(
        "bazaarvid.brain.validation_failures", description: "Generated scene code rejected by validation.");

    public static Counter<long> Repairs { get; } = BazaarVidTelemetry.Meter.CreateCounter<long>(
        "bazaarvid.brain.repairs", description: "Repair requests sent to the LLM generator.");
}
