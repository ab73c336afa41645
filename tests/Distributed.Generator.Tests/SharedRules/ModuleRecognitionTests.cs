using Microsoft.CodeAnalysis;
using ModularPipelines.Distributed.Generator.Parser;
using ModularPipelines.Distributed.Generator.Tests.Support;

namespace ModularPipelines.Distributed.Generator.Tests.SharedRules;

/// <summary>
/// <see cref="ModuleRecognition"/> is the generator's rule for what becomes a graph node (the analyzers and code fixes
/// compile the same rule): a class is emitted exactly when it says so.
/// </summary>
public sealed class ModuleRecognitionTests
{
    [TestCase("public sealed class Subject : Module<string> { Execute }", true)]
    [TestCase("internal sealed class Subject : Module<string> { Execute }", true)]
    [TestCase("public abstract class Base : Module<string> { Execute } public sealed class Subject : Base { }", true)]
    [TestCase("public static class Outer { private sealed class Subject : Module<string> { Execute } }", false)]
    [TestCase("file sealed class Subject : Module<string> { Execute }", false)]
    [TestCase("public sealed class Subject : Module<string> { private Subject() { } Execute }", false)]
    [TestCase("public sealed class Subject : Module<string> { public required string Name { get; init; } Execute }", false)]
    [TestCase("public sealed class Subject : Module<string> { public required string Name { get; init; } [System.Diagnostics.CodeAnalysis.SetsRequiredMembers] public Subject() { Name = \"\"; } Execute }", true)]
    public void AClassBecomesAGraphNodeExactlyWhenModuleRecognitionSaysItIsEmittable(string declaration, bool emittable)
    {
        var run = GeneratorHarness.Run(TestCompilation.Create("namespace Sample;\n\n" + declaration.Replace("Execute", Modules.Execute, StringComparison.Ordinal)));
        var subject = run.Input.GetSymbolsWithName("Subject", SymbolFilter.Type).OfType<INamedTypeSymbol>().Single();

        Assert.That(ModuleRecognition.IsEmittable(subject, CancellationToken.None), Is.EqualTo(emittable));
        Assert.That(run.GraphSource is not null, Is.EqualTo(emittable), run.GraphSource ?? "no graph");
    }

    [TestCase("public struct Subject { }")]
    [TestCase("public interface Subject { }")]
    [TestCase("public sealed class Subject { }")]
    public void TypesThatDoNotDeriveFromModuleAreNotModules(string declaration)
    {
        var compilation = TestCompilation.Create("namespace Sample;\n\n" + declaration);
        var subject = compilation.GetTypeByMetadataName("Sample.Subject")!;

        Assert.That(ModuleRecognition.IsModuleClass(subject), Is.False);
        Assert.That(ModuleRecognition.ResultTypeOf(subject), Is.Null);
    }
}
