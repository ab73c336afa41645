using ModularPipelines.Distributed.Generator.Graph;
using ModularPipelines.Distributed.Generator.Model;

namespace ModularPipelines.Distributed.Generator.Tests.JsonContext;

/// <summary>The property-name rule of the generated context on names no namespace can tell apart.</summary>
public sealed class JsonContextBuilderTests
{
    [Test]
    public void NamesThatStillCollideWhenQualifiedAreNumberedInTypeNameOrder()
    {
        // namespace A_B { class C } and namespace A { namespace B_C { ... } } both qualify to A_B_C.
        var context = Build(Type("global::A_B.C", "C", "A_B_C"), Type("global::A.B_C", "C", "A_B_C"), Type("global::A.B_C2", "A_B_C", "A_B_C"));

        Assert.That(Names(context), Is.EqualTo(new[] { ("global::A.B_C", "A_B_C"), ("global::A.B_C2", "A_B_C2"), ("global::A_B.C", "A_B_C3") }));
    }

    [Test]
    public void AGlobalTypeNamedLikeAContextMemberIsNumbered() =>
        Assert.That(Names(Build(Type("global::Options", "Options", "Options"), Type("global::Default", "Default", "Default"))), Is.EqualTo(new[] { ("global::Default", "Default2"), ("global::Options", "Options2") }));

    [Test]
    public void ATypeReachedByTwoResultTypesGetsOneProperty()
    {
        var shared = Type("global::Shared", "Shared", "Shared");
        var context = JsonContextBuilder.Build(new[]
        {
            new JsonShapeSpec("global::One", new[] { Type("global::One", "One", "One"), shared }.ToEquatableArray()),
            new JsonShapeSpec("global::Two", new[] { shared, Type("global::Two", "Two", "Two") }.ToEquatableArray()),
        }.ToEquatableArray());

        Assert.That(Names(context!).Select(n => n.Property), Is.EqualTo(new[] { "One", "Shared", "Two" }));
    }

    [Test]
    public void NoModuleMeansNoContext() =>
        Assert.That(JsonContextBuilder.Build(EquatableArray<JsonShapeSpec>.Empty), Is.Null);

    private static JsonTypeSpec Type(string typeName, string shortName, string qualifiedName) =>
        new(typeName, JsonTypeKind.Enum) { ContextName = shortName, QualifiedContextName = qualifiedName };

    private static JsonContextSpec Build(params JsonTypeSpec[] types) =>
        JsonContextBuilder.Build(new[] { new JsonShapeSpec(types[0].TypeName, types.ToEquatableArray()) }.ToEquatableArray())!;

    private static IEnumerable<(string Type, string Property)> Names(JsonContextSpec context) =>
        context.Properties.Select(p => (p.Type.TypeName, p.Name));
}
