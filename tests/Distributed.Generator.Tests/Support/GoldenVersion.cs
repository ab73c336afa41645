using ModularPipelines.Distributed.Generator.Emitter;

namespace ModularPipelines.Distributed.Generator.Tests.Support;

/// <summary>
/// Golden files pin what the generator writes, not the version it was built as: the build's <c>-p:Version</c> reaches
/// the <c>[GeneratedCode]</c> attribute, so that one string is replaced by <see cref="Placeholder"/> before a run is
/// compared with, or written to, the golden files.
/// </summary>
internal static class GoldenVersion
{
    /// <summary>What the golden files hold where the generated code names the generator's version.</summary>
    public const string Placeholder = "<generator version>";

    private static readonly string Stamped = GeneratedCode(GeneratorInfo.Version);

    private static readonly string Normalised = GeneratedCode(Placeholder);

    /// <summary>The sources, each with the generator's version in <c>[GeneratedCode]</c> replaced by the placeholder.</summary>
    public static IReadOnlyDictionary<string, string> Normalise(IReadOnlyDictionary<string, string> sources) =>
        sources.ToDictionary(pair => pair.Key, pair => pair.Value.Replace(Stamped, Normalised, StringComparison.Ordinal), StringComparer.Ordinal);

    private static string GeneratedCode(string version) =>
        $"GeneratedCode({CSharpLiterals.String(GeneratorInfo.Name)}, {CSharpLiterals.String(version)})";
}
