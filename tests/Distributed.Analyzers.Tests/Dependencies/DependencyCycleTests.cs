using System.Globalization;
using System.Text;
using ModularPipelines.Distributed.Analyzers.Tests.Support;
using static ModularPipelines.Distributed.Analyzers.Tests.Support.Modules;

namespace ModularPipelines.Distributed.Analyzers.Tests.Dependencies;

/// <summary>MPD0008: a [DependsOn] cycle, reported on every module in it with the cycle named.</summary>
public sealed class DependencyCycleTests
{
    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Cycle(int location, string module, string cycle) =>
        Verify<DependencyCycleAnalyzer>.Diagnostic("MPD0008").WithLocation(location).WithArguments(module, cycle);

    [Test]
    public Task Two_modules_depending_on_each_other_are_both_reported_on_the_dependency_that_closes_the_cycle() =>
        Verify<DependencyCycleAnalyzer>.DiagnosticsAsync(
            [$$"""
            [{|#0:DependsOn<B>|}]
            public sealed class A : Module<string> { {{Execute}} }

            [{|#1:DependsOn<A>|}]
            public sealed class B : Module<string> { {{Execute}} }
            """],
            [Cycle(0, "A", "A → B → A"), Cycle(1, "B", "B → A → B")]);

    [Test]
    public Task A_cycle_through_three_modules_in_three_files_names_the_whole_cycle_from_each_module() =>
        Verify<DependencyCycleAnalyzer>.DiagnosticsAsync(
            [
                $$"""
                [{|#0:DependsOn<Test>|}]
                public sealed class Publish : Module<string> { {{Execute}} }
                """,
                $$"""
                [{|#1:DependsOn<Build>|}]
                public sealed class Test : Module<string> { {{Execute}} }
                """,
                $$"""
                [{|#2:DependsOn<Publish>|}]
                public sealed class Build : Module<string> { {{Execute}} }
                """,
            ],
            [
                Cycle(0, "Publish", "Publish → Test → Build → Publish"),
                Cycle(1, "Test", "Test → Build → Publish → Test"),
                Cycle(2, "Build", "Build → Publish → Test → Build"),
            ]);

    [Test]
    public Task Modules_in_a_component_of_two_overlapping_cycles_are_each_told_a_cycle_through_themselves() =>
        Verify<DependencyCycleAnalyzer>.DiagnosticsAsync(
            [$$"""
            [{|#0:DependsOn<B>|}]
            public sealed class A : Module<string> { {{Execute}} }

            [DependsOn<C>, {|#1:DependsOn<A>|}]
            public sealed class B : Module<string> { {{Execute}} }

            [{|#2:DependsOn<B>|}]
            public sealed class C : Module<string> { {{Execute}} }
            """],
            [Cycle(0, "A", "A → B → A"), Cycle(1, "B", "B → A → B"), Cycle(2, "C", "C → B → C")]);

    [Test]
    public Task A_cycle_made_by_a_dependency_inherited_from_a_base_module_is_reported_on_the_inheriting_module() =>
        Verify<DependencyCycleAnalyzer>.DiagnosticsAsync(
            [$$"""
            [DependsOn<Build>]
            public abstract class AfterBuild<T> : Module<T> { }

            public sealed class {|#0:Test|} : AfterBuild<string> { {{Execute}} }

            [{|#1:DependsOn<Test>|}]
            public sealed class Build : Module<string> { {{Execute}} }
            """],
            [Cycle(0, "Test", "Test → Build → Test"), Cycle(1, "Build", "Build → Test → Build")]);

    [Test]
    public Task A_cycle_declared_across_parts_of_partial_modules_is_reported_on_the_part_with_the_dependency() =>
        Verify<DependencyCycleAnalyzer>.DiagnosticsAsync(
            [
                $$"""
                public sealed partial class A : Module<string> { {{Execute}} }

                [{|#1:DependsOn<A>|}]
                public sealed partial class B { }
                """,
                $$"""
                [{|#0:DependsOn<B>|}]
                public sealed partial class A { }

                public sealed partial class B : Module<string> { {{Execute}} }
                """,
            ],
            [Cycle(0, "A", "A → B → A"), Cycle(1, "B", "B → A → B")]);

    [Test]
    public Task Modules_outside_the_cycle_are_not_reported() =>
        Verify<DependencyCycleAnalyzer>.DiagnosticsAsync(
            [$$"""
            public sealed class Restore : Module<string> { {{Execute}} }

            [DependsOn<Restore>, {|#0:DependsOn<B>|}]
            public sealed class A : Module<string> { {{Execute}} }

            [{|#1:DependsOn<A>|}]
            public sealed class B : Module<string> { {{Execute}} }

            [DependsOn<A>]
            public sealed class Report : Module<string> { {{Execute}} }
            """],
            [Cycle(0, "A", "A → B → A"), Cycle(1, "B", "B → A → B")]);

    [Test]
    public Task A_chain_and_a_diamond_are_not_reported() =>
        Verify<DependencyCycleAnalyzer>.DiagnosticsAsync($$"""
            public sealed class Restore : Module<string> { {{Execute}} }

            [DependsOn<Restore>]
            public sealed class Build : Module<string> { {{Execute}} }

            [DependsOn<Build>]
            public sealed class UnitTests : Module<string> { {{Execute}} }

            [DependsOn<Build>]
            public sealed class IntegrationTests : Module<string> { {{Execute}} }

            [DependsOn<UnitTests>, DependsOn<IntegrationTests>, DependsOn<Restore>]
            public sealed class Publish : Module<string> { {{Execute}} }
            """);

    [Test]
    public Task A_module_depending_on_itself_is_left_to_MPD0009_and_not_reported_as_a_cycle() =>
        Verify<DependencyCycleAnalyzer>.DiagnosticsAsync($$"""
            [DependsOn<Build>]
            public sealed class Build : Module<string> { {{Execute}} }
            """);

    [Test]
    public Task A_ring_of_thirty_modules_is_reported_on_every_module_with_the_ring_starting_at_it()
    {
        const int count = 30;
        var source = new StringBuilder();
        var expected = new List<Microsoft.CodeAnalysis.Testing.DiagnosticResult>();
        for (var i = 0; i < count; i++)
        {
            var next = (i + 1) % count;
            source.AppendLine(CultureInfo.InvariantCulture, $"[{{|#{i}:DependsOn<M{next}>|}}] public sealed class M{i} : Module<string> {{ {Execute} }}");
            var ring = Enumerable.Range(0, count + 1).Select(k => $"M{(i + k) % count}");
            expected.Add(Cycle(i, $"M{i}", string.Join(" → ", ring)));
        }

        return Verify<DependencyCycleAnalyzer>.DiagnosticsAsync([source.ToString()], [.. expected]);
    }

    [Test]
    public Task A_long_chain_of_modules_is_not_reported()
    {
        var source = new StringBuilder();
        source.AppendLine(CultureInfo.InvariantCulture, $"public sealed class M0 : Module<string> {{ {Execute} }}");
        for (var i = 1; i < 500; i++)
        {
            source.AppendLine(CultureInfo.InvariantCulture, $"[DependsOn<M{i - 1}>] public sealed class M{i} : Module<string> {{ {Execute} }}");
        }

        return Verify<DependencyCycleAnalyzer>.DiagnosticsAsync(source.ToString());
    }

    [Test]
    public Task A_cycle_closed_by_an_artifact_consumption_is_reported_on_the_consumption() =>
        Verify<DependencyCycleAnalyzer>.DiagnosticsAsync(
            [$$"""
            [{|#0:DependsOn<Test>|}]
            [ProducesArtifact("bin", "out/bin/**")]
            public sealed class Compile : Module<string> { {{Execute}} }

            [{|#1:ConsumesArtifact<Compile>("bin")|}]
            public sealed class Test : Module<string> { {{Execute}} }
            """],
            [Cycle(0, "Compile", "Compile → Test → Compile"), Cycle(1, "Test", "Test → Compile → Test")]);

    [Test]
    public Task A_cycle_through_a_dependency_on_an_abstract_base_names_the_derived_module() =>
        Verify<DependencyCycleAnalyzer>.DiagnosticsAsync(
            [$$"""
            public abstract class Tool : Module<string> { }

            public sealed class Linker : Tool { {{Execute}} }

            [{|#0:DependsOn<Assemble>|}]
            public sealed class Compiler : Tool { {{Execute}} }

            [{|#1:DependsOn<Tool>|}]
            public sealed class Assemble : Module<string> { {{Execute}} }
            """],
            [Cycle(1, "Assemble", "Assemble → Compiler → Assemble"), Cycle(0, "Compiler", "Compiler → Assemble → Compiler")]);

    [Test]
    public Task A_base_dependency_inherited_by_a_module_deriving_from_the_base_is_no_cycle_through_itself() =>
        Verify<DependencyCycleAnalyzer>.DiagnosticsAsync($$"""
            public abstract class Tool : Module<string> { }

            public sealed class Linker : Tool { {{Execute}} }

            [DependsOn<Tool>]
            public abstract class FinalTool : Tool { }

            public sealed class Signer : FinalTool { {{Execute}} }
            """);
}
