namespace ModularPipelines.Distributed;

/// <summary>The pipeline cannot run as configured: a bad option, or a graph that does not hold together.</summary>
public sealed class PipelineConfigurationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PipelineConfigurationException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">One line: what is wrong and how to fix it.</param>
    public PipelineConfigurationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">One line: what is wrong and how to fix it.</param>
    /// <param name="innerException">The cause.</param>
    public PipelineConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
