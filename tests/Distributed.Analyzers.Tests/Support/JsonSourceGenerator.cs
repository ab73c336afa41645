using System.Reflection;
using System.Runtime.InteropServices;

namespace ModularPipelines.Distributed.Analyzers.Tests.Support;

/// <summary>
/// System.Text.Json's source generator, loaded from the SDK's targeting pack (where a real build finds it too), so that
/// tests can compile <c>partial class X : JsonSerializerContext</c> without the network.
/// </summary>
internal static class JsonSourceGenerator
{
    private static readonly Lazy<Type> Generator = new(Load);

    /// <summary>The generator type (<c>System.Text.Json.SourceGeneration.JsonSourceGenerator</c>).</summary>
    public static Type Type => Generator.Value;

    private static Type Load()
    {
        var runtimeDirectory = RuntimeEnvironment.GetRuntimeDirectory().TrimEnd(Path.DirectorySeparatorChar);
        var dotnetRoot = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", ".."));
        var packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        var path = Directory.Exists(packs)
            ? Directory.GetDirectories(packs, "10.*")
                .Select(version => Path.Combine(version, "analyzers", "dotnet", "cs", "System.Text.Json.SourceGeneration.dll"))
                .Where(File.Exists)
                .OrderByDescending(p => Version.TryParse(Path.GetFileName(Path.GetFullPath(Path.Combine(p, "..", "..", "..", ".."))), out var v) ? v : new Version(0, 0))
                .FirstOrDefault()
            : null;
        if (path is null)
        {
            throw new InvalidOperationException($"No System.Text.Json source generator under {packs}: install the .NET 10 SDK.");
        }

        return Assembly.LoadFrom(path).GetType("System.Text.Json.SourceGeneration.JsonSourceGenerator", throwOnError: true)!;
    }
}
