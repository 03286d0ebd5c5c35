using System.Globalization;
using System.Text;
using BazaarVid.Context;
using Microsoft.Extensions.AI;

namespace BazaarVid.Brain;

/// <summary>
/// The two messages of an intent call: fixed instructions, then the storyboard (ids, numbers, names, durations,
/// the newest and the most recent scene marked), THIS message's attachments and the message itself. Earlier
/// messages and their attachments are never included: nothing is inherited.
/// </summary>
internal static class LlmIntentPrompt
{
    public const int MaxListedScenes = 60;
    private const int MaxDescriptionLength = 160;

    public const string Instructions =
        """
        You decide what one chat message asks a motion-graphics video editor to do. Reply with one JSON object and nothing else.

        Decisions:
        - new_scene: the message asks for a new scene ("add a pricing scene", "next, a scene with...", "another one", "make an intro for X", an upload with "show this"). Set insert_position only when the message asks for a position ("after scene 2" is 3). Scenes the new one should resemble go in referenced_scene_ids.
        - edit_scene: the message changes ONE existing scene; target_scene_id is its id. "it", "this", "that" and "the scene" mean the scene marked MOST RECENT. "previous" and "next" are relative to the MOST RECENT scene. A scene attached to this message is the target. Scenes the edit takes something from ("use the same background as scene 1") go in referenced_scene_ids. edit_kind: duration_only when only the length changes; surgical for one or a few properties (colour, size, text, position, speed); creative for a redesign, "more exciting", "completely different" or a new style.
        - delete_scene: the message deletes a scene ("delete scene 2", "remove the last one"). Removing something FROM a scene ("remove the logo from scene 2") is an edit.
        - ask_clarification: the message is too vague to act on ("make it better", "hmm", "ok"), names a scene that is ambiguous or does not exist, asks for an edit when there are no scenes, or asks for a duration outside 15 to 1800 frames. The question names the options as scene N "Name". When the message is a question to you rather than a request ("what fonts are you using?"), clarification_question is that question, repeated.

        Rules: use only scene ids from the storyboard below. Scene N is the N-th scene in the list. Nothing attached to earlier messages belongs to this one. duration_in_frames only when a duration is asked for, at the given fps. confidence from 0 to 1; reasoning is one short sentence.
        """;

    public static List<ChatMessage> Build(IntentRequest request)
    {
        var storyboard = request.Context.Storyboard;
        var builder = new StringBuilder(512);
        builder.Append(CultureInfo.InvariantCulture, $"Frames per second: {request.Fps}\n\n");
        if (storyboard.Scenes.IsEmpty)
        {
            builder.Append("Storyboard: no scenes yet.\n");
        }
        else
        {
            var latest = SceneIndex.MostRecent(storyboard.Scenes);
            var newest = Newest(storyboard);
            builder.Append("Storyboard (live scenes in order):\n");
            foreach (var scene in storyboard.Scenes.Take(MaxListedScenes))
            {
                builder.Append(CultureInfo.InvariantCulture, $"{scene.Order}. id={scene.Id} \"{OneLine(scene.Name)}\", {scene.DurationInFrames} frames ({DecisionWording.Seconds(scene.DurationInFrames, request.Fps)} s)");
                if (!string.IsNullOrWhiteSpace(scene.Description))
                {
                    builder.Append(": ").Append(Truncate(OneLine(scene.Description)));
                }

                if (ReferenceEquals(scene, latest))
                {
                    builder.Append(" [MOST RECENT: last created or edited]");
                }

                if (ReferenceEquals(scene, newest))
                {
                    builder.Append(" [NEWEST: last created]");
                }

                builder.Append('\n');
            }

            if (storyboard.Scenes.Length > MaxListedScenes)
            {
                builder.Append(CultureInfo.InvariantCulture, $"… and {storyboard.Scenes.Length - MaxListedScenes} more scenes.\n");
            }
        }

        builder.Append("\nAttached to this message:\n");
        var sceneIds = request.AttachedSceneIds.IsDefaultOrEmpty ? [] : request.AttachedSceneIds;
        var assets = request.AttachedAssetUrls.IsDefaultOrEmpty ? [] : request.AttachedAssetUrls;
        if (sceneIds.IsEmpty && assets.IsEmpty)
        {
            builder.Append("nothing\n");
        }

        foreach (var id in sceneIds)
        {
            builder.Append("- scene id=").Append(OneLine(id)).Append('\n');
        }

        foreach (var url in assets)
        {
            builder.Append("- asset ").Append(OneLine(url)).Append('\n');
        }

        builder.Append("\nMessage:\n<message>\n").Append(request.Prompt.Replace("</message>", "</ message>", StringComparison.OrdinalIgnoreCase)).Append("\n</message>\n");
        return [new ChatMessage(ChatRole.System, Instructions), new ChatMessage(ChatRole.User, builder.ToString())];
    }

    private static SceneEntry? Newest(Storyboard storyboard)
    {
        SceneEntry? newest = null;
        foreach (var scene in storyboard.Scenes)
        {
            if (newest is null || scene.CreatedTurn > newest.CreatedTurn || (scene.CreatedTurn == newest.CreatedTurn && scene.Order > newest.Order))
            {
                newest = scene;
            }
        }

        return newest;
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();

    private static string Truncate(string text) => text.Length <= MaxDescriptionLength ? text : string.Concat(text.AsSpan(0, MaxDescriptionLength - 1), "…");
}
