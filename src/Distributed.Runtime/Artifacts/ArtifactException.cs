namespace ModularPipelines.Distributed;

/// <summary>
/// An artifact could not be published or put in place: no file matched, a path or pattern leaves the workspace, content
/// is missing or damaged, a limit was reached. The message names the artifact, its producer and the file.
/// </summary>
public sealed class ArtifactException : Exception
{
    /// <summary>Creates the exception with its message.</summary>
    /// <param name="message">What went wrong and, where there is one, what to do.</param>
    public ArtifactException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its message and the failure that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public ArtifactException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
