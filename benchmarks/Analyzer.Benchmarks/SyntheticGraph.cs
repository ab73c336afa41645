using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ModularPipelines.Distributed.Analyzer.Benchmarks;

/// <summary>
/// A compilation of <c>n</c> modules, one file each, in the given <see cref="GraphShape"/>. Every module declares its
/// dependencies with <c>[DependsOn&lt;T&gt;]</c> and reads each of them with <c>GetModule&lt;T&gt;()</c>, so the
/// dependency checks (MPD0008 cycles, MPD0009/MPD0017 on each attribute, MPD0010 on each read) all have work to do;
/// the pipeline is valid, so they report nothing.
/// </summary>
public static class SyntheticGraph
{
    private const int Seed = 20_240_601;

    public static CSharpCompilation Create(GraphShape shape, int modules)
    {
        var trees = new List<SyntaxTree>(modules);
        var random = new Random(Seed);
        for (var i = 0; i < modules; i++)
        {
            trees.Add(CSharpSyntaxTree.ParseText(
                SourceText.From(Module(i, Dependencies(shape, i, random)), Encoding.UTF8),
                new CSharpParseOptions(LanguageVersion.Latest),
                $"Modules/Module{i:D5}.cs"));
        }

        return CSharpCompilation.Create(
            $"Synthetic.{shape}.{modules}",
            trees,
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    /// <summary>The number of <c>[DependsOn]</c> edges of the shape, for the report.</summary>
    public static int Edges(GraphShape shape, int modules)
    {
        var random = new Random(Seed);
        return Enumerable.Range(0, modules).Sum(i => Dependencies(shape, i, random).Count);
    }

    private static SortedSet<int> Dependencies(GraphShape shape, int i, Random random)
    {
        var dependencies = new SortedSet<int>();
        if (i == 0)
        {
            return dependencies;
        }

        if (shape == GraphShape.Chain)
        {
            dependencies.Add(i - 1);
            return dependencies;
        }

        var count = random.Next(1, 4);
        for (var k = 0; k < count; k++)
        {
            dependencies.Add(random.Next(i));
        }

        return dependencies;
    }

    private static string Module(int i, SortedSet<int> dependencies)
    {
        var attributes = new StringBuilder();
        var reads = new StringBuilder();
        foreach (var d in dependencies)
        {
            attributes.Append(CultureInfo.InvariantCulture, $"[DependsOn<Module{d:D5}>]\n");
            reads.Append(CultureInfo.InvariantCulture, $"        length += (await context.GetModule<Module{d:D5}>()).Value?.Length ?? 0;\n");
        }

        return $$"""
            using System.Threading;
            using System.Threading.Tasks;
            using ModularPipelines.Distributed;

            namespace Synthetic;

            {{attributes}}public sealed class Module{{i:D5}} : Module<string>
            {
                protected override async Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
                {
                    var length = 0;
            {{reads}}        return "module{{i}}:" + length;
                }
            }

            """;
    }

    /// <summary>The framework and the runtime, as loaded by this process.</summary>
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
