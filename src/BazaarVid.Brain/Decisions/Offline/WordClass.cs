namespace BazaarVid.Brain;

/// <summary>What a word can mean to the offline intent analyzer; a word may have several classes.</summary>
[Flags]
internal enum WordClass : ulong
{
    None = 0,

    /// <summary>Carries no meaning for intent (articles, prepositions, auxiliaries, politeness).</summary>
    Stop = 1UL << 0,

    /// <summary>Means nothing actionable on its own ("ok", "hmm", "thanks").</summary>
    Filler = 1UL << 1,

    /// <summary>Asks for a change without saying which ("better", "fix", "improve", "change").</summary>
    Vague = 1UL << 2,

    /// <summary>the, this, that, our, my, your.</summary>
    Definite = 1UL << 3,

    /// <summary>a, an, another, new.</summary>
    Indefinite = 1UL << 4,

    /// <summary>it, this, that: the most recent scene when used on their own.</summary>
    Pronoun = 1UL << 5,

    /// <summary>scene, slide, shot, clip (and "one" after a determiner or ordinal).</summary>
    SceneNoun = 1UL << 6,

    /// <summary>Kinds of scene: intro, outro, testimonial, pricing, features, cta, …</summary>
    SceneKind = 1UL << 7,

    /// <summary>Things inside a scene: logo, text, background, title, …</summary>
    Element = 1UL << 8,

    /// <summary>add, create, make, build, …</summary>
    CreateVerb = 1UL << 9,

    /// <summary>delete, remove, drop, cut, …</summary>
    DeleteVerb = 1UL << 10,

    /// <summary>change, move, recolor, replace, swap, use, …</summary>
    EditVerb = 1UL << 11,

    /// <summary>show, display, present, feature, "here is".</summary>
    ShowVerb = 1UL << 12,

    /// <summary>Verbs that only carry a duration change: shorten, lengthen, extend, trim, last, run, make, set.</summary>
    DurationVerb = 1UL << 13,

    /// <summary>bigger, smaller, faster, calmer, bold, …</summary>
    Adjustment = 1UL << 14,

    /// <summary>Colour names.</summary>
    Color = 1UL << 15,

    /// <summary>Asks for a broader rework or a new style (redesign, exciting, glitchy, retro, …).</summary>
    Creative = 1UL << 16,

    /// <summary>first … tenth, last, penultimate, previous, next.</summary>
    Ordinal = 1UL << 17,

    /// <summary>one … twenty.</summary>
    NumberWord = 1UL << 18,

    /// <summary>Time units: seconds, s, frames, minutes, ms.</summary>
    Unit = 1UL << 19,

    /// <summary>what, which, who, why, how, when, where.</summary>
    Question = 1UL << 20,

    /// <summary>is, are, do, does, can, could, would, will, should, …</summary>
    Auxiliary = 1UL << 21,

    /// <summary>Makes a statement apply to every scene: always, never, everywhere, anywhere, "from now on".</summary>
    Scope = 1UL << 22,

    /// <summary>then, next, now, finally: a new step of the video.</summary>
    Sequencer = 1UL << 23,

    /// <summary>as, like, than, similar, matching: what follows is a reference, not the target.</summary>
    ReferenceMarker = 1UL << 24,

    /// <summary>after, before, between, following.</summary>
    PositionMarker = 1UL << 25,

    /// <summary>in, on, to, for, of, into, from, at, with.</summary>
    Preposition = 1UL << 26,

    /// <summary>corner, top, bottom, left, right, center, side.</summary>
    Placement = 1UL << 27,

    /// <summary>Actions the brain does not perform from chat: export, render, download, publish, undo.</summary>
    Unsupported = 1UL << 28,

    /// <summary>copy, take, borrow, reuse: "from scene 1" is then a reference.</summary>
    Copy = 1UL << 29,

    /// <summary>fade, slide, zoom, bounce, spin, …</summary>
    Animation = 1UL << 30,

    /// <summary>latest, newest, recent, current.</summary>
    Latest = 1UL << 31,

    /// <summary>please, "is it possible to": a polite request, not a question.</summary>
    Polite = 1UL << 32,

    /// <summary>"how about", "what if": a suggestion, which is a request.</summary>
    Suggestion = 1UL << 33,

    /// <summary>Media a person uploads: image, photo, screenshot, logo, screen, video.</summary>
    AssetNoun = 1UL << 34,

    /// <summary>and, or, but, plus.</summary>
    Conjunction = 1UL << 35,

    /// <summary>The possessive 's.</summary>
    Possessive = 1UL << 36,

    /// <summary>you, we, i, u: the subject of "can you …".</summary>
    Subject = 1UL << 37,

    /// <summary>Reorders scenes (move, put, swap, reorder).</summary>
    Reorder = 1UL << 38,

    /// <summary>"at the start" / "at the beginning".</summary>
    AtStart = 1UL << 39,

    /// <summary>"at the end".</summary>
    AtEnd = 1UL << 40,

    /// <summary>"completely", "totally", "from scratch": amplifies a creative change.</summary>
    Completely = 1UL << 41,

    /// <summary>Verbs of appearance (look, feel) that make "like …" a style reference.</summary>
    LookVerb = 1UL << 42,

    /// <summary>by: a relative duration ("shorten by 1 second").</summary>
    By = 1UL << 43,

    /// <summary>Prefixes after which a duration is not the scene's length (after, every, within, delay, wait).</summary>
    NotSceneLength = 1UL << 44,

    /// <summary>Makes a duration shorter (shorten, shorter, trim, cut, reduce).</summary>
    Shorter = 1UL << 45,

    /// <summary>Makes a duration longer (lengthen, longer, extend).</summary>
    Longer = 1UL << 46,

    /// <summary>A word about every scene or the whole video (all, each, every, whole, entire, other).</summary>
    Quantifier = 1UL << 47,

    /// <summary>Verbs that turn a scene into something else ("turn it into a quote"): what follows is not a new scene.</summary>
    Into = 1UL << 48,
}
