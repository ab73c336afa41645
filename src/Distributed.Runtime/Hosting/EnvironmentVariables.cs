namespace ModularPipelines.Distributed;

/// <summary>
/// The environment the pipeline was built with, as a service: the same reader the command line's fallbacks use, so
/// the runtime's tests give the run an environment of their own instead of the machine's.
/// </summary>
internal sealed class EnvironmentVariables(Func<string, string?> read)
{
    public string? Get(string name) => read(name);
}
