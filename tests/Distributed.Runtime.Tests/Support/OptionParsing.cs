namespace ModularPipelines.Distributed.Runtime.Tests.Support;

/// <summary>Parses options against a dictionary-backed environment, never the machine's.</summary>
internal static class OptionParsing
{
    public static CommandLineParseResult Parse(string[] args, IReadOnlyDictionary<string, string>? environment = null) =>
        PipelineCommandLine.Parse(args, name => environment?.GetValueOrDefault(name));

    /// <summary>Parses and requires success.</summary>
    public static CommandLineSettings Settings(string[] args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var result = Parse(args, environment);
        Assert.That(result.Error, Is.Null, "the options should parse");
        return result.Settings!;
    }

    /// <summary>Parses and requires a failure.</summary>
    public static string Error(string[] args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var result = Parse(args, environment);
        Assert.That(result.Settings, Is.Null, "the options should be rejected");
        return result.Error!;
    }
}
