using Microsoft.CodeAnalysis;
using ModularPipelines.Distributed.Generator.Tests.Support;

namespace ModularPipelines.Distributed.Generator.Tests.Caching;

/// <summary>Pipeline models are plain values: no symbol, syntax or compilation survives into a step's output.</summary>
public sealed class PipelineModelTests
{
    /// <summary>The compiler's own input nodes (the Compilation itself, options...), tracked by Roslyn, not models of ours.</summary>
    private static readonly string[] CompilerInputs =
    [
        WellKnownGeneratorInputs.Compilation,
        WellKnownGeneratorInputs.ParseOptions,
        WellKnownGeneratorInputs.AdditionalTexts,
        WellKnownGeneratorInputs.AnalyzerConfigOptions,
        WellKnownGeneratorInputs.MetadataReferences,
    ];

    [Test]
    public void PipelineModelsHoldNoRoslynObjects()
    {
        // Scheduling attributes, injected parameters, a matrix module and a record result: every model type gets populated.
        var first = CachingPipeline.FirstRun();
        var second = first.RunAgain(first.Input.WithNewSource("/src/More.cs", """
            namespace Sample.Cache;

            [PinToMaster, NotInParallel("k"), RequiresCapability("docker"), ModuleTimeout(2), ModuleRetry(1), AlwaysRun]
            public sealed class Everything : Module<string>
            {
                public Everything(IServiceProvider services, Settings? settings)
                {
                }

                protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                    Task.FromResult<string?>("x");
            }
            """));

        var findings = new List<string>();
        foreach (var run in new[] { first, second })
        {
            foreach (var (name, steps) in run.Result.TrackedSteps.Where(pair => !CompilerInputs.Contains(pair.Key)))
            {
                foreach (var (step, stepIndex) in steps.Select((s, i) => (s, i)))
                {
                    foreach (var (output, outputIndex) in step.Outputs.Select((o, i) => (o, i)))
                    {
                        findings.AddRange(RoslynObjectFinder.Find(output.Value, $"{name}[{stepIndex}].Outputs[{outputIndex}]"));
                    }
                }
            }

            foreach (var (name, steps) in run.Result.TrackedOutputSteps)
            {
                foreach (var step in steps)
                {
                    foreach (var input in step.Inputs)
                    {
                        var value = input.Source.Outputs[input.OutputIndex].Value;
                        findings.AddRange(RoslynObjectFinder.Find(value, $"{name} input"));
                    }
                }
            }
        }

        Assert.That(findings, Is.Empty);
        Assert.That(first.Result.TrackedSteps.Keys.Except(CompilerInputs), Is.SupersetOf(TrackedSteps.AllNames), "The walk must cover every named step.");
    }

    [Test]
    public void ModelsFromSeparateCompilationsAreValueEqual()
    {
        // Caching rests on Equals/GetHashCode: a model holding a plain array or list would never compare equal.
        var first = CachingPipeline.FirstRun();
        var second = CachingPipeline.FirstRun();

        Assert.Multiple(() =>
        {
            foreach (var name in TrackedSteps.AllNames)
            {
                var left = first.Outputs(name).Select(o => o.Value).ToList();
                var right = second.Outputs(name).Select(o => o.Value).ToList();
                Assert.That(right, Is.EqualTo(left), name);
                Assert.That(right.Select(v => v?.GetHashCode()), Is.EqualTo(left.Select(v => v?.GetHashCode())), name + " hash codes");
            }
        });
    }

    [Test]
    public void EveryTrackingNameIsRecorded()
    {
        var run = CachingPipeline.FirstRun();

        Assert.That(TrackedSteps.AllNames, Is.Not.Empty);
        Assert.That(run.Result.TrackedSteps.Keys, Is.SupersetOf(TrackedSteps.AllNames));
        Assert.That(run.Result.TrackedOutputSteps.Keys, Is.Not.Empty);
    }

    [Test]
    public void FinderReportsRoslynObjectsNestedInValues()
    {
        // The walker itself must see through tuples, arrays and private fields, or the test above proves nothing.
        var compilation = TestCompilation.Create("public sealed class C { }");
        var symbol = compilation.GetTypeByMetadataName("C")!;
        var tree = compilation.SyntaxTrees.First();
        var nested = new { Items = new object[] { 1, (Name: "x", Symbol: (ISymbol)symbol) }, Tree = tree };

        var findings = RoslynObjectFinder.Find(nested, "value");

        Assert.That(findings, Has.Count.EqualTo(2));
        Assert.That(findings, Has.Some.Contains("Item2"));
        Assert.That(findings, Has.Some.Contains("Tree"));
    }
}
