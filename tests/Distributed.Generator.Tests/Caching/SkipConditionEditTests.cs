using Microsoft.CodeAnalysis;
using ModularPipelines.Distributed.Generator.Tests.Support;

namespace ModularPipelines.Distributed.Generator.Tests.Caching;

/// <summary>
/// A skip condition is read while its module is parsed, often from another file: an edit to what the generated factory
/// calls reaches the graph, and an edit to what the condition does leaves every step cached.
/// </summary>
public sealed class SkipConditionEditTests
{
    private const string Condition = """

        public sealed class UnlessEnabled : ISkipCondition
        {
            public ValueTask<string?> ShouldSkipAsync(IModuleContext context, CancellationToken cancellationToken)
            {
                return ValueTask.FromResult<string?>(null);
            }
        }
        """;

    [Test]
    public void AddingASkipConditionChangesTheGraphAndFingerprint()
    {
        var first = CachingPipeline.FirstRun();

        var second = first.RunAgain(first.Input
            .WithSource(CachingPipeline.ModulesPath, CachingPipeline.Modules.Edit("public sealed class Restore", "[SkipIf<UnlessEnabled>]\npublic sealed class Restore"))
            .WithSource(CachingPipeline.UnrelatedPath, CachingPipeline.Unrelated + Condition));

        second.AssertGeneratedCodeCompiles();
        Assert.Multiple(() =>
        {
            Assert.That(second.Outputs(TrackingNames.Pipeline).Select(o => o.Reason), Is.EqualTo(new[] { IncrementalStepRunReason.Modified }));
            Assert.That(GeneratedGraph.Load(second).Node("Sample.Cache.Restore").SkipConditions, Has.Count.EqualTo(1));
            Assert.That(second.Fingerprint, Is.Not.EqualTo(first.Fingerprint));
        });
    }

    [Test]
    public void EditingTheBodyOfAConditionBesideItsModuleLeavesOutputsUnchanged()
    {
        // The module's file is parsed again, and its spec must come out equal: nothing of the body may reach it.
        var first = FirstRunWithCondition(besideTheModule: true);

        var second = first.RunAgain(first.Input.WithSource(
            CachingPipeline.ModulesPath,
            ModulesWithCondition(besideTheModule: true).Edit("ValueTask.FromResult<string?>(null)", "ValueTask.FromResult<string?>(\"disabled\")")));

        second.AssertEverythingCachedOrUnchanged();
        Assert.That(second.Sources, Is.EqualTo(first.Sources));
    }

    [Test]
    public void GivingTheConditionAConstructorParameterInAnotherFileUpdatesItsFactory()
    {
        var first = FirstRunWithCondition(besideTheModule: false);

        var second = first.RunAgain(first.Input.WithSource(
            CachingPipeline.UnrelatedPath,
            (CachingPipeline.Unrelated + Condition).Edit("public sealed class UnlessEnabled : ISkipCondition", "public sealed class UnlessEnabled(Settings settings) : ISkipCondition")));

        second.AssertGeneratedCodeCompiles();
        Assert.Multiple(() =>
        {
            Assert.That(second.Outputs(TrackingNames.Graph).Select(o => o.Reason), Is.EqualTo(new[] { IncrementalStepRunReason.Modified }));
            Assert.That(second.CompactGraph, Does.Contain(GeneratorRun.Compact(
                "static services => new global::Sample.Cache.UnlessEnabled(GetRequiredService<global::Sample.Cache.Settings>(services)),")));
        });
    }

    private static string ModulesWithCondition(bool besideTheModule) =>
        CachingPipeline.Modules.Edit("public sealed class Restore", "[SkipIf<UnlessEnabled>]\npublic sealed class Restore") + (besideTheModule ? Condition : string.Empty);

    private static GeneratorRun FirstRunWithCondition(bool besideTheModule)
    {
        var run = GeneratorHarness.Run(TestCompilation.Create(
            ModulesWithCondition(besideTheModule),
            CachingPipeline.ResultTypes,
            CachingPipeline.Matrix,
            CachingPipeline.Unrelated + (besideTheModule ? string.Empty : Condition)));
        run.AssertInputCompiles();
        run.AssertGeneratedCodeCompiles();
        return run;
    }
}
