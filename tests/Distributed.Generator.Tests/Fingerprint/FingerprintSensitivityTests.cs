using ModularPipelines.Distributed.Generator.Tests.Support;

namespace ModularPipelines.Distributed.Generator.Tests.Fingerprint;

/// <summary>Each change a worker must not silently disagree on moves the fingerprint.</summary>
public sealed class FingerprintSensitivityTests
{
    private const string Template = """
        using System.Text.Json.Serialization;

        namespace Sample.Fingerprint;

        public sealed record Report(string Name, int Count)
        {
            public bool Passed { get; init; }
        }

        public sealed class Source : Module<string>
        {
            protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) => Task.FromResult<string?>("s");
        }

        ATTRIBUTES
        public sealed class Target : Module<RESULT>
        {
            protected override Task<RESULT?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) => Task.FromResult<RESULT?>(default);
        }

        EXTRA
        """;

    private static string Baseline => Fingerprint(string.Empty, "Report", string.Empty);

    [TestCase("[DependsOn<Source>]", TestName = "AddingAnEdgeChangesTheFingerprint")]
    [TestCase("[MatrixTarget(\"linux\")]", TestName = "AddingAMatrixTargetChangesTheFingerprint")]
    [TestCase("[RequiresCapability(\"docker\")]", TestName = "AddingACapabilityChangesTheFingerprint")]
    [TestCase("[PinToMaster]", TestName = "PinningToMasterChangesTheFingerprint")]
    [TestCase("[NotInParallel]", TestName = "NotInParallelWithoutKeysChangesTheFingerprint")]
    [TestCase("[NotInParallel(\"nuget\")]", TestName = "NotInParallelWithKeysChangesTheFingerprint")]
    [TestCase("[ModuleTimeout(1.5)]", TestName = "AddingATimeoutChangesTheFingerprint")]
    [TestCase("[ModuleRetry(2)]", TestName = "AddingRetriesChangesTheFingerprint")]
    [TestCase("[AlwaysRun]", TestName = "AlwaysRunChangesTheFingerprint")]
    [TestCase("[SkipIf<OnlyOnCi>]", TestName = "AddingASkipConditionChangesTheFingerprint")]
    [TestCase("[IgnoreFailureIf<OnlyOnCi>]", TestName = "AddingAnIgnoreFailureConditionChangesTheFingerprint")]
    [TestCase("[ModuleRetry(0)]", TestName = "DeclaringNoRetriesChangesTheFingerprintSinceRunTimeRetriesNoLongerApply")]
    [TestCase("[ProducesArtifact(\"bin\", \"out/bin/**\")]", TestName = "ProducingAnArtifactChangesTheFingerprint")]
    public void AttributeChangeChangesTheFingerprint(string attributes)
    {
        Assert.That(Fingerprint(attributes, "Report", string.Empty), Is.Not.EqualTo(Baseline));
    }

    [Test]
    public void MakingACapabilityOptionalChangesTheFingerprint()
    {
        Assert.That(
            Fingerprint("[RequiresCapability(\"windows\", Optional = true)]", "Report", string.Empty),
            Is.Not.EqualTo(Fingerprint("[RequiresCapability(\"windows\")]", "Report", string.Empty)));
    }

    [Test]
    public void ChangingOnlyTheTimeoutValueChangesTheFingerprint()
    {
        Assert.That(Fingerprint("[ModuleTimeout(1.5)]", "Report", string.Empty), Is.Not.EqualTo(Fingerprint("[ModuleTimeout(2.5)]", "Report", string.Empty)));
    }

    [Test]
    public void ChangingOnlyTheRetryBackoffChangesTheFingerprint()
    {
        Assert.That(
            Fingerprint("[ModuleRetry(2, BackoffMilliseconds = 100)]", "Report", string.Empty),
            Is.Not.EqualTo(Fingerprint("[ModuleRetry(2, BackoffMilliseconds = 200)]", "Report", string.Empty)));
    }

    [Test]
    public void SkipAndIgnoreFailureConditionsOfTheSameTypeFingerprintApart()
    {
        Assert.That(Fingerprint("[SkipIf<OnlyOnCi>]", "Report", string.Empty), Is.Not.EqualTo(Fingerprint("[IgnoreFailureIf<OnlyOnCi>]", "Report", string.Empty)));
    }

    [Test]
    public void ReorderingSkipConditionsChangesTheFingerprint()
    {
        // The first reason wins, so the order is part of what the node does.
        Assert.That(
            Fingerprint("[SkipIf<OnlyOnCi>]\n[SkipIf<NotOnPullRequests>]", "Report", string.Empty),
            Is.Not.EqualTo(Fingerprint("[SkipIf<NotOnPullRequests>]\n[SkipIf<OnlyOnCi>]", "Report", string.Empty)));
    }

    [Test]
    public void MakingADependencyOptionalChangesTheFingerprint()
    {
        // Whether --module pulls Source in must be the same on every instance.
        Assert.That(
            Fingerprint("[DependsOn<Source>(Optional = true)]", "Report", string.Empty),
            Is.Not.EqualTo(Fingerprint("[DependsOn<Source>]", "Report", string.Empty)));
    }

    [Test]
    public void ARequiredDependencyWrittenWithOptionalFalseKeepsTheFingerprint()
    {
        Assert.That(
            Fingerprint("[DependsOn<Source>(Optional = false)]", "Report", string.Empty),
            Is.EqualTo(Fingerprint("[DependsOn<Source>]", "Report", string.Empty)));
    }

    [Test]
    public void ADependencyOnAnAbstractBaseFingerprintsAsTheEdgesItStandsFor()
    {
        const string Steps = """
            public abstract class Step : Module<string>;

            public sealed class First : Step
            {
                protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) => Task.FromResult<string?>("1");
            }

            public sealed class Second : Step
            {
                protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) => Task.FromResult<string?>("2");
            }
            """;

        Assert.That(
            Fingerprint("[DependsOn<Step>]", "Report", Steps),
            Is.EqualTo(Fingerprint("[DependsOn<First>]\n[DependsOn<Second>]", "Report", Steps)));
    }

    [Test]
    public void ConsumingAnArtifactOfADependencyChangesTheFingerprint()
    {
        // The edge is the same; what the node receives before it starts is not.
        Assert.That(
            Fingerprint("[DependsOn<Source>]\n[ConsumesArtifact<Source>(\"bin\")]", "Report", string.Empty),
            Is.Not.EqualTo(Fingerprint("[DependsOn<Source>]", "Report", string.Empty)));
    }

    [TestCase("[ProducesArtifact(\"bin\", \"out/bin/**\", \"!out/bin/**/*.pdb\")]", "[ProducesArtifact(\"bin\", \"out/bin/**\")]", TestName = "ChangingOnlyAnArtifactsPatternsChangesTheFingerprint")]
    [TestCase("[ProducesArtifact(\"bin\", \"out/bin/**\")]", "[ProducesArtifact(\"binaries\", \"out/bin/**\")]", TestName = "RenamingAProducedArtifactChangesTheFingerprint")]
    [TestCase("[DependsOn<Source>]\n[ConsumesArtifact<Source>(\"bin\")]", "[DependsOn<Source>]\n[ConsumesArtifact<Source>(\"docs\")]", TestName = "ConsumingAnotherArtifactChangesTheFingerprint")]
    public void ArtifactChangeChangesTheFingerprint(string before, string after)
    {
        Assert.That(Fingerprint(after, "Report", string.Empty), Is.Not.EqualTo(Fingerprint(before, "Report", string.Empty)));
    }

    [Test]
    public void ReorderingArtifactsOrTheirPatternsDoesNotChangeTheFingerprint()
    {
        Assert.That(
            Fingerprint("[ProducesArtifact(\"docs\", \"out/docs/**\")]\n[ProducesArtifact(\"bin\", \"!out/bin/*.pdb\", \"out/bin/**\")]", "Report", string.Empty),
            Is.EqualTo(Fingerprint("[ProducesArtifact(\"bin\", \"out/bin/**\", \"!out/bin/*.pdb\")]\n[ProducesArtifact(\"docs\", \"out/docs/**\")]", "Report", string.Empty)));
    }

    [Test]
    public void AddingANodeChangesTheFingerprint()
    {
        const string Extra = """
            public sealed class Added : Module<int>
            {
                protected override Task<int> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) => Task.FromResult(0);
            }
            """;

        Assert.That(Fingerprint(string.Empty, "Report", Extra), Is.Not.EqualTo(Baseline));
    }

    [Test]
    public void ChangingTheResultTypeChangesTheFingerprint()
    {
        Assert.That(Fingerprint(string.Empty, "string", string.Empty), Is.Not.EqualTo(Baseline));
    }

    [Test]
    public void AddingAResultPropertyChangesTheFingerprint()
    {
        var changed = Fingerprint(string.Empty, "Report", string.Empty, template => template.Edit("public bool Passed { get; init; }", "public bool Passed { get; init; }\n\n    public int Skipped { get; init; }"));

        Assert.That(changed, Is.Not.EqualTo(Baseline));
    }

    [Test]
    public void ChangingAResultPropertyTypeChangesTheFingerprint()
    {
        var changed = Fingerprint(string.Empty, "Report", string.Empty, template => template.Edit("int Count", "long Count"));

        Assert.That(changed, Is.Not.EqualTo(Baseline));
    }

    [Test]
    public void RenamingAResultPropertyInJsonChangesTheFingerprint()
    {
        var changed = Fingerprint(string.Empty, "Report", string.Empty, template => template.Edit("public bool Passed", "[JsonPropertyName(\"passed\")]\n    public bool Passed"));

        Assert.That(changed, Is.Not.EqualTo(Baseline));
    }

    private static string Fingerprint(string attributes, string resultType, string extra, Func<string, string>? edit = null)
    {
        var source = (edit ?? (t => t))(Template)
            .Replace("ATTRIBUTES", attributes, StringComparison.Ordinal)
            .Replace("RESULT", resultType, StringComparison.Ordinal)
            .Replace("EXTRA", extra, StringComparison.Ordinal);
        return GeneratorHarness.RunAndAssertCompiles(source).Fingerprint;
    }
}
