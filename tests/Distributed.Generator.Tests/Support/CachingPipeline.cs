namespace ModularPipelines.Distributed.Generator.Tests.Support;

/// <summary>A small pipeline spread over files (modules, result type, matrix module, unrelated code) that tests edit one file at a time.</summary>
internal static class CachingPipeline
{
    public const string Modules = """
        namespace Sample.Cache;

        public sealed class Restore : Module<string>
        {
            protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
            {
                // Restores packages.
                return Task.FromResult<string?>("restored");
            }
        }

        [DependsOn<Restore>]
        public sealed class Build : Module<BuildOutput>
        {
            protected override async Task<BuildOutput?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
            {
                var restored = await context.GetModule<Restore>();
                return new BuildOutput("Release", [restored.Value!]);
            }
        }
        """;

    public const string ResultTypes = """
        namespace Sample.Cache;

        public sealed record BuildOutput(string Configuration, IReadOnlyList<string> Assemblies);
        """;

    public const string Matrix = """
        namespace Sample.Cache;

        [DependsOn<Build>]
        [MatrixTarget("linux", "windows")]
        public sealed class Test : Module<int>
        {
            protected override async Task<int> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
            {
                var build = await context.GetModule<Build>();
                return build.Value!.Assemblies.Count;
            }
        }
        """;

    public const string Unrelated = """
        namespace Sample.Cache;

        // Helpers the modules could use.
        public static class Text
        {
            public const string Greeting = "hello";

            public static string Shout(string value) => value.ToUpperInvariant() + "!";
        }

        public sealed class Settings : IDisposable
        {
            public string Name { get; set; } = "default";

            public void Dispose()
            {
            }
        }
        """;

    public static readonly string ModulesPath = TestCompilation.PathOf(0);
    public static readonly string ResultTypesPath = TestCompilation.PathOf(1);
    public static readonly string MatrixPath = TestCompilation.PathOf(2);
    public static readonly string UnrelatedPath = TestCompilation.PathOf(3);

    /// <summary>A first run over the whole pipeline; its driver is ready to run again incrementally.</summary>
    public static GeneratorRun FirstRun()
    {
        var run = GeneratorHarness.Run(TestCompilation.Create(Modules, ResultTypes, Matrix, Unrelated));
        run.AssertInputCompiles();
        run.AssertGeneratedCodeCompiles();
        return run;
    }

    /// <summary>Replaces text that must be there, so an edit cannot silently do nothing.</summary>
    public static string Edit(this string source, string oldText, string newText)
    {
        Assert.That(source, Does.Contain(oldText), "The edit's anchor text is missing from the source.");
        return source.Replace(oldText, newText, StringComparison.Ordinal);
    }
}
