using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ModularPipelines.Distributed.Analyzers.Tests.Support;

/// <summary>A compilation that both the generator and an analyzer run over, for tests that check the two agree.</summary>
internal static class AgreementCompilation
{
    /// <summary>The source with the common global usings, against the test references; fails unless it compiles.</summary>
    public static CSharpCompilation Compile(string source)
    {
        var compilation = CSharpCompilation.Create(
            "Agreement",
            [CSharpSyntaxTree.ParseText(Modules.GlobalUsings), CSharpSyntaxTree.ParseText(source)],
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.That(errors, Is.Empty, "the test's source must compile");
        return compilation;
    }
}
