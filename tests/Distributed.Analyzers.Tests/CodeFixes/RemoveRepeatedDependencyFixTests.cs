using static ModularPipelines.Distributed.Analyzers.Tests.Support.Modules;
using Fix = ModularPipelines.Distributed.Analyzers.Tests.Support.VerifyFix<
    ModularPipelines.Distributed.Analyzers.DependsOnAnalyzer,
    ModularPipelines.Distributed.CodeFixes.RemoveRepeatedDependencyCodeFixProvider>;

namespace ModularPipelines.Distributed.Analyzers.Tests.CodeFixes;

/// <summary>MPD0017's fix: the repeated [DependsOn&lt;T&gt;] is removed.</summary>
public sealed class RemoveRepeatedDependencyFixTests
{
    [Test]
    public Task A_repeated_dependency_is_removed() =>
        Fix.FixAsync(
            $$"""
            public sealed class Build : Module<string> { {{Execute}} }

            [DependsOn<Build>]
            [{|MPD0017:DependsOn<Build>|}]
            public sealed class Tests : Module<string> { {{Execute}} }
            """,
            $$"""
            public sealed class Build : Module<string> { {{Execute}} }

            [DependsOn<Build>]
            public sealed class Tests : Module<string> { {{Execute}} }
            """);

    [Test]
    public Task A_dependency_the_base_already_declares_is_removed_from_the_derived_module() =>
        Fix.FixAsync(
            $$"""
            public sealed class Build : Module<string> { {{Execute}} }

            [DependsOn<Build>]
            public abstract class AfterBuild : Module<string> { }

            [{|MPD0017:DependsOn<Build>|}, NotInParallel("db")]
            public sealed class Tests : AfterBuild { {{Execute}} }
            """,
            $$"""
            public sealed class Build : Module<string> { {{Execute}} }

            [DependsOn<Build>]
            public abstract class AfterBuild : Module<string> { }

            [NotInParallel("db")]
            public sealed class Tests : AfterBuild { {{Execute}} }
            """);
}
