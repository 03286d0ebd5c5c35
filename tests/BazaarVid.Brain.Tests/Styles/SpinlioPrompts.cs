namespace BazaarVid.Brain.Tests.Styles;

/// <summary>The 30 prompts of the sample Spinlio session (samples/…/Sessions/spinlio/session.jsonl) with their upload counts.</summary>
public static class SpinlioPrompts
{
    public static TheoryData<string, int> All() => new()
    {
        { "Make an intro for Spinlio, a cyber security startup. Dark and fast, with neon accents.", 1 },
        { "Each scene should be 2 seconds. Keep the animations smooth.", 0 },
        { "Next, a scene with the tagline \"Security that spins up in seconds\".", 0 },
        { "Here is our dashboard screenshot, show it in a product scene.", 1 },
        { "No emojis anywhere please, and always show our logo in the corner.", 0 },
        { "Add a features scene with three cards: \"Zero Trust\", \"Real-time alerts\", \"SOC2 ready\".", 0 },
        { "Make the tagline bigger.", 0 },
        { "Use #00E5FF as the accent color.", 0 },
        { "Add a pricing scene: \"Starter $9\", \"Pro $29\", \"Enterprise\".", 0 },
        { "Can you make the dashboard scene slide in from the right?", 0 },
        { "What fonts are you using?", 0 },
        { "Add a scene with this alerts screen.", 1 },
        { "Delete the pricing scene.", 0 },
        { "Make the features scene 4 seconds.", 0 },
        { "Use the Inter font for all text.", 0 },
        { "Add a testimonial: \"Spinlio stopped 3 breaches in week one\" - Dana, CISO.", 0 },
        { "Make the intro glitchy.", 0 },
        { "hmm", 0 },
        { "Change the background of the testimonial to navy blue.", 0 },
        { "Add a call to action scene: \"Start free at spinlio.io\".", 0 },
        { "Actually make scenes 3 seconds from now on.", 0 },
        { "Use the same background as scene 1 for the call to action.", 0 },
        { "Add a scene that shows the logo with the headline \"Trusted by 500 teams\".", 0 },
        { "Make that scene calmer, not too fast.", 0 },
        { "Make the alerts scene text bigger.", 0 },
        { "Make the logo bigger in the intro.", 0 },
        { "Is the logo visible in every scene?", 0 },
        { "Add an outro with the logo and \"spinlio.io\".", 0 },
        { "Make the outro fade out slowly.", 0 },
        { "Looks great. Export it.", 0 },
    };
}
