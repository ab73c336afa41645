using System.Reflection;
using ModularPipelines.Distributed.Generator.Emitter;
using ModularPipelines.Distributed.Generator.Tests.Support;

namespace ModularPipelines.Distributed.Generator.Tests.Versioning;

/// <summary>The <c>[GeneratedCode]</c> attribute names the version the generator assembly was built as.</summary>
public sealed class GeneratorVersionTests
{
    [Test]
    public void GeneratedTypesCarryTheGeneratorAssemblysInformationalVersionWithoutBuildMetadata()
    {
        var informational = typeof(PipelineGenerator).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        var expected = $"GeneratedCode(\"ModularPipelines.Distributed.Generator\", \"{informational.Split('+')[0]}\")";

        var run = CachingPipeline.FirstRun();

        Assert.That(run.Sources, Has.Count.EqualTo(2));
        Assert.That(run.Sources.Values, Has.All.Contain(expected));
    }

    [TestCase("9.8.7-test+0123abcd", "9.8.7-test")]
    [TestCase("1.0.0", "1.0.0")]
    [TestCase("2.0.0-rc.1+build.5", "2.0.0-rc.1")]
    public void BuildMetadataIsLeftOutOfTheStampedVersion(string informational, string stamped)
    {
        Assert.That(GeneratorInfo.WithoutBuildMetadata(informational), Is.EqualTo(stamped));
    }

    [Test]
    public void GoldenFilesSeeAPlaceholderWhereTheGeneratedCodeNamesTheVersion()
    {
        var run = CachingPipeline.FirstRun();

        var normalised = GoldenVersion.Normalise(run.Sources);

        Assert.That(normalised.Values, Has.All.Contain($"\"{GoldenVersion.Placeholder}\")]"));
        Assert.That(normalised.Values, Has.None.Contain($"\"{GeneratorInfo.Version}\")]"));
    }
}
