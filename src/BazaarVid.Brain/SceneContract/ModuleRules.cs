using System.Globalization;
using System.Text.RegularExpressions;

namespace BazaarVid.Brain;

/// <summary>What the module-level rules learned about a scene, for the API rules that follow.</summary>
internal sealed class SceneModule
{
    public string? SceneId { get; set; }

    public int? DurationInFrames { get; set; }

    /// <summary>Names bound by <c>const { … } = window.Remotion</c>, with the token of their binding.</summary>
    public Dictionary<string, int> RemotionLocals { get; } = new(StringComparer.Ordinal);

    /// <summary>Token ranges [start, end) of the Remotion destructuring statements.</summary>
    public List<(int Start, int End)> RemotionStatements { get; } = [];

    /// <summary>Every name the code declares itself, at any depth (so shadowing a Remotion name is not a missing destructure).</summary>
    public HashSet<string> DeclaredNames { get; } = new(StringComparer.Ordinal);

    /// <summary>The opening brace of every <c>const NAME = { … }</c>, by name (ambiguous names removed).</summary>
    public Dictionary<string, int> ConstObjects { get; } = new(StringComparer.Ordinal);

    public bool InRemotionStatement(int index) => RemotionStatements.Exists(r => index >= r.Start && index < r.End);
}

/// <summary>The module-shape rules: the Remotion destructure, imports and exports, the scene id, top-level names and the duration export.</summary>
internal static partial class ModuleRules
{
    private const string DurationPrefix = "durationInFrames";

    public static SceneModule Check(SceneSource source, SceneContractOptions options, FindingSink sink)
    {
        var module = new SceneModule();
        CheckRemotionDestructure(source, module, sink);
        CollectDeclarations(source, module);

        var bindings = new List<Binding>();
        var defaultExports = new List<int>();
        for (var i = 0; i < source.Count; i++)
        {
            if (source[i].Kind == JsTokenKind.Identifier && source.IsStatementStart(i))
            {
                ReadStatement(source, i, bindings, defaultExports, sink);
            }
        }

        var (sceneId, sceneNameToken) = CheckDefaultExport(source, defaultExports, options, sink);
        var durations = bindings.Where(b => b.Name.StartsWith(DurationPrefix, StringComparison.Ordinal)).ToList();
        module.SceneId = sceneId;

        // Without a usable default export, the duration export's id still lets the other rules run.
        var suffixId = sceneId ?? IdFromDuration(durations);
        module.DurationInFrames = CheckDuration(source, durations, suffixId, sceneNameToken, options, sink);
        CheckSuffixes(source, module, bindings, suffixId, sink);
        return module;
    }

    [GeneratedRegex("^Scene_([a-z0-9]{8})$", RegexOptions.CultureInvariant)]
    private static partial Regex SceneName();

    [GeneratedRegex("^[a-z0-9]{8}$", RegexOptions.CultureInvariant)]
    private static partial Regex SceneIdPattern();

    [GeneratedRegex("^[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerLiteral();

    private static void CollectDeclarations(SceneSource source, SceneModule module)
    {
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < source.Count; i++)
        {
            var token = source[i];
            if (token.Kind != JsTokenKind.Identifier || source.IsMemberName(i)
                || token.Text is not ("const" or "let" or "var" or "function" or "class") || module.InRemotionStatement(i))
            {
                continue;
            }

            var next = source[i + 1];
            if (next.Kind == JsTokenKind.Identifier)
            {
                module.DeclaredNames.Add(next.Text);
                if (token.Text == "const" && source.IsPunct(i + 2, "=") && source.IsPunct(i + 3, "{")
                    && !module.ConstObjects.TryAdd(next.Text, i + 3))
                {
                    ambiguous.Add(next.Text);
                }
            }
            else if (token.Text is "const" or "let" or "var" && (next.IsPunct("{") || next.IsPunct("[")))
            {
                foreach (var name in source.PatternNames(i + 1))
                {
                    module.DeclaredNames.Add(source[name].Text);
                }
            }
        }

        foreach (var name in ambiguous)
        {
            module.ConstObjects.Remove(name);
        }
    }

    private static void CheckRemotionDestructure(SceneSource source, SceneModule module, FindingSink sink)
    {
        for (var i = 0; i < source.Count; i++)
        {
            if (source.IsIdent(i, "const") && source.IsStatementStart(i) && TryReadRemotionDestructure(source, i, out var end))
            {
                module.RemotionStatements.Add((i, end));
                ReadRemotionEntries(source, i + 1, module);
            }
        }

        if (module.RemotionStatements.Count > 0 && module.RemotionStatements[0].Start == 0)
        {
            return;
        }

        var message = module.RemotionStatements.Count > 0
            ? "The Remotion destructure must be the first statement of the scene."
            : "The first statement must destructure the Remotion names the scene uses: const { AbsoluteFill, … } = window.Remotion;";
        sink.Error(SceneContractCodes.MissingRemotionDestructure, message, source.Count > 0 ? source[0].Start : 0);
    }

    private static bool TryReadRemotionDestructure(SceneSource source, int constIndex, out int end)
    {
        end = -1;
        var close = source.Match(constIndex + 1);
        if (!source.IsPunct(constIndex + 1, "{") || close < 0 || !source.IsPunct(close + 1, "="))
        {
            return false;
        }

        var i = close + 2;
        if (source.IsIdent(i, "window"))
        {
            i++;
        }
        else if (source.IsPunct(i, "(") && source.IsIdent(i + 1, "window") && source.IsIdent(i + 2, "as") && source.IsIdent(i + 3, "any") && source.IsPunct(i + 4, ")"))
        {
            i += 5;
        }
        else
        {
            return false;
        }

        if (!source.IsPunct(i, ".") || !source.IsIdent(i + 1, "Remotion"))
        {
            return false;
        }

        i += 2;
        if (i < source.Count && !source.IsPunct(i, ";") && !source.IsStatementStart(i))
        {
            return false;
        }

        end = source.IsPunct(i, ";") ? i + 1 : i;
        return true;
    }

    private static void ReadRemotionEntries(SceneSource source, int open, SceneModule module)
    {
        foreach (var (start, end) in source.Split(open))
        {
            if (source[start].Kind != JsTokenKind.Identifier)
            {
                continue;
            }

            var local = start;
            if (source.IsPunct(start + 1, ":") && start + 2 < end)
            {
                if (source[start + 2].Kind != JsTokenKind.Identifier)
                {
                    // A nested pattern (Easing: { bezier }) still destructures the Remotion name itself.
                    module.RemotionLocals.TryAdd(source[start].Text, start);
                    continue;
                }

                local = start + 2;
            }

            module.RemotionLocals.TryAdd(source[local].Text, local);
        }
    }

    private static void ReadStatement(SceneSource source, int i, List<Binding> bindings, List<int> defaultExports, FindingSink sink)
    {
        var exported = false;
        var start = i;
        if (source.IsIdent(i, "export"))
        {
            exported = true;
            i++;
            if (source.IsIdent(i, "default"))
            {
                defaultExports.Add(start);
                return;
            }

            if (source.IsPunct(i, "*"))
            {
                sink.Error(SceneContractCodes.ImportForbidden, "Re-exports (export * from …) are not allowed: a scene is self-contained.", source[start].Start);
                return;
            }

            if (source.IsPunct(i, "{"))
            {
                ReadExportList(source, start, i, sink);
                return;
            }
        }

        if (source.IsIdent(i, "declare"))
        {
            i++;
        }

        var keyword = i < source.Count ? source[i].Text : string.Empty;
        switch (keyword)
        {
            case "const" or "let" or "var" when source[i].Kind == JsTokenKind.Identifier:
                if (source.IsIdent(i + 1, "enum"))
                {
                    AddNamed(source, i + 2, exported, keyword, bindings);
                    return;
                }

                ReadDeclarators(source, i + 1, exported, keyword, bindings);
                break;
            case "async" when source.IsIdent(i + 1, "function"):
                AddNamed(source, source.IsPunct(i + 2, "*") ? i + 3 : i + 2, exported, "function", bindings);
                break;
            case "function":
                AddNamed(source, source.IsPunct(i + 1, "*") ? i + 2 : i + 1, exported, "function", bindings);
                break;
            case "class" or "interface" or "enum" or "namespace":
                AddNamed(source, i + 1, exported, keyword, bindings);
                break;
            case "abstract" when source.IsIdent(i + 1, "class"):
                AddNamed(source, i + 2, exported, "class", bindings);
                break;
            case "type" when source.IsKind(i + 1, JsTokenKind.Identifier) && (source.IsPunct(i + 2, "=") || source.IsPunct(i + 2, "<")):
                AddNamed(source, i + 1, exported, keyword, bindings);
                break;
            default:
                break;
        }
    }

    private static void ReadExportList(SceneSource source, int exportIndex, int open, FindingSink sink)
    {
        var close = source.Match(open);
        if (close >= 0 && source.IsIdent(close + 1, "from"))
        {
            sink.Error(SceneContractCodes.ImportForbidden, "Re-exports (export { … } from …) are not allowed: a scene is self-contained.", source[exportIndex].Start);
            return;
        }

        var hasDefault = false;
        for (var k = open + 1; k < close; k++)
        {
            hasDefault |= source.IsIdent(k, "default");
        }

        if (hasDefault)
        {
            sink.Error(SceneContractCodes.DefaultExportNotFunction, "Export the scene as `export default function Scene_<ID>()`, not through an export list.", source[exportIndex].Start);
        }
        else
        {
            sink.Warning(SceneContractCodes.ExtraExport, "A scene exports only its default function and its duration.", source[exportIndex].Start);
        }
    }

    private static void AddNamed(SceneSource source, int nameIndex, bool exported, string keyword, List<Binding> bindings)
    {
        if (source.IsKind(nameIndex, JsTokenKind.Identifier))
        {
            bindings.Add(new Binding(source[nameIndex].Text, nameIndex, exported, keyword, -1, -1));
        }
    }

    private static void ReadDeclarators(SceneSource source, int j, bool exported, string keyword, List<Binding> bindings)
    {
        while (j < source.Count)
        {
            var names = new List<int>();
            if (source[j].Kind == JsTokenKind.Identifier)
            {
                names.Add(j);
                j++;
            }
            else if ((source.IsPunct(j, "{") || source.IsPunct(j, "[")) && source.Match(j) > j)
            {
                names.AddRange(source.PatternNames(j));
                j = source.Match(j) + 1;
            }
            else
            {
                return;
            }

            if (source.IsPunct(j, ":"))
            {
                j++;
                while (j < source.Count && !(source.Depth(j) == 0 && (source.IsPunct(j, "=") || source.IsPunct(j, ",") || source.IsPunct(j, ";"))) && !source.IsStatementStart(j))
                {
                    j++;
                }
            }

            int initStart = -1, initEnd = -1;
            if (source.IsPunct(j, "="))
            {
                initStart = j + 1;
                initEnd = source.ExpressionEnd(initStart, stopAtComma: true);
                j = initEnd;
            }

            foreach (var name in names)
            {
                bindings.Add(new Binding(source[name].Text, name, exported, keyword, initStart, initEnd));
            }

            if (!source.IsPunct(j, ","))
            {
                return;
            }

            j++;
        }
    }

    private static (string? SceneId, int NameToken) CheckDefaultExport(SceneSource source, List<int> defaultExports, SceneContractOptions options, FindingSink sink)
    {
        if (defaultExports.Count == 0)
        {
            sink.Error(SceneContractCodes.MissingDefaultExport, "The scene must have exactly one `export default function Scene_<ID>()` (ID: 8 characters a-z, 0-9).", 0);
            return (null, -1);
        }

        foreach (var extra in defaultExports.Skip(1))
        {
            sink.Error(SceneContractCodes.MultipleDefaultExports, "A scene has exactly one default export.", source[extra].Start);
        }

        var at = defaultExports[0] + 2;
        if (source.IsIdent(at, "async") || !source.IsIdent(at, "function") || source.IsPunct(at + 1, "*"))
        {
            sink.Error(SceneContractCodes.DefaultExportNotFunction, "The default export must be a plain function declaration: export default function Scene_<ID>() { … }.", source[defaultExports[0]].Start);
            return (null, -1);
        }

        var nameIndex = at + 1;
        if (!source.IsKind(nameIndex, JsTokenKind.Identifier))
        {
            sink.Error(SceneContractCodes.BadSceneId, "The default export function must be named Scene_<ID> (ID: 8 characters a-z, 0-9).", source[at].Start);
            return (null, -1);
        }

        var match = SceneName().Match(source[nameIndex].Text);
        if (!match.Success)
        {
            sink.Error(SceneContractCodes.BadSceneId, $"'{source[nameIndex].Text}' is not a valid scene function name: use Scene_ followed by 8 characters a-z, 0-9.", source[nameIndex].Start);
            return (null, nameIndex);
        }

        var id = match.Groups[1].Value;
        if (options.ExpectedSceneId is { } expected && !string.Equals(expected, id, StringComparison.Ordinal))
        {
            sink.Error(SceneContractCodes.SceneIdMismatch, $"The scene id is '{id}' but this scene must be Scene_{expected}.", source[nameIndex].Start);
        }

        return (id, nameIndex);
    }

    private static string? IdFromDuration(List<Binding> durations)
    {
        foreach (var duration in durations)
        {
            var suffix = duration.Name.Length > DurationPrefix.Length + 1 ? duration.Name[(DurationPrefix.Length + 1)..] : string.Empty;
            if (duration.Name[DurationPrefix.Length..].StartsWith('_') && SceneIdPattern().IsMatch(suffix))
            {
                return suffix;
            }
        }

        return null;
    }

    private static int? CheckDuration(SceneSource source, List<Binding> durations, string? sceneId, int sceneNameToken, SceneContractOptions options, FindingSink sink)
    {
        var expectedName = sceneId is null ? DurationPrefix + "_<ID>" : DurationPrefix + "_" + sceneId;
        var exported = durations.Where(d => d.Exported).ToList();
        if (exported.Count == 0)
        {
            var position = durations.Count > 0 ? source[durations[0].Token].Start : sceneNameToken >= 0 ? source[sceneNameToken].Start : 0;
            var message = durations.Count > 0
                ? $"'{durations[0].Name}' must be exported: export const {expectedName} = <frames>;"
                : $"The scene must export its duration: export const {expectedName} = <frames>;";
            sink.Error(SceneContractCodes.MissingDurationExport, message, position);
            return null;
        }

        foreach (var extra in exported.Skip(1))
        {
            sink.Error(SceneContractCodes.MultipleDurationExports, "A scene exports its duration exactly once.", source[extra.Token].Start);
        }

        var duration = exported[0];
        var at = source[duration.Token].Start;
        if (sceneId is not null && !string.Equals(duration.Name, expectedName, StringComparison.Ordinal))
        {
            sink.Error(SceneContractCodes.MissingDurationExport, $"The duration export is named '{duration.Name}' but must be '{expectedName}'.", at);
        }

        if (duration.Keyword != "const" || duration.InitStart < 0 || duration.InitEnd - duration.InitStart != 1
            || source[duration.InitStart].Kind != JsTokenKind.Number || !IntegerLiteral().IsMatch(source[duration.InitStart].Text))
        {
            sink.Error(SceneContractCodes.DurationNotLiteral, $"The duration must be a plain integer literal: export const {expectedName} = 90;", at);
            return null;
        }

        var text = source[duration.InitStart].Text;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var frames)
            || frames < options.MinDurationInFrames || frames > options.MaxDurationInFrames)
        {
            sink.Error(SceneContractCodes.DurationOutOfRange, $"The duration {text} is outside {options.MinDurationInFrames}–{options.MaxDurationInFrames} frames.", source[duration.InitStart].Start);
            return null;
        }

        return frames;
    }

    private static void CheckSuffixes(SceneSource source, SceneModule module, List<Binding> bindings, string? sceneId, FindingSink sink)
    {
        foreach (var binding in bindings)
        {
            if (binding.Exported && !binding.Name.StartsWith(DurationPrefix, StringComparison.Ordinal))
            {
                sink.Warning(SceneContractCodes.ExtraExport, $"'{binding.Name}' is exported; a scene exports only its default function and its duration.", source[binding.Token].Start);
            }

            if (sceneId is null || module.InRemotionStatement(binding.Token) || binding.Name.EndsWith("_" + sceneId, StringComparison.Ordinal))
            {
                continue;
            }

            sink.Error(
                SceneContractCodes.UnsuffixedTopLevelName,
                $"The top-level name '{binding.Name}' must end with _{sceneId} so several scenes can share one bundle.",
                source[binding.Token].Start);
        }
    }

    private sealed record Binding(string Name, int Token, bool Exported, string Keyword, int InitStart, int InitEnd);
}
