using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ModularPipelines.Distributed.Generator.Parser;
using ModularPipelines.Distributed.Generator.Tests.Support;

namespace ModularPipelines.Distributed.Generator.Tests.Robustness;

/// <summary>
/// The constructor chosen from a module's declarations is the one Roslyn's constructor list gives, parameter for
/// parameter; only the work to find it differs.
/// </summary>
public sealed class ConstructorSelectorParityTests
{
    private const string Services = """
        namespace Sample
        {
            public interface IService { }
            public sealed class Settings { }
        }

        namespace Sample.Other
        {
            public interface IService { }
        }
        """;

    [TestCase("public sealed class M(Sample.IService service, Settings settings) : Module<string> { Execute }")]
    [TestCase("public sealed class M(IService? service, int? retries, IEnumerable<string?> names) : Module<string> { Execute }")]
    [TestCase("public sealed class M((int Count, string Name) pair, Settings[] all, Func<Settings> factory) : Module<string> { Execute }")]
    [TestCase("public sealed class M(M.Nested nested, Nested again) : Module<string> { public sealed class Nested { } Execute }")]
    [TestCase("public sealed class M(Alias service) : Module<string> { Execute }")]
    [TestCase("public sealed class M(IService service = null!, int count = 3) : Module<string> { Execute }")]
    [TestCase("public sealed class M(in int count, params string[] names) : Module<string> { Execute }")]
    [TestCase("public sealed class M(IService service) : Module<string> { public M(Settings settings) : this((IService)null!) { } Execute }")]
    [TestCase("public sealed class M(IService service) : Module<string> { public M(Settings settings, int count) : this((IService)null!) { } Execute }")]
    [TestCase("public sealed class M : Module<string> { public M() { } internal M(IService a) { } protected internal M(IService a, Settings b) { } private protected M(IService a, Settings b, int c) { } Execute }")]
    [TestCase("public sealed class M : Module<string> { private M() { } protected M(IService a) { } Execute }")]
    [TestCase("public sealed class M : Module<string> { static M() { } Execute }")]
    [TestCase("public sealed class M : Module<string> { public M(IService a) { } public M(Settings b) { } Execute }")]
    [TestCase("public sealed class M(IService service) : Module<string> { public required string Name { get; init; } Execute }")]
    [TestCase("public sealed class M : Module<string> { public required string Name { get; init; } [System.Diagnostics.CodeAnalysis.SetsRequiredMembers] public M(IService a) { Name = \"\"; } Execute }")]
    [TestCase("public sealed partial class M : Module<string> { Execute } public sealed partial class M(IService service, Settings settings);")]
    [TestCase("#nullable disable\npublic sealed class M(IService? service) : Module<string> { Execute }\n#nullable restore")]
    [TestCase("public sealed class M(Missing service) : Module<string> { Execute }")]
    public void DeclaredConstructorMatchesTheSymbolPath(string declaration)
    {
        var source = "using Sample.Other;\nusing Alias = Sample.Other.IService;\n\nnamespace Sample;\n\n"
            + declaration.Replace("Execute", Modules.Execute, StringComparison.Ordinal).Replace("IService ", "Sample.IService ", StringComparison.Ordinal)
                .Replace("IService?", "Sample.IService?", StringComparison.Ordinal).Replace("(IService)", "(Sample.IService)", StringComparison.Ordinal)
                .Replace("Sample.Sample.", "Sample.", StringComparison.Ordinal);
        var compilation = TestCompilation.Create(Services, source);
        var type = compilation.GetTypeByMetadataName("Sample.M") ?? throw new AssertionException("Sample.M was not declared.");

        var declared = ConstructorSelector.Select(type, compilation, CancellationToken.None);
        var bySymbols = ConstructorSelector.SelectBySymbols(type)?.Parameters.Select(ConstructorParameter.From).ToList();

        Assert.That(Describe(declared), Is.EqualTo(Describe(bySymbols)));
        Assert.That(ConstructorSelector.HasCallableConstructor(type, CancellationToken.None), Is.EqualTo(bySymbols is not null));
    }

    [Test]
    public void PrimaryConstructorOfAPlainModuleIsReadWithoutBuildingItsMembers()
    {
        var compilation = TestCompilation.Create(Services, "namespace Sample;\n\npublic sealed class M(IService service, Settings settings) : Module<string>\n{\n    " + Modules.Execute + "\n}\n");
        var type = compilation.GetTypeByMetadataName("Sample.M")!;

        var parameters = ConstructorSelector.Select(type, compilation, CancellationToken.None);

        Assert.That(Describe(parameters), Is.EqualTo("global::Sample.IService, global::Sample.Settings"));
        Assert.That(MembersAreBuilt(type), Is.False, "the selector asked Roslyn for the type's members");
    }

    private static string? Describe(IReadOnlyList<ConstructorParameter>? parameters) =>
        parameters is null
            ? null
            : string.Join(", ", parameters.Select(p =>
                p.Type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)
                + (p.IsAnnotated ? "?" : string.Empty)
                + (p.HasDefaultValue ? " = " + (p.DefaultValue ?? "null") : string.Empty)));

    /// <summary>Roslyn keeps a source type's member dictionary in a private field once it has built it.</summary>
    private static bool MembersAreBuilt(INamedTypeSymbol type)
    {
        var underlying = type.GetType().GetProperty("UnderlyingSymbol", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)?.GetValue(type)
            ?? throw new AssertionException("Roslyn's public symbol no longer exposes UnderlyingSymbol.");
        for (var current = underlying.GetType(); current is not null; current = current.BaseType)
        {
            if (current.GetField("_lazyMembersDictionary", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic) is { } field)
            {
                return field.GetValue(underlying) is not null;
            }
        }

        throw new AssertionException("Roslyn's source type symbol no longer has _lazyMembersDictionary.");
    }
}
