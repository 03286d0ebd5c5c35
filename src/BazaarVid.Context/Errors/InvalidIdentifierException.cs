namespace BazaarVid.Context;

/// <summary>An id (project, conversation, scene, …) was empty, too long or contained control characters.</summary>
public sealed class InvalidIdentifierException : BazaarVidException
{
    /// <summary>Creates the exception for the named parameter.</summary>
    public InvalidIdentifierException(string parameterName, string reason)
        : base("invalid-identifier", $"Identifier '{parameterName}' is invalid: {reason}")
    {
        ParameterName = parameterName;
        Reason = reason;
    }

    /// <summary>The parameter that carried the invalid id.</summary>
    public string ParameterName { get; }

    /// <summary>Why the id was refused.</summary>
    public string Reason { get; }
}
