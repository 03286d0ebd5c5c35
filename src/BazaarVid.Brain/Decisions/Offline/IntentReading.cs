using BazaarVid.Context;
using static BazaarVid.Brain.DecisionWording;

namespace BazaarVid.Brain;

/// <summary>
/// One reading of one prompt: tokens, scene mentions and cues, then the decision. The rules run in a fixed order —
/// vague, question, delete, create, unsupported, reorder, preference, edit — and each produces its own deterministic
/// reasoning and, for questions back, names the options.
/// </summary>
internal sealed class IntentReading
{
    private const WordClass ActionWords = WordClass.CreateVerb | WordClass.DeleteVerb | WordClass.EditVerb | WordClass.ShowVerb
        | WordClass.Adjustment | WordClass.Color | WordClass.Creative | WordClass.Animation | WordClass.Element | WordClass.SceneKind
        | WordClass.AssetNoun | WordClass.Unsupported | WordClass.Scope | WordClass.Ordinal | WordClass.Unit | WordClass.SceneNoun
        | WordClass.Placement | WordClass.Completely | WordClass.Latest;

    private const WordClass ChangeWords = WordClass.Adjustment | WordClass.Color | WordClass.Creative | WordClass.Animation
        | WordClass.Element | WordClass.Placement | WordClass.AssetNoun | WordClass.Completely | WordClass.SceneKind;

    private readonly IntentRequest _request;
    private readonly Token[] _t;
    private readonly SceneIndex _index;
    private readonly List<SceneMention> _mentions;
    private readonly List<SceneEntry> _attached = [];
    private readonly bool _attachedMissing;
    private readonly bool _hasAssets;
    private Lazy<DurationRequest?>? _editDuration;

    public IntentReading(IntentRequest request)
    {
        _request = request;
        _t = PromptTokenizer.Tokenize(request.Prompt);
        _index = SceneIndex.For(request.Context.Storyboard);
        _mentions = SceneMentionFinder.Find(_t, _index);
        if (!request.AttachedSceneIds.IsDefault)
        {
            foreach (var id in request.AttachedSceneIds)
            {
                if (id is not null && request.Context.Storyboard.Find(id) is { } scene)
                {
                    if (!_attached.Contains(scene))
                    {
                        _attached.Add(scene);
                    }
                }
                else
                {
                    _attachedMissing = true;
                }
            }
        }

        _hasAssets = !request.AttachedAssetUrls.IsDefaultOrEmpty || Array.Exists(_t, x => x.Kind == TokenKind.Url);
    }

    private int Fps => _request.Fps;

    public BrainDecision Decide()
    {
        if (IsFillerOnly())
        {
            return Vague(null);
        }

        if (IsPureQuestion())
        {
            var question = _request.Prompt.Trim();
            return Ask(question, 0.9, "The prompt is a question to the assistant, not a request to change the video; it is echoed back to be answered.");
        }

        if (_attachedMissing)
        {
            return Ask(
                $"A scene attached to this message is not in the storyboard any more. Which scene do you mean: {Options(_index.Scenes)}?",
                0.9,
                "A scene attached to this message is not a live scene.",
                noScenesQuestion: "A scene attached to this message is not in the storyboard any more, and there are no scenes yet. What should the first scene show?");
        }

        return TryDelete() ?? TryCreate() ?? TryUnsupported() ?? TryReorder() ?? TryPreference() ?? Edit();
    }

    // ---- vague and questions ---------------------------------------------------------------------------------

    private bool IsFillerOnly()
    {
        foreach (var token in _t)
        {
            switch (token.Kind)
            {
                case TokenKind.Punct:
                    continue;
                case TokenKind.Word when (token.Is(WordClass.Filler) || (token.Is(WordClass.Stop) && !token.Is(ActionWords))) && token.Text != "another":
                    continue;
                default:
                    return false;
            }
        }

        return true;
    }

    private bool IsPureQuestion()
    {
        var first = FirstWord(0);
        var questionForm = _request.Prompt.AsSpan().TrimEnd().EndsWith("?", StringComparison.Ordinal)
            || (first >= 0 && _t[first].Is(WordClass.Question | WordClass.Auxiliary));
        if (!questionForm)
        {
            return false;
        }

        for (var i = 0; i < _t.Length; i++)
        {
            var token = _t[i];
            if (token.Is(WordClass.Polite | WordClass.Suggestion))
            {
                return false;
            }

            if (!IsClauseStart(i) || token.Kind != TokenKind.Word)
            {
                continue;
            }

            if (IsImperative(token))
            {
                return false;
            }

            // "can you make…", "could we add…", "would you please…"
            if (token.Surface is "can" or "could" or "would" or "will" && i + 2 < _t.Length && _t[i + 1].Is(WordClass.Subject)
                && (IsImperative(_t[i + 2]) || _t[i + 2].Is(WordClass.Polite)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsImperative(in Token token) =>
        token.Kind == TokenKind.Word && !token.Is(WordClass.Auxiliary | WordClass.Question)
        && token.Is(WordClass.CreateVerb | WordClass.DeleteVerb | WordClass.EditVerb | WordClass.ShowVerb | WordClass.Unsupported);

    // ---- delete ------------------------------------------------------------------------------------------------

    private BrainDecision? TryDelete()
    {
        if (Duration(forNewScene: false) is { Use: DurationUse.SceneLength or DurationUse.Relative })
        {
            return null;
        }

        for (var i = 0; i < _t.Length; i++)
        {
            if (!_t[i].Is(WordClass.DeleteVerb) || _t[i].Kind != TokenKind.Word || _t[i].Surface is "hide" or "hides")
            {
                continue;
            }

            var objects = SceneObjectsAfter(i);
            if (objects.Count == 0)
            {
                continue;
            }

            return Delete(objects);
        }

        return null;
    }

    /// <summary>The scenes a verb acts on directly ("delete the pricing scene", "remove scenes 2 and 3"); empty when its object is not a scene.</summary>
    private List<SceneMention> SceneObjectsAfter(int verb)
    {
        var objects = new List<SceneMention>(2);
        var next = verb + 1;
        foreach (var mention in _mentions)
        {
            if (mention.Start < next)
            {
                continue;
            }

            var gapIsEmpty = true;
            for (var k = next; k < mention.Start; k++)
            {
                var between = _t[k];
                var joins = objects.Count > 0 ? between.Is(WordClass.Conjunction) || between.Surface == "," : false;
                if (!joins && !(between.Kind == TokenKind.Word && between.Is(WordClass.Definite) && k == mention.Start - 1))
                {
                    gapIsEmpty = false;
                    break;
                }
            }

            var possessive = mention.End + 1 < _t.Length && _t[mention.End + 1].Is(WordClass.Possessive);
            if (!gapIsEmpty || mention.ElementOnly || possessive)
            {
                break;
            }

            objects.Add(mention);
            next = mention.End + 1;
        }

        return objects;
    }

    private BrainDecision Delete(List<SceneMention> objects)
    {
        if (_index.IsEmpty)
        {
            return Ask("There are no scenes yet, so there is nothing to delete. What should the first scene show?", 0.95, "The prompt asks to delete a scene but there are no scenes yet.");
        }

        if (objects.Find(m => m.Problem != MentionProblem.None) is { } problem)
        {
            return Unresolvable(problem);
        }

        var targets = Distinct(objects.Select(m => m.Scene!));
        var pronounOnly = objects.TrueForAll(m => m.Kind == MentionKind.Pronoun);
        if (pronounOnly && _attached.Count > 0)
        {
            targets = [.. _attached];
        }

        if (targets.Count > 1)
        {
            return Ask($"I delete one scene at a time. Which scene should I delete first: {Options(targets)}?", 0.9, "The prompt asks to delete several scenes; one is deleted per request.");
        }

        var (why, confidence) = pronounOnly && _attached.Count > 0 ? ("attached to this message", 0.95) : TargetWhy(objects[0]);
        return new BrainDecision(DecisionType.DeleteScene, targets[0].Id, [], null, null, confidence, $"Delete {Describe(targets[0])} ({why}).", null);
    }

    // ---- create ------------------------------------------------------------------------------------------------

    private BrainDecision? TryCreate()
    {
        var cue = CreationCue();
        return cue is null ? null : Create(cue.Value.Why, cue.Value.Confidence);
    }

    private (string Why, double Confidence)? CreationCue()
    {
        var explicitTarget = HasExplicitTargetAfterPreposition(0);
        for (var i = 0; i < _t.Length; i++)
        {
            var token = _t[i];
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            if (token.Is(WordClass.Indefinite) && !AfterLikeOrInto(i) && IndefiniteHead(i) is { } head)
            {
                switch (head.Kind)
                {
                    case HeadKind.Scene:
                        return ("the prompt asks for a new scene", 0.95);
                    case HeadKind.Another:
                        return ("the prompt asks for another scene", 0.95);
                    case HeadKind.SceneKind when !HasExplicitTargetAfterPreposition(head.At):
                        return ($"the prompt asks for a new {head.Word} scene", 0.95);
                    case HeadKind.Unknown when !explicitTarget && !_index.IsEmpty && PrecededByCreateVerb(i) && !HasExplicitTarget():
                        return ($"the prompt asks to add a new \"{head.Word}\" and names no scene to add it to", 0.6);
                }
            }

            if (token.Is(WordClass.Sequencer) && IsClauseStart(i) && !(i > 0 && _t[i - 1].Is(WordClass.Definite)))
            {
                var next = i + 1 < _t.Length && _t[i + 1].Surface == "," ? i + 2 : i + 1;
                if (next < _t.Length && _t[next].Is(WordClass.ShowVerb) && !HasExplicitTarget())
                {
                    return ("the prompt continues the video with a next step to show", 0.85);
                }
            }
        }

        var hasPlacementOrAs = Array.Exists(_t, x => x.Is(WordClass.Placement) || x.Surface == "as");
        if (_hasAssets && !HasExplicitTarget() && !hasPlacementOrAs
            && Array.Exists(_t, x => x.Is(WordClass.ShowVerb) || x.Text is "add" or "include"))
        {
            return ("this message brings an asset to show and names no scene to put it in", 0.9);
        }

        var firstWord = FirstWord(0);
        if (firstWord >= 0 && _t[firstWord].Is(WordClass.ShowVerb) && _t[firstWord].Surface != "hereis" && !HasExplicitTarget() && !hasPlacementOrAs
            && !Array.Exists(_t, x => x.Is(WordClass.Adjustment | WordClass.Color | WordClass.Animation) && !x.Is(WordClass.ShowVerb))
            && !(firstWord + 1 < _t.Length && _t[firstWord + 1].Is(WordClass.Pronoun)))
        {
            return ("the prompt asks to show something new and names no scene", 0.8);
        }

        return null;
    }

    private enum HeadKind
    {
        Scene,
        Another,
        SceneKind,
        Element,
        Unknown,
    }

    private readonly record struct Head(HeadKind Kind, string Word, int At);

    /// <summary>What "a/an/another/new …" introduces: a scene, a kind of scene, an element, or an unknown noun.</summary>
    private Head? IndefiniteHead(int i)
    {
        var isAnother = _t[i].Text == "another";
        string? unknown = null;
        var unknownAt = -1;
        for (var j = i + 1; j < _t.Length && j <= i + 6; j++)
        {
            var token = _t[j];
            if (SceneMentionFinder.IsSceneNounAt(_t, j, allowOne: isAnother || (j > 0 && _t[j - 1].Is(WordClass.Indefinite))) && !token.Is(WordClass.Element))
            {
                return new Head(HeadKind.Scene, token.Surface, j);
            }

            if (token.Kind == TokenKind.Word && token.Is(WordClass.SceneKind))
            {
                return new Head(HeadKind.SceneKind, token.Text, j);
            }

            if (token.Kind == TokenKind.Word && token.Is(WordClass.Element | WordClass.AssetNoun))
            {
                return new Head(HeadKind.Element, token.Text, j);
            }

            var stops = token.Kind is TokenKind.Punct or TokenKind.Quote or TokenKind.Url
                || token.Is(WordClass.Preposition | WordClass.Conjunction | WordClass.Definite | WordClass.Pronoun)
                || (token.Is(WordClass.EditVerb | WordClass.CreateVerb | WordClass.DeleteVerb) && !token.Is(WordClass.Adjustment | WordClass.Color));
            if (stops)
            {
                break;
            }

            if (token.IsUnknownWord && unknown is null)
            {
                unknown = token.Text;
                unknownAt = j;
            }
        }

        if (isAnother)
        {
            return new Head(HeadKind.Another, "another", i);
        }

        return unknown is null ? null : new Head(HeadKind.Unknown, unknown, unknownAt);
    }

    private bool AfterLikeOrInto(int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - 2; k--)
        {
            if (_t[k].Is(WordClass.ReferenceMarker | WordClass.Into) || _t[k].Surface is "as" or "like")
            {
                return true;
            }

            if (!_t[k].Is(WordClass.Stop))
            {
                return false;
            }
        }

        return false;
    }

    private bool PrecededByCreateVerb(int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - 3; k--)
        {
            if (_t[k].Is(WordClass.CreateVerb | WordClass.Polite))
            {
                return true;
            }

            if (_t[k].IsPunct)
            {
                return false;
            }
        }

        return false;
    }

    private BrainDecision Create(string why, double confidence)
    {
        // In a request for a new scene only "like scene 2" / "after the intro" name other scenes; "a scene with this
        // alerts screen" describes content, even when a word happens to match another scene's description.
        var live = _mentions.Where(m => m.IsExplicit && m.Role != MentionRole.Target && m.Problem != MentionProblem.NoScenes).ToList();
        if (live.Find(m => m.Problem != MentionProblem.None) is { } problem)
        {
            return Unresolvable(problem);
        }

        int? position = null;
        var reasons = new List<string>(3);
        if (live.Find(m => m.Role is MentionRole.After or MentionRole.Before) is { } anchor)
        {
            position = anchor.Role == MentionRole.After ? anchor.Scene!.Order + 1 : anchor.Scene!.Order;
            reasons.Add($"inserted {(anchor.Role == MentionRole.After ? "after" : "before")} {Describe(anchor.Scene)}");
        }
        else if (Array.Exists(_t, x => x.Is(WordClass.AtStart)) && !_index.IsEmpty)
        {
            position = 1;
            reasons.Add("inserted at the start");
        }

        var references = Distinct(live.Select(m => m.Scene!).Concat(_attached));
        if (references.Count > 0)
        {
            reasons.Add($"referencing {Options(references, "and")}");
        }

        var duration = Duration(forNewScene: true);
        int? frames = duration is { Use: DurationUse.SceneLength } d ? d.Frames : null;
        if (frames is { } f)
        {
            if (OutOfRange(f, null) is { } ask)
            {
                return ask;
            }

            reasons.Add($"{Frames(f)} frames long");
        }

        var reasoning = reasons.Count == 0 ? $"New scene: {why}." : $"New scene: {why}; {string.Join("; ", reasons)}.";
        return new BrainDecision(DecisionType.NewScene, null, [.. references.Select(s => s.Id)], null, frames, confidence, reasoning, null, position);
    }

    // ---- unsupported, reorder, preference -------------------------------------------------------------------------

    private BrainDecision? TryUnsupported()
    {
        var verb = Array.FindIndex(_t, x => x.Kind == TokenKind.Word && x.Is(WordClass.Unsupported));
        if (verb < 0 || HasChangeContent(includeVerbs: true))
        {
            return null;
        }

        return Ask(
            $"I can't {_t[verb].Surface} from here: I add, change and delete scenes. What would you like me to change or add?",
            0.85,
            $"The prompt asks for something the brain does not do (\"{_t[verb].Surface}\").");
    }

    private BrainDecision? TryReorder()
    {
        for (var i = 0; i < _t.Length; i++)
        {
            if (!_t[i].Is(WordClass.Reorder) || _t[i].Kind != TokenKind.Word)
            {
                continue;
            }

            var objects = SceneObjectsAfter(i);
            if (objects.Count == 0)
            {
                continue;
            }

            var positioned = _mentions.Exists(m => m.Role is MentionRole.After or MentionRole.Before)
                || Array.Exists(_t, x => x.Is(WordClass.AtStart | WordClass.AtEnd))
                || (_t[i].Text == "swap" && _mentions.Count(m => m.IsExplicit) >= 2);
            if (!positioned)
            {
                continue;
            }

            var subject = objects[0].Scene is { } scene ? Describe(scene) : "that scene";
            return Ask(
                $"I can't reorder scenes yet; the order is {Options(_index.Scenes, "and")}. Is there something to change inside {subject} instead?",
                0.85,
                "The prompt asks to reorder scenes, which no decision supports yet.",
                noScenesQuestion: "There are no scenes yet, so there is nothing to reorder. What should the first scene show?");
        }

        return null;
    }

    private BrainDecision? TryPreference()
    {
        var scoped = false;
        for (var i = 0; i < _t.Length && !scoped; i++)
        {
            scoped = _t[i].Is(WordClass.Scope) || (_t[i].Surface is "scenes" or "slides" && !_mentions.Exists(m => m.Start == i));
        }

        if (!scoped || _attached.Count > 0 || _mentions.Exists(m => m.IsExplicit && m.Role == MentionRole.Target))
        {
            return null;
        }

        return Ask(
            $"Noted: I'll apply that to new scenes. Should I also update the existing scenes: {Options(_index.Scenes, "and")}?",
            0.8,
            "The prompt states a preference for every scene rather than a change to one; it is kept as a preference and the person is asked whether to update the existing scenes.",
            noScenesQuestion: "Noted: I'll apply that to every scene I make. What should the first scene show?");
    }

    // ---- edit --------------------------------------------------------------------------------------------------

    private BrainDecision Edit()
    {
        var duration = Duration(forNewScene: false);

        var changes = HasChangeContent(includeVerbs: true) || IsCreative();
        if (_index.IsEmpty)
        {
            var refersToScene = _mentions.Count > 0 || Array.Exists(_t, x => x.Is(WordClass.Definite) && x.Kind == TokenKind.Word);
            if (!refersToScene && HasDescriptiveContent())
            {
                return Create("there are no scenes yet, so the prompt describes the first one", 0.8);
            }

            return changes || duration is not null
                ? Ask("There are no scenes yet, so there is nothing to change. What should the first scene show?", 0.95, "The prompt asks for an edit but there are no scenes yet.")
                : Vague(null);
        }

        var problem = _mentions.Find(m => m.IsExplicit && m.Problem != MentionProblem.None);
        if (problem is not null)
        {
            return Unresolvable(problem);
        }

        var (target, why, confidence, ask) = ChooseTarget();
        if (ask is not null)
        {
            return ask;
        }

        var references = Distinct(_mentions.Where(m => m.IsExplicit && m.Role != MentionRole.Target).Select(m => m.Scene!).Concat(_attached))
            .Where(s => s.Id != target!.Id).ToList();

        // Taking something from another scene ("similar to the intro", "look like this") says what to change too.
        if (!changes && duration is null && references.Count == 0)
        {
            return Vague(target is not null && why != ImplicitWhy ? target : null);
        }
        int? frames = duration?.Resolve(target!.DurationInFrames);
        if (frames is { } f && OutOfRange(f, target) is { } outOfRange)
        {
            return outOfRange;
        }

        var kind = IsCreative() ? EditKind.Creative
            : duration is not null && !HasChangeContent(includeVerbs: false, ignoreDuration: true) ? EditKind.DurationOnly
            : EditKind.Surgical;
        var kindWhy = kind switch
        {
            EditKind.DurationOnly => $"only the duration changes, to {Frames(frames!.Value)} frames",
            EditKind.Creative => "a broader rework or a new style",
            _ => "a precise change",
        };
        var reasoning = $"Edit of {Describe(target!)} ({why}): {kindWhy}";
        if (frames is { } length && kind != EditKind.DurationOnly)
        {
            reasoning += $"; {Frames(length)} frames long";
        }

        if (references.Count > 0)
        {
            reasoning += $"; referencing {Options(references, "and")}";
        }

        return new BrainDecision(DecisionType.EditScene, target!.Id, [.. references.Select(s => s.Id)], kind, frames, confidence, reasoning + ".", null);
    }

    private const string ImplicitWhy = "no scene named, so the most recent scene";

    private (SceneEntry? Target, string Why, double Confidence, BrainDecision? Ask) ChooseTarget()
    {
        var explicitTargets = _mentions.Where(m => m.IsExplicit && m.Role == MentionRole.Target).ToList();
        var distinct = Distinct(explicitTargets.Select(m => m.Scene!));
        if (distinct.Count > 1)
        {
            return (null, string.Empty, 0, Ask($"I change one scene at a time. Which scene should I change first: {Options(distinct)}?", 0.9, "The prompt names several scenes to change; one is changed per request."));
        }

        if (distinct.Count == 1)
        {
            var (why, confidence) = TargetWhy(explicitTargets[0]);
            return (distinct[0], why, confidence, null);
        }

        if (_attached.Count == 1)
        {
            return (_attached[0], "attached to this message", 0.95, null);
        }

        if (_attached.Count > 1)
        {
            return (null, string.Empty, 0, Ask($"This message has {_attached.Count} scenes attached. Which one should I change: {Options(_attached)}?", 0.9, "Several scenes are attached to this message and the prompt does not say which to change."));
        }

        var latest = _index.Latest!;
        var pronoun = _mentions.Find(m => m.Kind == MentionKind.Pronoun);
        return pronoun is not null ? (latest, $"\"{pronoun.Label}\" is the most recent scene", 0.85, null) : (latest, ImplicitWhy, 0.75, null);
    }

    private static (string Why, double Confidence) TargetWhy(SceneMention mention) => mention.Kind switch
    {
        MentionKind.Number => ("named by number", 0.95),
        MentionKind.Ordinal => ("named by position", 0.95),
        MentionKind.Relative => (mention.Number < 0 ? "the scene before the most recent one" : "the scene after the most recent one", 0.9),
        MentionKind.Latest => ("the most recent scene", 0.9),
        MentionKind.Name => ("named in the prompt", mention.ElementOnly ? 0.85 : 0.9),
        _ => ($"\"{mention.Label}\" is the most recent scene", 0.85),
    };

    private bool IsCreative()
    {
        for (var i = 0; i < _t.Length; i++)
        {
            if (InMention(i))
            {
                continue;
            }

            var token = _t[i];
            if (token.Is(WordClass.Creative | WordClass.Completely) && token.Kind == TokenKind.Word)
            {
                return true;
            }

            // "look like an Apple ad", "feel like a trailer"
            if (token.Is(WordClass.LookVerb) && i + 1 < _t.Length && _t[i + 1].Surface == "like")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the prompt says what to change: a size, colour, style, animation, element, placement, value, or a verb that means one.</summary>
    private bool HasChangeContent(bool includeVerbs, bool ignoreDuration = false)
    {
        var duration = ignoreDuration ? Duration(forNewScene: false) : null;
        for (var i = 0; i < _t.Length; i++)
        {
            if (InMention(i) || (duration is { } d && d.Covers(i)))
            {
                continue;
            }

            var token = _t[i];
            switch (token.Kind)
            {
                case TokenKind.Hex or TokenKind.Quote or TokenKind.Url:
                    return true;
                case TokenKind.Number:
                    if (!ignoreDuration)
                    {
                        return true;
                    }

                    continue;
                case TokenKind.Punct:
                    continue;
            }

            if (ignoreDuration && token.Is(WordClass.Shorter | WordClass.Longer | WordClass.DurationVerb | WordClass.Unit))
            {
                continue;
            }

            if (token.Is(ChangeWords) || token.IsUnknownWord)
            {
                return true;
            }

            if (includeVerbs && token.Is(WordClass.EditVerb | WordClass.DeleteVerb) && !token.Is(WordClass.Vague) && !IsHollowVerb(token))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHollowVerb(in Token token) =>
        token.Text is "make" or "set" or "turn" or "use" or "give" or "put" or "add" or "include" or "show" or "keep";

    private bool HasDescriptiveContent() =>
        Array.Exists(_t, x => x.Kind is TokenKind.Quote or TokenKind.Url || x.IsUnknownWord || x.Is(WordClass.SceneKind | WordClass.AssetNoun | WordClass.Creative | WordClass.Color));

    // ---- shared --------------------------------------------------------------------------------------------------

    private DurationRequest? Duration(bool forNewScene)
    {
        if (!forNewScene)
        {
            _editDuration ??= new Lazy<DurationRequest?>(() => ReadDuration(forNewScene: false), LazyThreadSafetyMode.None);
            return _editDuration.Value;
        }

        return ReadDuration(forNewScene: true);
    }

    private DurationRequest? ReadDuration(bool forNewScene)
    {
        var duration = DurationReader.Read(_t, Fps, forNewScene);

        // "make the headline shorter" is about text, not time: an implied change needs no element in the prompt.
        if (duration is { Use: DurationUse.Implied })
        {
            for (var i = 0; i < _t.Length; i++)
            {
                if (_t[i].Is(WordClass.Element | WordClass.AssetNoun) && !InMention(i))
                {
                    return null;
                }
            }
        }

        return duration;
    }

    private BrainDecision? OutOfRange(int frames, SceneEntry? target)
    {
        if (frames is >= Storyboard.MinDurationInFrames and <= Storyboard.MaxDurationInFrames)
        {
            return null;
        }

        var subject = target is null ? "the new scene" : Describe(target);
        return Ask(
            $"A scene can last {Storyboard.MinDurationInFrames} to {Storyboard.MaxDurationInFrames} frames ({Seconds(Storyboard.MinDurationInFrames, Fps)} to {Seconds(Storyboard.MaxDurationInFrames, Fps)} seconds at {Fps} fps); {Frames(frames)} frames is outside that. How long should {subject} be?",
            0.95,
            $"The requested duration ({Frames(frames)} frames) is outside {Storyboard.MinDurationInFrames}–{Storyboard.MaxDurationInFrames} frames.");
    }

    private BrainDecision Unresolvable(SceneMention mention)
    {
        const string Reason = "The prompt names a scene that is ambiguous or does not exist.";
        return mention.Problem switch
        {
            MentionProblem.Ambiguous => Ask($"Which scene do you mean by \"{mention.Label}\": {Options(mention.Options)}?", 0.9, Reason),
            MentionProblem.OutOfRange => Ask(
                $"There is no {mention.Label}: the storyboard has {Count(_index.Scenes.Length, "scene")}: {Options(_index.Scenes, "and")}. Which one do you mean?", 0.9, Reason),
            MentionProblem.NoNeighbour => Ask(
                $"There is no scene {(mention.Number < 0 ? "before" : "after")} {Describe(_index.Latest!)}, the most recent one. Which scene do you mean: {Options(_index.Scenes)}?", 0.9, Reason),
            MentionProblem.NoScenes => Ask("There are no scenes yet. What should the first scene show?", 0.95, "The prompt names a scene but there are no scenes yet."),
            _ => Ask($"I can't find {mention.Label}. Which scene do you mean: {Options(_index.Scenes)}?", 0.9, Reason),
        };
    }

    private BrainDecision Vague(SceneEntry? target)
    {
        const string Reason = "The prompt is too vague to act on.";
        if (_index.IsEmpty)
        {
            return Ask("What should the first scene show? Tell me the subject, the text and the look, for example \"an intro for my product with our logo, dark and fast\".", 0.9, Reason);
        }

        return target is not null
            ? Ask($"What should change in {Describe(target)}? For example its text, colours, size, position, timing or style.", 0.9, Reason)
            : Ask($"What would you like me to do? I can add a new scene, or change or delete one of: {Options(_index.Scenes)}.", 0.9, Reason);
    }

    private BrainDecision Ask(string question, double confidence, string reasoning, string? noScenesQuestion = null) =>
        new(DecisionType.AskClarification, null, [], null, null, confidence, reasoning, _index.IsEmpty && noScenesQuestion is not null ? noScenesQuestion : question);

    private bool HasExplicitTarget() => _mentions.Exists(m => m.IsExplicit && m.Role == MentionRole.Target);

    /// <summary>True when a scene is named as the place of the change ("to the intro", "in scene 2") after token <paramref name="from"/>.</summary>
    private bool HasExplicitTargetAfterPreposition(int from) =>
        _mentions.Exists(m => m.IsExplicit && m.Role == MentionRole.Target && m.Start > from && m.Problem != MentionProblem.NoScenes
            && ((m.Start > 0 && _t[m.Start - 1].Is(WordClass.Preposition)) || (m.Start > 1 && _t[m.Start].Is(WordClass.Definite) && _t[m.Start - 1].Is(WordClass.Preposition))));

    private bool InMention(int i) => _mentions.Exists(m => i >= m.Start && i <= m.End);

    private bool IsClauseStart(int i)
    {
        for (var k = i - 1; k >= 0; k--)
        {
            if (_t[k].IsPunct)
            {
                return true;
            }

            // Fillers and politeness before the verb ("ok, now", "please add", "actually make") keep it clause-initial.
            if (!(_t[k].Kind == TokenKind.Word && (_t[k].Is(WordClass.Filler | WordClass.Polite | WordClass.Sequencer) || _t[k].Surface is "actually" or "also" or "just" or "and" or "so")))
            {
                return false;
            }
        }

        return true;
    }

    private int FirstWord(int from)
    {
        for (var i = from; i < _t.Length; i++)
        {
            if (_t[i].Kind == TokenKind.Word)
            {
                return i;
            }
        }

        return -1;
    }

    private static List<SceneEntry> Distinct(IEnumerable<SceneEntry> scenes)
    {
        var list = new List<SceneEntry>(2);
        foreach (var scene in scenes)
        {
            if (!list.Exists(s => s.Id == scene.Id))
            {
                list.Add(scene);
            }
        }

        return list;
    }
}
