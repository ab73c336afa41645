using System.Text.Json.Serialization;
using ModularPipelines.Distributed;
using ModularPipelines.Distributed.Json.Tests.Support;
using ModularPipelines.Distributed.Json.Tests.Unsupported;

[assembly: PipelineJsonContext(typeof(TestResultsContext))]

namespace ModularPipelines.Distributed.Json.Tests.Support;

/// <summary>
/// The user context the generated graph falls back to for result types its own metadata leaves out: the polymorphic
/// <see cref="Shape"/> that <see cref="Fallback.UserContextFallbackTests"/> sends between instances, and every other
/// unsupported result type of this assembly's modules, so that the whole graph can run.
/// </summary>
[JsonSerializable(typeof(Shape))]
[JsonSerializable(typeof(object))]
[JsonSerializable(typeof(AbstractResult))]
[JsonSerializable(typeof(IResult))]
[JsonSerializable(typeof(ConvertedResult))]
[JsonSerializable(typeof(PolymorphicResult))]
[JsonSerializable(typeof(FieldsOnly))]
[JsonSerializable(typeof(ObjectProperty))]
[JsonSerializable(typeof(NamedLevel))]
[JsonSerializable(typeof(ExtensionDataResult))]
[JsonSerializable(typeof(AmbiguousConstructors))]
[JsonSerializable(typeof(UnboundParameter))]
[JsonSerializable(typeof(CustomList))]
[JsonSerializable(typeof(NameConflict))]
[JsonSerializable(typeof(Dictionary<int, string>))]
[JsonSerializable(typeof((int Count, string Name)))]
internal sealed partial class TestResultsContext : JsonSerializerContext
{
}
