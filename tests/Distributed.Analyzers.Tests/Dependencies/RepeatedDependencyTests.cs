using ModularPipelines.Distributed.Analyzers.Tests.Support;
using static ModularPipelines.Distributed.Analyzers.Tests.Support.Modules;

namespace ModularPipelines.Distributed.Analyzers.Tests.Dependencies;

/// <summary>MPD0017 (warning): the same [DependsOn&lt;T&gt;] declared twice, also through inheritance.</summary>
public sealed class RepeatedDependencyTests
{
    [Test]
    public Task A_dependency_declared_twice_is_reported_on_the_repeat() =>
        Verify<DependsOnAnalyzer>.DiagnosticsAsync(
            [$$"""
            public sealed class Build : Module<string> { {{Execute}} }

            [DependsOn<Build>, {|#0:DependsOn<Build>|}]
            public sealed class Test : Module<string> { {{Execute}} }
            """],
            [Verify<DependsOnAnalyzer>.Diagnostic("MPD0017").WithLocation(0).WithArguments("Test", "Build", "")]);

    [Test]
    public Task A_dependency_the_base_module_already_declares_is_reported_with_the_base_named() =>
        Verify<DependsOnAnalyzer>.DiagnosticsAsync(
            [$$"""
            public sealed class Build : Module<string> { {{Execute}} }

            [DependsOn<Build>]
            public abstract class AfterBuild<T> : Module<T> { }

            [{|#0:DependsOn<Build>|}]
            public sealed class Test : AfterBuild<string> { {{Execute}} }
            """],
            [Verify<DependsOnAnalyzer>.Diagnostic("MPD0017").WithLocation(0).WithArguments("Test", "Build", " (inherited from 'AfterBuild<string>')")]);

    [Test]
    public Task Different_dependencies_are_not_reported() =>
        Verify<DependsOnAnalyzer>.DiagnosticsAsync($$"""
            public sealed class Build : Module<string> { {{Execute}} }

            public sealed class Lint : Module<string> { {{Execute}} }

            [DependsOn<Build>]
            public abstract class AfterBuild : Module<string> { }

            [DependsOn<Lint>]
            public sealed class Test : AfterBuild { {{Execute}} }
            """);

    [Test]
    public Task A_dependency_beside_a_consumption_of_the_same_module_is_not_reported() =>
        Verify<DependsOnAnalyzer>.DiagnosticsAsync($$"""
            [ProducesArtifact("bin", "out/bin/**")]
            public sealed class Build : Module<string> { {{Execute}} }

            [DependsOn<Build>]
            [ConsumesArtifact<Build>("bin")]
            public sealed class Test : Module<string> { {{Execute}} }
            """);
}
