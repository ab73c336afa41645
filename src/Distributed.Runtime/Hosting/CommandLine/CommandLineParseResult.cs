namespace ModularPipelines.Distributed;

/// <summary>Either the settings read from the command line and environment, or one line saying what is wrong.</summary>
internal sealed record CommandLineParseResult(CommandLineSettings? Settings, string? Error)
{
    public static CommandLineParseResult Success(CommandLineSettings settings) => new(settings, null);

    public static CommandLineParseResult Failure(string error) => new(null, error);
}
