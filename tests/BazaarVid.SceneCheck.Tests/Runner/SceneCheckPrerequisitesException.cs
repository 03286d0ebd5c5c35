namespace BazaarVid.SceneCheck.Tests.Runner;

/// <summary>Node, the checker's npm packages or Chromium are missing; the message says what and how to install it.</summary>
public sealed class SceneCheckPrerequisitesException : Exception
{
    public SceneCheckPrerequisitesException()
    {
    }

    public SceneCheckPrerequisitesException(string message)
        : base(message)
    {
    }

    public SceneCheckPrerequisitesException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
