using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.Extensions.Logging;

namespace ModularPipelines.Distributed.Analyzers.Tests.Support;

/// <summary>
/// The references of the test compilations, found without the network.
/// <para>
/// <c>ReferenceAssemblies.Net.Net90</c> cannot be used: the runtime assembly is built against .NET 10, and a
/// .NET 9 System.Runtime makes every test fail with CS1705. <c>ReferenceAssemblies.Net.Net100</c> (testing 1.1.4)
/// resolves the package Microsoft.NETCore.App.Ref 10.0.1 through NuGet: from the global packages folder if it is
/// there (it is not: restoring a net10.0 project uses the SDK's targeting pack, not that package), else by
/// downloading it from nuget.org into %TEMP%/test-packages, which fails offline. <c>WithPackages</c> has the same
/// problem.
/// </para>
/// <para>
/// What works offline: the targeting pack the SDK ships, <c>{dotnet}/packs/Microsoft.NETCore.App.Ref/10.*/ref/net10.0</c>
/// (the same assemblies Net100 would download). <see cref="Framework"/> is an empty <see cref="ReferenceAssemblies"/>
/// (no package: it resolves to nothing and never touches NuGet), and <see cref="All"/> adds the targeting pack's
/// assemblies, the runtime and its logging abstractions as additional metadata references.
/// </para>
/// </summary>
internal static class TestReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(Load);

    /// <summary>A reference set with no package, so that the testing library resolves nothing by itself.</summary>
    public static ReferenceAssemblies Framework { get; } = new("net10.0");

    /// <summary>The targeting pack, <c>ModularPipelines.Distributed</c> and <c>Microsoft.Extensions.Logging.Abstractions</c>.</summary>
    public static ImmutableArray<MetadataReference> All => References.Value;

    private static ImmutableArray<MetadataReference> Load()
    {
        var pack = FindTargetingPack();
        return Directory.GetFiles(pack, "*.dll")
            .Order(StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .Append(MetadataReference.CreateFromFile(typeof(ModuleBase).Assembly.Location))
            .Append(MetadataReference.CreateFromFile(typeof(ILogger).Assembly.Location))
            .ToImmutableArray();
    }

    /// <summary>The newest <c>ref/net10.0</c> folder of the running runtime's dotnet installation.</summary>
    private static string FindTargetingPack()
    {
        // {dotnet}/shared/Microsoft.NETCore.App/{version}/ -> {dotnet}
        var runtimeDirectory = RuntimeEnvironment.GetRuntimeDirectory().TrimEnd(Path.DirectorySeparatorChar);
        var dotnetRoot = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        var packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        var candidates = Directory.Exists(packs)
            ? Directory.GetDirectories(packs, "10.*")
                .Select(version => Path.Combine(version, "ref", "net10.0"))
                .Where(Directory.Exists)
                .OrderByDescending(path => Version.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(path))), out var v) ? v : new Version(0, 0))
                .ToList()
            : [];
        return candidates.Count > 0
            ? candidates[0]
            : throw new InvalidOperationException($"No .NET 10 targeting pack under {packs}: install the .NET 10 SDK.");
    }
}
