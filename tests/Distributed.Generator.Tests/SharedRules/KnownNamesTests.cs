using System.Reflection;
using System.Text.Json.Serialization;
using ModularPipelines.Distributed.Generator.Parser;

namespace ModularPipelines.Distributed.Generator.Tests.SharedRules;

/// <summary>
/// The names the generator, the analyzers and the code fixes recognise the runtime by (<see cref="KnownNames"/>, one copy
/// for all three) are the runtime's own: a renamed runtime type or member fails here, not silently at build time.
/// </summary>
public sealed class KnownNamesTests
{
    private static readonly Assembly Runtime = typeof(Module<>).Assembly;

    [TestCase(KnownNames.Module)]
    [TestCase(KnownNames.ModuleContext)]
    [TestCase(KnownNames.None)]
    [TestCase(KnownNames.DependsOn)]
    [TestCase(KnownNames.MatrixTarget)]
    [TestCase(KnownNames.RequiresCapability)]
    [TestCase(KnownNames.PinToMaster)]
    [TestCase(KnownNames.NotInParallel)]
    [TestCase(KnownNames.ModuleTimeout)]
    [TestCase(KnownNames.ModuleRetry)]
    [TestCase(KnownNames.AlwaysRun)]
    [TestCase(KnownNames.PipelineJsonContext)]
    [TestCase(KnownNames.SkipIf)]
    [TestCase(KnownNames.IgnoreFailureIf)]
    [TestCase(KnownNames.SkipCondition)]
    [TestCase(KnownNames.ProducesArtifact)]
    [TestCase(KnownNames.ConsumesArtifact)]
    public void EveryKnownTypeNameIsAPublicTypeOfTheRuntime(string metadataName)
    {
        var type = Runtime.GetType(KnownNames.FullName(metadataName));

        Assert.That(type, Is.Not.Null, $"{KnownNames.FullName(metadataName)} is not in {Runtime.GetName().Name}");
        Assert.That(type!.IsPublic, Is.True);
    }

    [Test]
    public void TheModuleBaseClassIsNamedInSourceAsKnownNamesSaysWithoutItsArity()
    {
        Assert.That(KnownNames.Module, Is.EqualTo(KnownNames.ModuleName + "`1"));
        Assert.That(typeof(Module<>).Name, Is.EqualTo(KnownNames.Module));
    }

    [TestCase(KnownNames.GetModuleMethod)]
    [TestCase(KnownNames.GetMatrixTargetMethod)]
    public void TheModuleContextMethodsTheAnalyzersLookForExist(string method)
    {
        Assert.That(typeof(IModuleContext).GetMethods().Select(m => m.Name), Does.Contain(method));
    }

    [Test]
    public void TheRetryBackoffPropertyAndItsDefaultAreTheRuntimeAttributes()
    {
        var property = typeof(ModuleRetryAttribute).GetProperty(KnownNames.RetryBackoffProperty);

        Assert.That(property, Is.Not.Null);
        Assert.That(property!.GetValue(new ModuleRetryAttribute(1)), Is.EqualTo(KnownNames.DefaultRetryBackoffMilliseconds));
    }

    [Test]
    public void TheOptionalDependencyPropertyIsTheRuntimeAttributes()
    {
        var property = typeof(DependsOnAttribute<ModuleBase>).GetProperty(ModuleAttributes.OptionalProperty);

        Assert.That(property?.PropertyType, Is.EqualTo(typeof(bool)));
    }

    [Test]
    public void AnAttributesNameInBracketsDropsTheAttributeSuffix()
    {
        Assert.That(KnownNames.WithoutAttributeSuffix(KnownNames.PinToMaster), Is.EqualTo(nameof(PinToMasterAttribute)[..^"Attribute".Length]));
        Assert.That(KnownNames.WithoutAttributeSuffix("Attributes"), Is.EqualTo("Attributes"));
    }

    [Test]
    public void TheJsonContextNamesTheAnalyzersAndCodeFixesUseAreSystemTextJsons()
    {
        Assert.That(JsonKnownTypes.FullName(JsonKnownTypes.JsonSerializerContext), Is.EqualTo(typeof(JsonSerializerContext).FullName));
        Assert.That(JsonKnownTypes.FullName(JsonKnownTypes.JsonSerializable), Is.EqualTo(typeof(JsonSerializableAttribute).FullName));
    }
}
