using ModularPipelines.Distributed.Analyzers.Tests.Support;
using static ModularPipelines.Distributed.Analyzers.Tests.Support.Modules;

namespace ModularPipelines.Distributed.Analyzers.Tests.Artifacts;

/// <summary>MPD0027: [ConsumesArtifact&lt;T&gt;] where T is the consumer itself or not a concrete, non-generic module.</summary>
public sealed class InvalidArtifactProducerTests
{
    [Test]
    public Task Consuming_its_own_artifact_is_reported_on_the_type_argument() =>
        Verify<ArtifactAnalyzer>.DiagnosticsAsync(
            [$$"""
            [ProducesArtifact("bin", "out/bin/**")]
            [ConsumesArtifact<{|#0:Compile|}>("bin")]
            public sealed class Compile : Module<string> { {{Execute}} }
            """],
            [Verify<ArtifactAnalyzer>.Diagnostic("MPD0027").WithLocation(0).WithArguments(
                "Compile",
                "Compile",
                "a module cannot consume its own artifact, which it publishes only after it has finished, so remove it")]);

    [Test]
    public Task Consuming_from_an_abstract_module_is_reported() =>
        Verify<ArtifactAnalyzer>.DiagnosticsAsync(
            [$$"""
            [ProducesArtifact("bin", "out/bin/**")]
            public abstract class Compiler : Module<string> { }

            [ConsumesArtifact<{|#0:Compiler|}>("bin")]
            public sealed class Test : Module<string> { {{Execute}} }
            """],
            [Verify<ArtifactAnalyzer>.Diagnostic("MPD0027").WithLocation(0).WithArguments(
                "Compiler",
                "Test",
                "'Compiler' is abstract and only concrete modules run, so consume the artifact of a concrete module deriving from it")]);

    [Test]
    public Task Consuming_from_a_generic_module_is_reported() =>
        Verify<ArtifactAnalyzer>.DiagnosticsAsync($$"""
            [ProducesArtifact("bin", "out/bin/**")]
            public class Compiler<T> : Module<string> { {{Execute}} }

            [ConsumesArtifact<{|MPD0027:Compiler<int>|}>("bin")]
            public sealed class Test : Module<string> { {{Execute}} }
            """);

    [Test]
    public Task A_consumption_a_base_declares_of_the_module_deriving_from_it_is_reported_on_that_module() =>
        Verify<ArtifactAnalyzer>.DiagnosticsAsync(
            [$$"""
            [ConsumesArtifact<Compile>("bin")]
            public abstract class Step : Module<string> { }

            [ProducesArtifact("bin", "out/bin/**")]
            public sealed class {|#0:Compile|} : Step { {{Execute}} }

            public sealed class Test : Step { {{Execute}} }
            """],
            [Verify<ArtifactAnalyzer>.Diagnostic("MPD0027").WithLocation(0).WithArguments(
                "Compile",
                "Compile",
                "it is inherited from 'Step' and makes 'Compile' consume its own artifact, so move it off 'Step'")]);

    [Test]
    public Task Consuming_from_another_concrete_module_is_not_reported() =>
        Verify<ArtifactAnalyzer>.DiagnosticsAsync($$"""
            [ProducesArtifact("bin", "out/bin/**")]
            public sealed class Compile : Module<string> { {{Execute}} }

            [ConsumesArtifact<Compile>("bin")]
            public abstract class AfterCompile : Module<string> { }

            public sealed class Test : AfterCompile { {{Execute}} }
            """);
}
