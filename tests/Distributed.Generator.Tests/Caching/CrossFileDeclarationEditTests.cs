using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ModularPipelines.Distributed.Generator.Emitter;
using ModularPipelines.Distributed.Generator.Tests.Support;

namespace ModularPipelines.Distributed.Generator.Tests.Caching;

/// <summary>
/// A module's spec depends on declarations in other files: its base class, its result type's members, constants in its
/// attribute arguments. Editing only the other file must still reach the module, which is parsed from its own file.
/// </summary>
public sealed class CrossFileDeclarationEditTests
{
    private const string ChainModule = """
        namespace Sample.Cross;

        public sealed class Chain01 : MyBase
        {
        }
        """;

    private const string ChainBase = """
        namespace Sample.Cross;

        public abstract class MyBase : Module<int>
        {
            protected override Task<int> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) => Task.FromResult(1);
        }
        """;

    private const string ReportModule = """
        namespace Sample.Cross;

        public sealed class Reporting : Module<Report>
        {
            protected override Task<Report?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                Task.FromResult<Report?>(new Report { Count = 1 });
        }
        """;

    private const string ReportType = """
        namespace Sample.Cross;

        public sealed class Report
        {
            public int Count { get; set; }
        }
        """;

    private const string MatrixModule = """
        namespace Sample.Cross;

        [MatrixTarget(Targets.First, "windows")]
        public sealed class Matrix : Module<string>
        {
            protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                Task.FromResult<string?>(context.GetMatrixTarget());
        }
        """;

    private const string MatrixTargets = """
        namespace Sample.Cross;

        public static class Targets
        {
            public const string First = "linux";
        }
        """;

    private const string PartialWithBase = """
        namespace Sample.Cross;

        public sealed partial class Split : Module<string>
        {
            protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                Task.FromResult<string?>("split");
        }
        """;

    private const string PartialWithoutBase = """
        namespace Sample.Cross;

        public sealed partial class Split
        {
            public string Describe() => "split";
        }
        """;

    [Test]
    public void BaseClassResultTypeEditInAnotherFileChangesTheModulesResultType()
    {
        var first = Run(ChainModule, ChainBase);

        var second = first.RunAgain(first.Input.WithSource(
            TestCompilation.PathOf(1),
            ChainBase.Edit("Module<int>", "Module<string>").Edit("Task<int> ExecuteAsync", "Task<string?> ExecuteAsync").Edit("Task.FromResult(1)", "Task.FromResult<string?>(\"1\")")));

        second.AssertInputCompiles();
        second.AssertGeneratedCodeCompiles();
        Assert.Multiple(() =>
        {
            Assert.That(first.CompactGraph, Does.Contain("ModuleDefinition<global::Sample.Cross.Chain01,int>"));
            Assert.That(second.CompactGraph, Does.Contain("ModuleDefinition<global::Sample.Cross.Chain01,string>"));
            Assert.That(GeneratedGraph.Load(second).Node("Sample.Cross.Chain01").ResultType, Is.EqualTo(typeof(string)));
            Assert.That(second.Outputs(TrackingNames.ModuleSpecs).Select(o => o.Reason), Does.Contain(IncrementalStepRunReason.Modified));
            Assert.That(second.Fingerprint, Is.Not.EqualTo(first.Fingerprint));
        });
    }

    [Test]
    public void ResultTypePropertyAddedInAnotherFileChangesTheMetadataAndFingerprint()
    {
        var first = Run(ReportModule, ReportType);

        var second = first.RunAgain(first.Input.WithSource(
            TestCompilation.PathOf(1),
            ReportType.Edit("public int Count { get; set; }", "public int Count { get; set; }\n\n    public string? Owner { get; set; }")));

        second.AssertInputCompiles();
        second.AssertGeneratedCodeCompiles();
        var metadata = second.Sources[JsonMetadataEmitter.HintName];
        Assert.Multiple(() =>
        {
            Assert.That(first.Sources[JsonMetadataEmitter.HintName], Does.Not.Contain("\"Owner\""));
            Assert.That(metadata, Does.Contain("\"Owner\""));
            Assert.That(second.Outputs(TrackingNames.ResultShapes).Select(o => o.Reason), Is.EqualTo(new[] { IncrementalStepRunReason.Modified }));
            Assert.That(second.Fingerprint, Is.Not.EqualTo(first.Fingerprint));
        });
    }

    [Test]
    public void ConstantEditInAnotherFileChangesTheMatrixTargets()
    {
        var first = Run(MatrixModule, MatrixTargets);

        var second = first.RunAgain(first.Input.WithSource(TestCompilation.PathOf(1), MatrixTargets.Edit("\"linux\"", "\"ubuntu\"")));

        second.AssertInputCompiles();
        second.AssertGeneratedCodeCompiles();
        Assert.Multiple(() =>
        {
            Assert.That(first.NodeIds, Is.EqualTo(new[] { "Sample.Cross.Matrix[linux]", "Sample.Cross.Matrix[windows]" }));
            Assert.That(second.NodeIds, Is.EqualTo(new[] { "Sample.Cross.Matrix[ubuntu]", "Sample.Cross.Matrix[windows]" }));
            Assert.That(second.Fingerprint, Is.Not.EqualTo(first.Fingerprint));
        });
    }

    [Test]
    public void AttributeAddedToAPartialDeclarationInAnotherFileReachesTheModule()
    {
        // The module is parsed from the part with the base list; the other part is only a declaration elsewhere.
        var first = Run(PartialWithBase, PartialWithoutBase);

        var second = first.RunAgain(first.Input.WithSource(
            TestCompilation.PathOf(1),
            PartialWithoutBase.Edit("public sealed partial class Split", "[RequiresCapability(\"docker\")]\npublic sealed partial class Split")));

        second.AssertGeneratedCodeCompiles();
        Assert.Multiple(() =>
        {
            Assert.That(GeneratedGraph.Load(first).Node("Sample.Cross.Split").RequiredCapabilities, Is.Empty);
            Assert.That(GeneratedGraph.Load(second).Node("Sample.Cross.Split").RequiredCapabilities, Is.EqualTo(new[] { "docker" }));
            Assert.That(second.Fingerprint, Is.Not.EqualTo(first.Fingerprint));
        });
    }

    [Test]
    public void CompilationOptionsChangeParsesTheModulesAgain()
    {
        // Nullable annotations decide which constructor parameters are optional; the options are part of the key.
        var first = Run(ChainModule, ChainBase);

        var input = (CSharpCompilation)first.Input;
        var second = first.RunAgain(input.WithOptions(input.Options.WithNullableContextOptions(NullableContextOptions.Annotations)));

        Assert.Multiple(() =>
        {
            Assert.That(second.Outputs(TrackingNames.DeclarationKey).Select(o => o.Reason), Is.EqualTo(new[] { IncrementalStepRunReason.Modified }));
            Assert.That(second.Recomputed(TrackingNames.ModuleSpecs), Is.Not.Empty);
            Assert.That(second.Sources, Is.EqualTo(first.Sources));
        });
    }

    [Test]
    public void MethodBodyEditInTheBaseClassParsesNoModule()
    {
        var first = Run(ChainModule, ChainBase);

        var second = first.RunAgain(first.Input.WithSource(TestCompilation.PathOf(1), ChainBase.Edit("Task.FromResult(1)", "Task.FromResult(2)")));

        second.AssertEverythingCachedOrUnchanged();
        second.AssertStepDidNotRun(TrackingNames.ModuleSpecs);
        Assert.That(second.Sources, Is.EqualTo(first.Sources));
    }

    private static GeneratorRun Run(params string[] sources)
    {
        var run = GeneratorHarness.Run(TestCompilation.Create(sources));
        run.AssertInputCompiles();
        run.AssertGeneratedCodeCompiles();
        return run;
    }
}
