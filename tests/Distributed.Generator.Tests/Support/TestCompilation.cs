using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ModularPipelines.Distributed.Generator.Tests.Support;

/// <summary>Builds the compilations the generator runs on: user sources plus the framework and the runtime assembly.</summary>
internal static class TestCompilation
{
    /// <summary>The name of every test compilation; it appears in the generated graph.</summary>
    public const string AssemblyName = "TestPipeline";

    /// <summary>The path of the global-usings tree added to every compilation.</summary>
    public const string GlobalUsingsPath = "/src/GlobalUsings.cs";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Parse);

    private static readonly string[] FrameworkPrefixes = ["System.", "Microsoft.Extensions.", "Microsoft.Win32.", "Microsoft.CSharp."];

    private static readonly string[] FrameworkNames = ["System.dll", "netstandard.dll", "mscorlib.dll"];

    private static readonly Lazy<ImmutableArray<MetadataReference>> Framework = new(LoadFrameworkReferences);

    private static readonly Lazy<MetadataReference> Runtime = new(
        () => MetadataReference.CreateFromFile(typeof(Module<>).Assembly.Location));

    /// <summary>The conventional path of the n-th source passed to <see cref="Create(string[])"/>.</summary>
    public static string PathOf(int index) => $"/src/File{index}.cs";

    /// <summary>A compilation of the sources (named <c>/src/File0.cs</c>, <c>/src/File1.cs</c>, ...) that references the runtime.</summary>
    public static CSharpCompilation Create(params string[] sources) => Create(sources, referenceRuntime: true);

    public static CSharpCompilation Create(IReadOnlyList<string> sources, bool referenceRuntime)
    {
        var trees = new List<SyntaxTree> { Parse(GlobalUsings(referenceRuntime), GlobalUsingsPath) };
        trees.AddRange(sources.Select((source, index) => Parse(source, PathOf(index))));
        var references = referenceRuntime ? Framework.Value.Add(Runtime.Value) : Framework.Value;
        return CSharpCompilation.Create(
            AssemblyName,
            trees,
            references,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                deterministic: true));
    }

    public static SyntaxTree Parse(string source, string path) =>
        CSharpSyntaxTree.ParseText(source, ParseOptions, path);

    /// <summary>Replaces the tree at <paramref name="path"/> with new text, keeping every other tree (and its cache) as is.</summary>
    public static Compilation WithSource(this Compilation compilation, string path, string source)
    {
        var old = compilation.SyntaxTrees.Single(t => t.FilePath == path);
        return compilation.ReplaceSyntaxTree(old, Parse(source, path));
    }

    /// <summary>Adds a new tree at <paramref name="path"/>.</summary>
    public static Compilation WithNewSource(this Compilation compilation, string path, string source) =>
        compilation.AddSyntaxTrees(Parse(source, path));

    private static string GlobalUsings(bool referenceRuntime) =>
        """
        global using System;
        global using System.Collections.Generic;
        global using System.Threading;
        global using System.Threading.Tasks;

        """ + (referenceRuntime ? "global using ModularPipelines.Distributed;\n" : string.Empty);

    /// <summary>
    /// The framework from the test host's trusted platform assemblies (this process runs on the same framework the
    /// runtime targets), restricted to BCL and Microsoft.Extensions assemblies: no NUnit, Roslyn or runtime assembly.
    /// </summary>
    private static ImmutableArray<MetadataReference> LoadFrameworkReferences()
    {
        var paths = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return
        [
            .. paths
                .Where(path =>
                {
                    var name = Path.GetFileName(path);
                    return FrameworkNames.Contains(name, StringComparer.OrdinalIgnoreCase)
                        || FrameworkPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
                })
                .Order(StringComparer.Ordinal)
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)),
        ];
    }
}
