using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ModularPipelines.Distributed.Generator.Benchmarks;

/// <summary>
/// A compilation shaped like a large real pipeline: one file per module, modules that depend on each other, matrix
/// modules, capability and exclusivity attributes, constructor-injected services, record result types with nested
/// records, lists and dictionaries, and one file with nothing to do with modules.
/// </summary>
public sealed class SyntheticPipeline
{
    public const string UnrelatedFileName = "Unrelated.cs";
    public const int EditedModule = 500;

    private const int ResultTypes = 50;
    private const int DetailTypes = 5;
    private const int Services = 10;

    private SyntheticPipeline(CSharpCompilation compilation, int modules, int matrixModules)
    {
        Compilation = compilation;
        Modules = modules;
        MatrixModules = matrixModules;
    }

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    public CSharpCompilation Compilation { get; }

    public int Modules { get; }

    public int MatrixModules { get; }

    /// <summary>Graph nodes the generator should emit: every module, with a matrix module counting once per target.</summary>
    public int ExpectedNodes => Modules - MatrixModules + (MatrixModules * 3);

    public SyntaxTree UnrelatedTree => Tree(UnrelatedFileName);

    public SyntaxTree EditedModuleTree => Tree(ModuleFileName(EditedModule));

    public static SyntheticPipeline Create(int modules)
    {
        var trees = new List<SyntaxTree>
        {
            Parse(UnrelatedFileName, Unrelated("41")),
            Parse("Results.cs", Results()),
            Parse("Services.cs", ServicesSource()),
        };
        var matrixModules = 0;
        for (var i = 0; i < modules; i++)
        {
            matrixModules += IsMatrix(i) ? 1 : 0;
            trees.Add(Parse(ModuleFileName(i), Module(i, "1")));
        }

        var compilation = CSharpCompilation.Create(
            "Synthetic.Pipeline",
            trees,
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return new SyntheticPipeline(compilation, modules, matrixModules);
    }

    /// <summary>
    /// The same sources as new syntax tree objects in a new compilation that shares the metadata references, as a
    /// compiler server builds it: nothing about the sources is reused, the loaded references are.
    /// </summary>
    public CSharpCompilation NewCompilation() =>
        CSharpCompilation.Create(
            Compilation.AssemblyName,
            Compilation.SyntaxTrees.Select(t => CSharpSyntaxTree.Create((CSharpSyntaxNode)t.GetRoot(), ParseOptions, t.FilePath, Encoding.UTF8)),
            Compilation.References,
            Compilation.Options);

    /// <summary>The compilation after a one-character edit in a file that declares no module.</summary>
    public CSharpCompilation WithUnrelatedEdit() => Edit(UnrelatedTree, Unrelated("42"));

    /// <summary>The compilation after a one-character edit inside one module's ExecuteAsync body.</summary>
    public CSharpCompilation WithModuleBodyEdit() => Edit(EditedModuleTree, Module(EditedModule, "2"));

    private CSharpCompilation Edit(SyntaxTree tree, string newText)
    {
        var edited = tree.WithChangedText(SourceText.From(newText, Encoding.UTF8));
        return Compilation.ReplaceSyntaxTree(tree, edited);
    }

    private SyntaxTree Tree(string path) => Compilation.SyntaxTrees.Single(t => t.FilePath == path);

    private static SyntaxTree Parse(string path, string text) =>
        CSharpSyntaxTree.ParseText(SourceText.From(text, Encoding.UTF8), ParseOptions, path);

    private static string ModuleFileName(int i) => $"Modules/Module{i:D4}.cs";

    private static bool IsMatrix(int i) => i % 10 == 3;

    private static string Unrelated(string value) => $$"""
        namespace Synthetic;

        internal static class Unrelated
        {
            public static int Answer() => {{value}};
        }

        """;

    private static string Results()
    {
        var text = new StringBuilder("using System;\nusing System.Collections.Generic;\n\nnamespace Synthetic.Results;\n\n");
        for (var d = 0; d < DetailTypes; d++)
        {
            text.Append(CultureInfo.InvariantCulture, $"public sealed record Detail{d}(Guid Id, DateTimeOffset At, Dictionary<string, int> Counts, TimeSpan? Elapsed);\n");
        }

        for (var r = 0; r < ResultTypes; r++)
        {
            text.Append(CultureInfo.InvariantCulture, $"public sealed record Result{r}(string Name, int Count, IReadOnlyList<string> Items, Detail{r % DetailTypes}? Detail = null);\n");
        }

        return text.ToString();
    }

    private static string ServicesSource()
    {
        var text = new StringBuilder("namespace Synthetic.Services;\n\n");
        for (var s = 0; s < Services; s++)
        {
            text.Append(CultureInfo.InvariantCulture, $"public sealed class Service{s} {{ public string Name => \"service{s}\"; }}\n");
        }

        return text.ToString();
    }

    private static string Module(int i, string delay)
    {
        var attributes = new StringBuilder();
        foreach (var dependency in Dependencies(i))
        {
            attributes.Append(CultureInfo.InvariantCulture, $"[DependsOn<global::Synthetic.Group{dependency / 100}.Module{dependency:D4}>]\n");
        }

        if (IsMatrix(i))
        {
            attributes.Append("[MatrixTarget(\"linux\", \"windows\", \"macos\")]\n");
        }

        if (i % 25 == 7)
        {
            attributes.Append("[RequiresCapability(\"docker\")]\n");
        }

        if (i % 50 == 11)
        {
            attributes.Append("[NotInParallel(\"database\")]\n");
        }

        var result = $"global::Synthetic.Results.Result{i % ResultTypes}";
        var injected = i % 2 == 0;
        var constructor = injected ? $"(global::Synthetic.Services.Service{i % Services} service)" : "";
        var item = injected ? "service.Name" : "\"none\"";
        return $$"""
            using System;
            using System.Threading;
            using System.Threading.Tasks;
            using ModularPipelines.Distributed;

            namespace Synthetic.Group{{i / 100}};

            {{attributes}}public sealed class Module{{i:D4}}{{constructor}} : Module<{{result}}>
            {
                protected override async Task<{{result}}?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
                {
                    await Task.Delay({{delay}}, cancellationToken);
                    return new {{result}}("module{{i}}", {{i}}, [{{item}}]);
                }
            }

            """;
    }

    private static SortedSet<int> Dependencies(int i)
    {
        var dependencies = new SortedSet<int>();
        if (i > 0 && i % 3 != 0)
        {
            dependencies.Add(i - 1);
        }

        if (i > 1 && i % 5 == 0)
        {
            dependencies.Add(i / 2);
        }

        if (i >= 10 && i % 7 == 0)
        {
            dependencies.Add(i - 10);
        }

        return dependencies;
    }

    /// <summary>The framework, Microsoft.Extensions.* and the runtime, as loaded by this process.</summary>
    private static List<MetadataReference> References()
    {
        _ = typeof(Pipeline).Assembly;
        var trusted = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "").Split(Path.PathSeparator);
        return trusted
            .Where(path =>
            {
                var name = Path.GetFileNameWithoutExtension(path);
                return name.StartsWith("System.", StringComparison.Ordinal)
                    || name.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal)
                    || name is "System" or "netstandard" or "mscorlib" or "ModularPipelines.Distributed";
            })
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList();
    }
}
