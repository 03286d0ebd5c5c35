namespace BazaarVid.SceneCheck.Tests.Runner;

/// <summary>Finds the repository root: the nearest folder, from a start folder upwards, holding tools/scene-check/check.mjs.</summary>
public static class RepositoryLocator
{
    /// <summary>The checker script's path relative to the repository root.</summary>
    public static readonly string CheckScript = Path.Combine("tools", "scene-check", "check.mjs");

    /// <summary>Returns the repository root above <paramref name="startDirectory"/>; throws when there is none.</summary>
    public static string Find(string startDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(startDirectory);
        for (var dir = new DirectoryInfo(Path.GetFullPath(startDirectory)); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, CheckScript)))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException(
            $"No repository root (a folder holding {CheckScript}) at or above {startDirectory}.");
    }
}
