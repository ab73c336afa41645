namespace ModularPipelines.Distributed;

/// <summary>How <see cref="ICommandRunner.RunAsync"/> starts a program and judges its end.</summary>
public sealed record CommandOptions
{
    /// <summary>The directory it starts in; null for the process's current directory.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Variables to set (a value) or remove (null) in the environment it inherits.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    /// <summary>Exit codes that count as success. Default: 0 only.</summary>
    public IReadOnlyCollection<int> AcceptedExitCodes { get; init; } = [0];

    /// <summary>Text written to its standard input, which is then closed; null for an empty input.</summary>
    public string? StandardInput { get; init; }

    /// <summary>How long it may run before its process tree is killed and the call fails; null for no limit of its own.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Whether output lines go to the module's logger as they come. Default true.</summary>
    public bool LogOutput { get; init; } = true;
}
