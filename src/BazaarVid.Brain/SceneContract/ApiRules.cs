using System.Globalization;

namespace BazaarVid.Brain;

/// <summary>The API-use rules: no imports, Remotion names destructured, no banned APIs, frame hooks, interpolate and spring calls.</summary>
internal static class ApiRules
{
    private const string Nondeterministic = "scenes must render the same frame the same way every time (use the frame, or Remotion's random(seed))";
    private const string Timers = "animation must be driven by useCurrentFrame(), not by timers";
    private const string Network = "a scene may not reach the network; media comes only from the asset ledger";
    private const string CodeEval = "a scene may not evaluate code from strings";

    /// <summary>Banned globals used by name (optionally through window/globalThis/self), with why.</summary>
    private static readonly Dictionary<string, string> BannedGlobals = new(StringComparer.Ordinal)
    {
        ["setTimeout"] = Timers,
        ["setInterval"] = Timers,
        ["setImmediate"] = Timers,
        ["requestAnimationFrame"] = Timers,
        ["requestIdleCallback"] = Timers,
        ["fetch"] = Network,
        ["XMLHttpRequest"] = Network,
        ["WebSocket"] = Network,
        ["EventSource"] = Network,
        ["eval"] = CodeEval,
    };

    /// <summary>Banned members of global objects (Math.random), with why.</summary>
    private static readonly Dictionary<(string Object, string Member), string> BannedMembers = new()
    {
        [("Math", "random")] = Nondeterministic,
        [("Date", "now")] = Nondeterministic,
        [("performance", "now")] = Nondeterministic,
        [("crypto", "getRandomValues")] = Nondeterministic,
        [("crypto", "randomUUID")] = Nondeterministic,
    };

    private static readonly string[] ClampKeys = ["extrapolateLeft", "extrapolateRight"];
    private static readonly string[] SpringKeys = ["frame", "fps"];
    private static readonly string[] FrameHooks = ["useCurrentFrame", "useVideoConfig"];

    private static readonly HashSet<string> GlobalObjects = new(StringComparer.Ordinal) { "window", "globalThis", "self" };

    public static void Check(SceneSource source, SceneModule module, FindingSink sink)
    {
        var firstUse = new Dictionary<string, int>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var hooks = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < source.Count; i++)
        {
            var token = source[i];
            if (token.Kind == JsTokenKind.JsxTagName)
            {
                CheckTagName(source, module, i, firstUse, used, sink);
                continue;
            }

            if (token.Kind != JsTokenKind.Identifier || module.InRemotionStatement(i))
            {
                continue;
            }

            CheckImport(source, i, sink);
            CheckBanned(source, i, sink);
            CheckRemotionReference(source, module, i, sink);
            if (!source.IsMemberName(i))
            {
                used.Add(token.Text);
                if (RemotionApi.IsKnown(token.Text) && !source.IsObjectKey(i) && !module.DeclaredNames.Contains(token.Text))
                {
                    firstUse.TryAdd(token.Text, i);
                }

                if (source.IsPunct(i + 1, "(") && token.Text is "useCurrentFrame" or "useVideoConfig")
                {
                    hooks.Add(token.Text);
                }
                else if (source.IsPunct(i + 1, "(") && RemotionApi.IsKnown(token.Text) && !module.DeclaredNames.Contains(token.Text))
                {
                    CheckCall(source, module, i, sink);
                }
            }
        }

        ReportNames(source, module, firstUse, used, sink);
        foreach (var hook in FrameHooks)
        {
            if (!hooks.Contains(hook))
            {
                var example = hook == "useCurrentFrame" ? "const frame = useCurrentFrame();" : "const { fps, width, height } = useVideoConfig();";
                sink.Error(SceneContractCodes.MissingFrameHook, $"The scene must call {hook}(): {example}", 0);
            }
        }
    }

    private static void CheckTagName(SceneSource source, SceneModule module, int i, Dictionary<string, int> firstUse, HashSet<string> used, FindingSink sink)
    {
        var name = source[i].Text;
        if (name.StartsWith("Remotion.", StringComparison.Ordinal) || name.Contains(".Remotion.", StringComparison.Ordinal))
        {
            sink.Error(SceneContractCodes.UndestructuredRemotionName, $"Use <{name[(name.LastIndexOf('.') + 1)..]}> destructured from window.Remotion in the first statement, not <{name}>.", source[i].Start);
            return;
        }

        used.Add(name);
        if (RemotionApi.IsKnown(name) && !module.DeclaredNames.Contains(name))
        {
            firstUse.TryAdd(name, i);
        }
    }

    private static void CheckImport(SceneSource source, int i, FindingSink sink)
    {
        if (source.IsMemberName(i) || source.IsObjectKey(i))
        {
            return;
        }

        var text = source[i].Text;
        if (text == "import")
        {
            var what = source.IsPunct(i + 1, "(") ? "Dynamic import()" : source.IsPunct(i + 1, ".") ? "import.meta" : "An import statement";
            sink.Error(SceneContractCodes.ImportForbidden, $"{what} is not allowed: a scene uses only the Remotion names destructured from window.Remotion.", source[i].Start);
        }
        else if (text == "require" && source.IsPunct(i + 1, "("))
        {
            sink.Error(SceneContractCodes.ImportForbidden, "require() is not allowed: a scene uses only the Remotion names destructured from window.Remotion.", source[i].Start);
        }
    }

    private static void CheckBanned(SceneSource source, int i, FindingSink sink)
    {
        var text = source[i].Text;
        if (text == "new" && source.IsKind(i + 1, JsTokenKind.Identifier) && source[i + 1].Text is "Date" or "Function")
        {
            var reason = source[i + 1].Text == "Date" ? Nondeterministic : CodeEval;
            sink.Error(SceneContractCodes.BannedApi, $"new {source[i + 1].Text}() is not allowed: {reason}.", source[i].Start);
            return;
        }

        if (!IsGlobalReference(source, i))
        {
            return;
        }

        if (BannedGlobals.TryGetValue(text, out var why))
        {
            sink.Error(SceneContractCodes.BannedApi, $"{text} is not allowed: {why}.", source[i].Start);
        }
        else if ((source.IsPunct(i + 1, ".") || source.IsPunct(i + 1, "?.")) && source.IsKind(i + 2, JsTokenKind.Identifier)
            && BannedMembers.TryGetValue((text, source[i + 2].Text), out var memberWhy))
        {
            sink.Error(SceneContractCodes.BannedApi, $"{text}.{source[i + 2].Text} is not allowed: {memberWhy}.", source[i].Start);
        }
        else if (text is "Date" or "Function" && source.IsPunct(i + 1, "(") && !source.IsIdent(i - 1, "new"))
        {
            var reason = text == "Date" ? Nondeterministic : CodeEval;
            sink.Error(SceneContractCodes.BannedApi, $"{text}() is not allowed: {reason}.", source[i].Start);
        }
    }

    /// <summary>True for a bare global name or one reached through window/globalThis/self, not a property of something else or an object key.</summary>
    private static bool IsGlobalReference(SceneSource source, int i)
    {
        if (source.IsObjectKey(i))
        {
            return false;
        }

        if (!source.IsMemberName(i))
        {
            return true;
        }

        return i >= 2 && source[i - 2].Kind == JsTokenKind.Identifier && GlobalObjects.Contains(source[i - 2].Text) && !source.IsMemberName(i - 2);
    }

    private static void CheckRemotionReference(SceneSource source, SceneModule module, int i, FindingSink sink)
    {
        if (source[i].Text != "Remotion")
        {
            return;
        }

        var throughGlobal = source.IsMemberName(i)
            && ((i >= 2 && source[i - 2].Kind == JsTokenKind.Identifier && GlobalObjects.Contains(source[i - 2].Text))
                || (source.IsPunct(i - 2, ")") && source.IsIdent(source.Match(i - 2) + 1, "window")));
        var bare = !source.IsMemberName(i) && !source.IsObjectKey(i) && !module.DeclaredNames.Contains("Remotion");
        if (throughGlobal || bare)
        {
            sink.Error(SceneContractCodes.UndestructuredRemotionName, "Use the names destructured from window.Remotion in the first statement instead of reaching into Remotion here.", source[i].Start);
        }
    }

    private static void ReportNames(SceneSource source, SceneModule module, Dictionary<string, int> firstUse, HashSet<string> used, FindingSink sink)
    {
        foreach (var (name, index) in firstUse)
        {
            if (!module.RemotionLocals.ContainsKey(name))
            {
                sink.Error(SceneContractCodes.UndestructuredRemotionName, $"'{name}' is a Remotion name: add it to the first statement, const {{ …, {name} }} = window.Remotion;", source[index].Start);
            }
        }

        foreach (var (name, index) in module.RemotionLocals)
        {
            if (!RemotionApi.IsKnown(name))
            {
                sink.Warning(SceneContractCodes.UnknownRemotionName, $"'{name}' is not a Remotion export this checker knows; check the spelling.", source[index].Start);
            }
            else if (!used.Contains(name))
            {
                sink.Warning(SceneContractCodes.UnusedRemotionName, $"'{name}' is destructured but never used.", source[index].Start);
            }
        }
    }

    private static void CheckCall(SceneSource source, SceneModule module, int i, FindingSink sink)
    {
        var name = source[i].Text;
        switch (name)
        {
            case "interpolate" or "interpolateColors":
                CheckInterpolate(source, module, i, name == "interpolate", sink);
                break;
            case "spring":
                CheckSpring(source, module, i, sink);
                break;
            default:
                break;
        }
    }

    private static void CheckInterpolate(SceneSource source, SceneModule module, int i, bool needsClamp, FindingSink sink)
    {
        var name = source[i].Text;
        var args = source.Split(i + 1);
        if (args.Count < 3)
        {
            sink.Error(SceneContractCodes.InterpolateRangeMismatch, $"{name}() needs a value, an input range and an output range.", source[i].Start);
            return;
        }

        var input = ArrayLength(source, args[1]);
        var output = ArrayLength(source, args[2]);
        if (input is null || output is null)
        {
            sink.Warning(SceneContractCodes.InterpolateRangeNotLiteral, $"The ranges of this {name}() call are not array literals, so their lengths cannot be checked.", source[i].Start);
        }
        else if (input.Value < 2)
        {
            sink.Error(SceneContractCodes.InterpolateRangeTooShort, $"The input range of {name}() needs at least two values.", source[args[1].Start].Start);
        }
        else if (input.Value != output.Value)
        {
            sink.Error(SceneContractCodes.InterpolateRangeMismatch, $"The input range has {input} values but the output range has {output}; they must be the same length.", source[args[2].Start].Start);
        }

        if (input is >= 2 && !StrictlyIncreasing(source, args[1]))
        {
            sink.Error(SceneContractCodes.InterpolateRangeNotIncreasing, $"The input range of {name}() must be strictly increasing.", source[args[1].Start].Start);
        }

        if (!needsClamp)
        {
            return;
        }

        const string Fix = "pass { extrapolateLeft: \"clamp\", extrapolateRight: \"clamp\" }";
        if (args.Count < 4)
        {
            sink.Error(SceneContractCodes.InterpolateMissingClamp, $"interpolate() must clamp both ends: {Fix}.", source[i].Start);
            return;
        }

        var props = new Dictionary<string, int>(StringComparer.Ordinal);
        if (!ReadObject(source, module, args[3], props, 0))
        {
            sink.Warning(SceneContractCodes.InterpolateOptionsNotLiteral, "The interpolate() options are not an object literal this checker can read; make sure both ends are clamped.", source[args[3].Start].Start);
            return;
        }

        var missing = ClampKeys
            .Where(key => !props.TryGetValue(key, out var value) || value < 0 || source[value].Kind != JsTokenKind.String || SceneSource.Unquote(source[value]) != "clamp")
            .ToList();
        if (missing.Count > 0)
        {
            sink.Error(SceneContractCodes.InterpolateMissingClamp, $"interpolate() must set {string.Join(" and ", missing.Select(m => m + ": \"clamp\""))}: {Fix}.", source[i].Start);
        }
    }

    private static void CheckSpring(SceneSource source, SceneModule module, int i, FindingSink sink)
    {
        var args = source.Split(i + 1);
        var props = new Dictionary<string, int>(StringComparer.Ordinal);
        if (args.Count == 0 || !ReadObject(source, module, args[0], props, 0))
        {
            return;
        }

        var missing = SpringKeys.Where(key => !props.ContainsKey(key)).ToList();
        if (missing.Count > 0)
        {
            sink.Error(SceneContractCodes.SpringMissingFrameOrFps, $"spring() must be given {string.Join(" and ", missing)}: spring({{ frame, fps, config: {{ … }} }}).", source[i].Start);
        }
    }

    /// <summary>The element count of an array literal argument, or null when the argument is anything else (or spreads).</summary>
    private static int? ArrayLength(SceneSource source, (int Start, int End) arg)
    {
        var end = arg.End;
        if (end - arg.Start >= 3 && source.IsIdent(end - 2, "as") && source.IsIdent(end - 1, "const"))
        {
            end -= 2;
        }

        if (!source.IsPunct(arg.Start, "[") || source.Match(arg.Start) != end - 1)
        {
            return null;
        }

        var elements = source.Split(arg.Start);
        foreach (var (start, _) in elements)
        {
            if (source.IsPunct(start, "..."))
            {
                return null;
            }
        }

        return elements.Count;
    }

    private static bool StrictlyIncreasing(SceneSource source, (int Start, int End) arg)
    {
        double? previous = null;
        foreach (var (start, end) in source.Split(arg.Start))
        {
            var negative = source.IsPunct(start, "-");
            var at = negative ? start + 1 : start;
            if (end - at != 1 || !source.IsKind(at, JsTokenKind.Number)
                || !double.TryParse(source[at].Text.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                return true;
            }

            value = negative ? -value : value;
            if (previous is { } p && value <= p)
            {
                return false;
            }

            previous = value;
        }

        return true;
    }

    /// <summary>
    /// Reads the properties of an object literal argument (or a const object it names, or spreads) into
    /// <paramref name="props"/> as key → value token (-1 when the value is not a single token). False when
    /// something cannot be read, so the caller cannot conclude a key is missing.
    /// </summary>
    private static bool ReadObject(SceneSource source, SceneModule module, (int Start, int End) arg, Dictionary<string, int> props, int depth)
    {
        if (depth > 4)
        {
            return false;
        }

        var end = arg.End;
        if (end - arg.Start >= 3 && source.IsIdent(end - 2, "as") && source.IsIdent(end - 1, "const"))
        {
            end -= 2;
        }

        if (end - arg.Start == 1 && source.IsKind(arg.Start, JsTokenKind.Identifier))
        {
            return module.ConstObjects.TryGetValue(source[arg.Start].Text, out var open)
                && ReadObject(source, module, (open, source.Match(open) + 1), props, depth + 1);
        }

        if (!source.IsPunct(arg.Start, "{") || source.Match(arg.Start) != end - 1)
        {
            return false;
        }

        var readable = true;
        foreach (var (start, entryEnd) in source.Split(arg.Start))
        {
            if (source.IsPunct(start, "..."))
            {
                readable &= ReadObject(source, module, (start + 1, entryEnd), props, depth + 1);
            }
            else if (entryEnd - start == 1 && source.IsKind(start, JsTokenKind.Identifier))
            {
                props[source[start].Text] = -1;
            }
            else if (source.IsPunct(start + 1, ":") && (source.IsKind(start, JsTokenKind.Identifier) || source.IsKind(start, JsTokenKind.String)))
            {
                var key = source[start].Kind == JsTokenKind.String ? SceneSource.Unquote(source[start]) : source[start].Text;
                var valueEnd = entryEnd;
                if (valueEnd - start >= 5 && source.IsIdent(valueEnd - 2, "as") && source.IsIdent(valueEnd - 1, "const"))
                {
                    valueEnd -= 2;
                }

                props[key] = valueEnd - (start + 2) == 1 ? start + 2 : -1;
            }
            else
            {
                readable = false;
            }
        }

        return readable;
    }
}
