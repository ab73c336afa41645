using ModularPipelines.Distributed.Generator.Tests.Support;

namespace ModularPipelines.Distributed.Generator.Tests.Golden;

public sealed class MatrixModulesGoldenTests
{
    private const string Source = """
        namespace Sample.Matrix;

        [MatrixTarget("linux", "windows")]
        public sealed class Compile : Module<string>
        {
            protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                Task.FromResult(context.GetMatrixTarget());
        }

        // Matrix → matrix: Test[linux] waits for Compile[linux] only; Test[macos] (no such Compile) waits for every Compile.
        [DependsOn<Compile>]
        [MatrixTarget("linux", "windows", "macos")]
        public sealed class Test : Module<int>
        {
            protected override async Task<int> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
            {
                var compiled = await context.GetModule<Compile>(context.GetMatrixTarget()!);
                return compiled.Value?.Length ?? 0;
            }
        }

        // Same target spelled differently, plus a capability equal to the target (not repeated).
        [DependsOn<Compile>]
        [MatrixTarget("LINUX")]
        [RequiresCapability("linux")]
        [RequiresCapability("docker")]
        public sealed class Image : Module<string>
        {
            protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                Task.FromResult<string?>("image");
        }

        // A plain dependent waits for every instance.
        [DependsOn<Test>]
        public sealed class Report : Module<string>
        {
            protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                Task.FromResult<string?>(string.Join(",", context.GetMatrixTargets<Test>()));
        }
        """;

    [Test]
    public void MatrixModulesExpandToOneNodePerTargetWithPairedEdges()
    {
        var run = GeneratorHarness.RunAndAssertCompiles(Source);

        Assert.That(run.NodeIds, Is.EqualTo(new[]
        {
            "Sample.Matrix.Compile[linux]", "Sample.Matrix.Compile[windows]",
            "Sample.Matrix.Image[LINUX]",
            "Sample.Matrix.Report",
            "Sample.Matrix.Test[linux]", "Sample.Matrix.Test[windows]", "Sample.Matrix.Test[macos]",
        }));
        var graph = GeneratedGraph.Load(run);
        Assert.Multiple(() =>
        {
            Assert.That(graph.Node("Sample.Matrix.Test[linux]").Dependencies, Is.EqualTo(new[] { "Sample.Matrix.Compile[linux]" }));
            Assert.That(graph.Node("Sample.Matrix.Test[macos]").Dependencies, Is.EqualTo(new[] { "Sample.Matrix.Compile[linux]", "Sample.Matrix.Compile[windows]" }));
            Assert.That(graph.Node("Sample.Matrix.Test[macos]").RequiredCapabilities, Is.EqualTo(new[] { "macos" }));
            Assert.That(graph.Node("Sample.Matrix.Image[LINUX]").Dependencies, Is.EqualTo(new[] { "Sample.Matrix.Compile[linux]" }));
            Assert.That(graph.Node("Sample.Matrix.Image[LINUX]").RequiredCapabilities, Is.EquivalentTo(new[] { "linux", "docker" }));
            Assert.That(graph.Node("Sample.Matrix.Report").Dependencies, Is.EqualTo(new[] { "Sample.Matrix.Test[linux]", "Sample.Matrix.Test[windows]", "Sample.Matrix.Test[macos]" }));
            Assert.That(graph.Node("Sample.Matrix.Compile[windows]").MatrixTargets, Is.EqualTo(new[] { "linux", "windows" }));
        });
        GoldenFiles.Verify(GoldenCases.MatrixModules, run);
    }
}
