using System.Reflection;

namespace ModularPipelines.Distributed.Generator.Emitter;

/// <summary>The generator's name and version, stamped on generated types.</summary>
internal static class GeneratorInfo
{
    public const string Name = "ModularPipelines.Distributed.Generator";

    /// <summary>
    /// The version the generator was built as (<c>-p:Version</c>), read from its own assembly: the informational
    /// version, which is the package version with its pre-release label (<c>9.8.7-test</c>, where the assembly version
    /// would say <c>9.8.7.0</c>), without the <c>+commit</c> the SDK appends, so that two builds of one version emit
    /// the same code whichever commit they came from.
    /// </summary>
    public static string Version { get; } = VersionOf(typeof(GeneratorInfo).Assembly);

    /// <summary>The <c>[GeneratedCode]</c> attribute every generated type carries.</summary>
    public static string GeneratedCodeAttribute { get; } =
        $"[global::System.CodeDom.Compiler.GeneratedCode({CSharpLiterals.String(Name)}, {CSharpLiterals.String(Version)})]";

    /// <summary>The informational version without build metadata; the assembly version when there is none.</summary>
    public static string VersionOf(Assembly assembly) =>
        assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion is { Length: > 0 } informational
            ? WithoutBuildMetadata(informational)
            : assembly.GetName().Version?.ToString() ?? "0.0.0.0";

    /// <summary>A semantic version without its <c>+metadata</c> part: <c>1.2.3-beta+abc123</c> becomes <c>1.2.3-beta</c>.</summary>
    public static string WithoutBuildMetadata(string version)
    {
        var plus = version.IndexOf('+');
        return plus < 0 ? version : version.Substring(0, plus);
    }
}
