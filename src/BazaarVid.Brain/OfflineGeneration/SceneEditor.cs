using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace BazaarVid.Brain;

/// <summary>
/// Applies an edit prompt to a scene spec, deterministically: text ("change the headline to "…""), colour ("make the
/// background navy blue", "headline in #00E5FF"), size ("make the logo bigger"), speed ("faster"), position ("move the
/// logo to the top right"), background from another scene ("use the same background as scene 1"), images ("add this
/// logo", "remove the logo"), animation ("make it glitchy", "fade out slowly", "slide in from the right"), layout, and
/// duration. The duration changes only when the prompt asks for one (a number, "longer"/"shorter", or "faster"/"slower");
/// a duration-only edit changes nothing else.
/// </summary>
public static partial class SceneEditor
{
    /// <summary>Returns <paramref name="current"/> with the edit of <paramref name="request"/> applied (its prompt, edit kind, requested duration, assets and referenced scenes).</summary>
    /// <exception cref="ArgumentException">The request is incomplete or has an invalid fps.</exception>
    public static SceneSpec ApplyEdit(SceneSpec current, SceneGenerationRequest request)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(request);
        SpecTools.Validate(request with { Mode = SceneGenerationMode.New, SceneId = null });
        var fps = request.Fps;
        var prompt = PromptText.Read(request.Prompt);
        var requested = request.RequestedDurationInFrames ?? PromptDuration.Frames(prompt.Original, fps);
        if (request.EditKind == EditKind.DurationOnly)
        {
            return current with { DurationInFrames = MotionRules.ClampDuration(requested ?? RelativeDuration(prompt, current.DurationInFrames)) };
        }

        var spec = current with { Elements = current.Elements.IsDefault ? [] : current.Elements };
        spec = EditTexts(spec, prompt);
        spec = EditImages(spec, prompt, request);
        spec = EditReference(spec, prompt, request);
        spec = EditColors(spec, prompt);
        spec = EditSizes(spec, prompt);
        spec = EditPositions(spec, prompt);
        spec = EditAnimations(spec, prompt, fps);
        spec = EditLayout(spec, prompt);
        spec = EditSpeed(spec, prompt, durationRequested: requested is not null);
        if (request.EditKind == EditKind.Creative && spec.Equals(current))
        {
            spec = Restyle(spec, prompt, request);
        }

        if (!string.IsNullOrWhiteSpace(request.Name))
        {
            spec = spec with { Name = PromptText.Shorten(request.Name, 60) };
        }

        if (requested is { } frames)
        {
            spec = spec with { DurationInFrames = MotionRules.ClampDuration(frames) };
        }

        return spec.Equals(current) ? current : spec with { Elements = SpecTools.FitDelays(spec.Elements, spec.DurationInFrames, fps, spec.Motion.Pacing) };
    }

    private static int RelativeDuration(PromptText prompt, int frames) =>
        prompt.Has("double", "twice as long") ? frames * 2
        : prompt.Has("half", "half as long") ? frames / 2
        : prompt.Has("longer", "extend", "lengthen", "more time") ? MotionRules.Scale(frames, 1.25)
        : prompt.Has("shorter", "shorten", "trim", "less time", "quicker") ? MotionRules.Scale(frames, 0.8)
        : frames;

    private static SceneSpec EditTexts(SceneSpec spec, PromptText prompt)
    {
        var replace = ReplacePattern().Match(prompt.Original);
        if (replace.Success)
        {
            var from = replace.Groups["from"].Value;
            var to = replace.Groups["to"].Value;
            return spec with
            {
                Elements = [.. spec.Elements.Select(e => SpecTools.IsText(e.Kind) && e.Text is { } text && text.Contains(from, StringComparison.Ordinal)
                    ? e with { Text = text.Replace(from, to, StringComparison.Ordinal) }
                    : e)],
            };
        }

        foreach (var quote in prompt.Quotes)
        {
            var clause = prompt.Clauses.LastOrDefault(c => c.Start <= quote.Start) ?? new PromptClause(prompt.Lower, 0, prompt.Lower.Length, Targets.None);
            var context = prompt.Lower[clause.Start..quote.Start];
            var targets = PromptText.TargetsOf(context) & Targets.Text;
            if (targets == Targets.None && !TextVerb().IsMatch(context))
            {
                continue;
            }

            spec = SetText(spec, targets, context, PromptText.Shorten(quote.Text, 220));
        }

        return spec;
    }

    private static SceneSpec SetText(SceneSpec spec, Targets targets, string context, string text)
    {
        var kind = (targets & Targets.Headline) != 0 || targets == Targets.None || targets == Targets.Text ? ElementKind.Headline
            : (targets & Targets.Subheadline) != 0 ? ElementKind.Subheadline
            : ElementKind.Card;
        var elements = spec.Elements.ToList();
        if (kind == ElementKind.Card)
        {
            var cards = elements.Where(e => e.Kind == ElementKind.Card).ToList();
            var number = CardNumber(context, cards.Count);
            if (AddVerb().IsMatch(context) || number is null || cards.Count == 0)
            {
                var template = cards.LastOrDefault();
                var card = new SceneElement(SpecTools.NextId(elements), ElementKind.Card, text, null, template?.Color, template?.Scale ?? 1,
                    ElementPosition.Flow, template?.Animation ?? AnimationKind.SlideUp, (template?.DelayFrames ?? 0) + spec.StaggerFrames);
                var after = template is null ? elements.Count : elements.IndexOf(template) + 1;
                elements.Insert(after, card);
                return spec with { Elements = [.. elements], Layout = spec.Layout is SceneLayout.Centered or SceneLayout.Quote ? SceneLayout.Grid : spec.Layout };
            }

            var target = cards[number.Value - 1];
            elements[elements.IndexOf(target)] = target with { Text = text };
            return spec with { Elements = [.. elements] };
        }

        var existing = elements.FindIndex(e => e.Kind == kind);
        if (existing >= 0)
        {
            elements[existing] = elements[existing] with { Text = text };
            return spec with { Elements = [.. elements] };
        }

        var headline = elements.FindIndex(e => e.Kind == ElementKind.Headline);
        var animation = headline >= 0 ? ScenePlanner.DefaultFor(kind, text, elements[headline].Animation) : AnimationKind.Fade;
        var delay = headline >= 0 ? elements[headline].DelayFrames + spec.StaggerFrames : 0;
        var added = new SceneElement(SpecTools.NextId(elements), kind, text, null, null, 1, ElementPosition.Flow, animation, delay);
        elements.Insert(kind == ElementKind.Headline ? 0 : headline + 1, added);
        return spec with { Elements = [.. elements] };
    }

    private static int? CardNumber(string context, int count)
    {
        var match = CardIndex().Match(context);
        if (!match.Success || count == 0)
        {
            return null;
        }

        var word = match.Groups["n"].Success ? match.Groups["n"].Value : match.Groups["o"].Value;
        int? n = word switch
        {
            "first" or "1" => 1,
            "second" or "2" => 2,
            "third" or "3" => 3,
            "fourth" or "4" => 4,
            "fifth" or "5" => 5,
            "sixth" or "6" => 6,
            "last" => count,
            _ => null,
        };
        return n is >= 1 && n <= count ? n : null;
    }

    private static SceneSpec EditImages(SceneSpec spec, PromptText prompt, SceneGenerationRequest request)
    {
        var removed = PromptSignals.Removals(prompt);
        if (removed != Targets.None)
        {
            var elements = spec.Elements.Where(e => (removed & SpecTools.TargetOf(e.Kind) & (Targets.Image | Targets.Logo | Targets.Shape)) == 0).ToImmutableArray();
            var layout = spec.Layout is SceneLayout.Split or SceneLayout.FullBleed && !elements.Any(e => e.Kind == ElementKind.Image) ? SceneLayout.Centered : spec.Layout;
            spec = spec with { Elements = elements, Layout = layout };
        }

        if (PromptSignals.RemovesBackgroundImage(prompt))
        {
            spec = spec with { Background = spec.Background with { ImageUrl = null } };
        }

        var picker = new AssetPicker(request);
        var added = PromptSignals.Additions(prompt);
        var word = PromptSignals.ImageWord(prompt);
        var pointed = PromptSignals.PointsAtAttachment(prompt);
        var currentLogo = spec.Elements.FirstOrDefault(e => e.Kind == ElementKind.Logo)?.AssetUrl;

        if ((added & Targets.Logo) != 0 || (picker.NewestAttachmentIsLogo && (removed & Targets.Logo) == 0 && added == Targets.None && PromptSignals.WantsLogo(prompt)))
        {
            var url = picker.Logo(pointed, (added & Targets.Image) != 0, fromLedger: true);
            if (url is not null)
            {
                spec = PutImage(spec, ElementKind.Logo, url, prompt);
                currentLogo = url;
            }
        }

        if (PromptSignals.WantsBackgroundImage(prompt))
        {
            var url = picker.Image(word, except: currentLogo, fromLedger: true);
            return url is null ? spec : spec with { Background = spec.Background with { ImageUrl = url } };
        }

        if (picker.HasAttachments && added == Targets.None && word is null && (removed & (Targets.Image | Targets.Logo)) == 0 && pointed)
        {
            // "use this instead": the new file takes the place of the picture of its kind.
            var kind = picker.NewestAttachmentIsLogo ? ElementKind.Logo : ElementKind.Image;
            var url = kind == ElementKind.Logo ? picker.Logo(pointedAt: true, imageAlsoWanted: false, fromLedger: false) : picker.Image(null, except: currentLogo, fromLedger: false);
            if (url is not null && spec.Elements.Any(e => e.Kind == kind))
            {
                return PutImage(spec, kind, url, prompt);
            }
        }

        var wantsImage = (added & Targets.Image) != 0
            || (picker.HasAttachments && !picker.NewestAttachmentIsLogo && (added & Targets.Logo) == 0 && (removed & Targets.Image) == 0 && word is not null);
        if (wantsImage)
        {
            var url = picker.Image(word, except: currentLogo, fromLedger: (added & Targets.Image) != 0);
            if (url is not null)
            {
                spec = PutImage(spec, ElementKind.Image, url, prompt);
                if (spec.Layout == SceneLayout.Centered)
                {
                    spec = spec with { Layout = SceneLayout.Split };
                }
            }
        }

        return spec;
    }

    private static SceneSpec PutImage(SceneSpec spec, ElementKind kind, string url, PromptText prompt)
    {
        var elements = spec.Elements.ToList();
        var existing = elements.FindIndex(e => e.Kind == kind);
        if (existing >= 0)
        {
            elements[existing] = elements[existing] with { AssetUrl = url };
            return spec with { Elements = [.. elements] };
        }

        var target = kind == ElementKind.Logo ? Targets.Logo : Targets.Image;
        var position = PromptSignals.Positions(prompt).Where(p => (p.Targets & target) != 0).Select(p => (ElementPosition?)p.Position).LastOrDefault() ?? ElementPosition.Flow;
        var headline = elements.FirstOrDefault(e => e.Kind == ElementKind.Headline);
        var animation = ScenePlanner.DefaultFor(kind, null, headline?.Animation ?? AnimationKind.Fade);
        var element = new SceneElement(SpecTools.NextId(elements), kind, null, url, null, 1, position, animation, kind == ElementKind.Logo ? 0 : elements.Count == 0 ? 0 : elements.Max(e => e.DelayFrames) + spec.StaggerFrames);
        var at = kind == ElementKind.Logo ? Math.Max(0, elements.FindIndex(e => e.Kind != ElementKind.Shape || e.Text == "line")) : elements.Count;
        elements.Insert(Math.Min(at, elements.Count), element);
        return spec with { Elements = [.. elements] };
    }

    private static SceneSpec EditReference(SceneSpec spec, PromptText prompt, SceneGenerationRequest request)
    {
        if (PromptSignals.Reference(prompt) is not { } reference || request.ReferencedScenes.IsDefaultOrEmpty)
        {
            return spec;
        }

        var scenes = request.ReferencedScenes.Where(s => s?.Spec is not null && s.SceneId != spec.SceneId).OrderBy(s => s.Order).ToList();
        var currentOrder = request.Current?.Order ?? int.MaxValue;
        var source = reference switch
        {
            { Order: { } n } => scenes.Find(s => s.Order == n),
            { Relative: "first" } => scenes.FirstOrDefault(),
            { Relative: "last" } => scenes.LastOrDefault(),
            { Relative: "previous" } => scenes.LastOrDefault(s => s.Order < currentOrder) ?? scenes.LastOrDefault(),
            _ => scenes.Count == 1 ? scenes[0] : null,
        };
        if (source?.Spec is not { } from)
        {
            return spec;
        }

        return reference.What switch
        {
            "background" => spec with { Background = from.Background, Palette = SpecTools.Readable(spec.Palette, from.Background.Color, true) },
            "colors" => spec with { Background = from.Background, Palette = from.Palette },
            _ => spec with { Background = from.Background, Palette = from.Palette, Typography = from.Typography, Motion = from.Motion, StyleKey = from.StyleKey },
        };
    }

    private static SceneSpec EditColors(SceneSpec spec, PromptText prompt)
    {
        foreach (var color in PromptSignals.Colors(prompt))
        {
            if ((color.Targets & Targets.Background) != 0)
            {
                spec = spec with
                {
                    Background = spec.Background with { Color = color.Hex, GradientTo = color.GradientTo },
                    Palette = SpecTools.Readable(spec.Palette, color.Hex, true),
                };
                continue;
            }

            var kinds = color.Targets & (Targets.Text | Targets.Shape);
            if (kinds != Targets.None && spec.Elements.Any(e => (kinds & SpecTools.TargetOf(e.Kind)) != 0))
            {
                spec = spec with { Elements = [.. spec.Elements.Select(e => (kinds & SpecTools.TargetOf(e.Kind)) != 0 ? e with { Color = color.Hex } : e)] };
            }
            else if ((color.Targets & Targets.Accent) != 0)
            {
                spec = spec with { Palette = spec.Palette with { Accent = color.Hex } };
            }
            else if (kinds == Targets.None)
            {
                spec = spec with { Palette = spec.Palette with { Accent = color.Hex, Primary = Colors.Readable(color.Hex, spec.Background.Color, 3) } };
            }
        }

        return spec;
    }

    private static SceneSpec EditSizes(SceneSpec spec, PromptText prompt)
    {
        foreach (var (factor, targets) in PromptSignals.Sizes(prompt))
        {
            var kinds = targets & (Targets.Content | Targets.Shape);
            spec = spec with
            {
                Elements = [.. spec.Elements.Select(e =>
                    (kinds == Targets.None ? e.Kind != ElementKind.Shape : (kinds & SpecTools.TargetOf(e.Kind)) != 0)
                        ? e with { Scale = Math.Round(Math.Clamp(e.Scale * factor, 0.25, 4), 4) }
                        : e)],
            };
        }

        return spec;
    }

    private static SceneSpec EditPositions(SceneSpec spec, PromptText prompt)
    {
        foreach (var (position, targets) in PromptSignals.Positions(prompt))
        {
            var kinds = targets & (Targets.Content | Targets.Shape);
            if (kinds == Targets.None)
            {
                kinds = spec.Elements.Any(e => e.Kind == ElementKind.Logo) ? Targets.Logo
                    : spec.Elements.Any(e => e.Kind == ElementKind.Image) ? Targets.Image
                    : Targets.Headline;
            }

            spec = spec with { Elements = [.. spec.Elements.Select(e => (kinds & SpecTools.TargetOf(e.Kind)) != 0 ? e with { Position = position } : e)] };
        }

        return spec;
    }

    private static SceneSpec EditAnimations(SceneSpec spec, PromptText prompt, int fps)
    {
        foreach (var mention in PromptSignals.Animations(prompt))
        {
            var kinds = mention.Targets & (Targets.Content | Targets.Shape);
            if (kinds == Targets.None)
            {
                kinds = mention.Kind switch
                {
                    AnimationKind.Glitch => Targets.Headline | Targets.Subheadline,
                    AnimationKind.Typewriter => Targets.Headline,
                    _ => Targets.Content,
                };
            }

            spec = spec with
            {
                Elements = [.. spec.Elements.Select(e => (kinds & SpecTools.TargetOf(e.Kind)) != 0 ? e with { Animation = ScenePlanner.Fit(e.Kind, e.Text, mention.Kind) } : e)],
            };
            if (mention.Kind == AnimationKind.Spring && prompt.Has("bouncy", "bounce", "bouncing", "elastic"))
            {
                spec = spec with { Motion = spec.Motion with { SpringDamping = 10, SpringStiffness = 120, SpringMass = 0.8 } };
            }
        }

        if (PromptSignals.FadeOutSeconds(prompt) is { } seconds)
        {
            spec = spec with { ExitFrames = Math.Min(spec.DurationInFrames / 2, (int)Math.Round(seconds * fps)) };
        }

        if (PromptSignals.Stagger(prompt))
        {
            var stagger = Math.Max(spec.StaggerFrames, MotionRules.StaggerFrames(spec.Motion.Pacing, fps, pronounced: true));
            var slot = 0;
            spec = spec with
            {
                StaggerFrames = stagger,
                Elements = [.. spec.Elements.Select(e => e.Kind == ElementKind.Shape && e.Text != "line" ? e : e with { DelayFrames = slot++ * stagger })],
            };
        }

        return spec;
    }

    private static SceneSpec EditLayout(SceneSpec spec, PromptText prompt)
    {
        var layout = PromptSignals.Layout(prompt);
        var ok = layout switch
        {
            SceneLayout.Grid => spec.Elements.Any(e => e.Kind == ElementKind.Card),
            SceneLayout.Split or SceneLayout.FullBleed => spec.Elements.Any(e => e.Kind == ElementKind.Image),
            SceneLayout.Centered => true,
            _ => false,
        };
        return ok ? spec with { Layout = layout!.Value } : spec;
    }

    private static SceneSpec EditSpeed(SceneSpec spec, PromptText prompt, bool durationRequested)
    {
        if (PromptSignals.Speed(prompt) is not { } factor)
        {
            return spec;
        }

        return spec with
        {
            Elements = [.. spec.Elements.Select(e => e with { DelayFrames = MotionRules.Scale(e.DelayFrames, factor) })],
            StaggerFrames = MotionRules.Scale(spec.StaggerFrames, factor),
            ExitFrames = MotionRules.Scale(spec.ExitFrames, factor),
            Motion = spec.Motion with { Pacing = MotionRules.Step(spec.Motion.Pacing, factor) },
            DurationInFrames = durationRequested ? spec.DurationInFrames : MotionRules.ClampDuration(MotionRules.Scale(spec.DurationInFrames, factor)),
        };
    }

    private static SceneSpec Restyle(SceneSpec spec, PromptText prompt, SceneGenerationRequest request)
    {
        if (!string.Equals(request.Style.Key, spec.StyleKey, StringComparison.Ordinal))
        {
            var palette = SpecTools.Sanitize(request.Style.Palette);
            return spec with
            {
                StyleKey = request.Style.Key,
                Palette = palette,
                Background = spec.Background with { Color = palette.Background, GradientTo = null },
                Typography = SpecTools.WithFont(request.Style.Typography, request.Preferences),
                Motion = MotionRules.Motion(request.Style.Motion, spec.Motion.Pacing, request.Preferences),
            };
        }

        var (animation, pacing) = Energetic().IsMatch(prompt.Lower) ? (AnimationKind.Spring, "fast")
            : Calm().IsMatch(prompt.Lower) ? (AnimationKind.Fade, "slow")
            : (MotionRules.PrimaryAnimation(null, request.Preferences, spec.Motion, spec.Motion.Pacing), spec.Motion.Pacing);
        return spec with
        {
            Motion = spec.Motion with { Pacing = pacing },
            Elements = [.. spec.Elements.Select(e => e with { Animation = ScenePlanner.Fit(e.Kind, e.Text, ScenePlanner.DefaultFor(e.Kind, e.Text, animation)) })],
        };
    }

    [GeneratedRegex(@"\breplace\s+[""\u201C'](?<from>[^""\u201D']+)[""\u201D']\s+(?:with|by)\s+[""\u201C'](?<to>[^""\u201D']+)[""\u201D']", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReplacePattern();

    [GeneratedRegex(@"\b(?:change|set|make|update|rename|edit|rewrite|replace|swap|say|says|read|reads|to|into|add)\b|:\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TextVerb();

    [GeneratedRegex(@"\b(?:add|another|new|extra)\b", RegexOptions.CultureInvariant)]
    private static partial Regex AddVerb();

    [GeneratedRegex(@"\bcard\s*(?:#\s*)?(?<n>[1-6])\b|\b(?<o>first|second|third|fourth|fifth|sixth|last)\s+card\b", RegexOptions.CultureInvariant)]
    private static partial Regex CardIndex();

    [GeneratedRegex(@"\b(?:exciting|energetic|dynamic|punchy|bold|fun|more\s+energy|pop|lively|hype)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Energetic();

    [GeneratedRegex(@"\b(?:elegant|classy|subtle|calm|minimal|cleaner|premium|refined|sophisticated)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Calm();
}
