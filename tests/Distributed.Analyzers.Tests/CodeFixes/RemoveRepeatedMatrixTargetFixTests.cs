using ModularPipelines.Distributed.Analyzers.Tests.Support;
using ModularPipelines.Distributed.CodeFixes;
using static ModularPipelines.Distributed.Analyzers.Tests.Support.Modules;
using Fix = ModularPipelines.Distributed.Analyzers.Tests.Support.VerifyFix<
    ModularPipelines.Distributed.Analyzers.MatrixTargetAnalyzer,
    ModularPipelines.Distributed.CodeFixes.RemoveRepeatedMatrixTargetCodeFixProvider>;

namespace ModularPipelines.Distributed.Analyzers.Tests.CodeFixes;

/// <summary>MPD0002's fix: the repeated target is removed, whichever way the targets are written.</summary>
public sealed class RemoveRepeatedMatrixTargetFixTests
{
    [Test]
    public Task A_repeat_at_the_end_of_the_arguments_is_removed_with_its_comma() =>
        Fix.FixAsync(
            $$"""
            [MatrixTarget("linux", "windows", {|MPD0002:"linux"|})]
            public sealed class Tests : Module<string> { {{Execute}} }
            """,
            $$"""
            [MatrixTarget("linux", "windows")]
            public sealed class Tests : Module<string> { {{Execute}} }
            """);

    [Test]
    public Task A_repeat_differing_in_case_between_other_targets_is_removed() =>
        Fix.FixAsync(
            $$"""
            [MatrixTarget("linux", {|MPD0002:"Linux"|}, "windows")]
            public sealed class Tests : Module<string> { {{Execute}} }
            """,
            $$"""
            [MatrixTarget("linux", "windows")]
            public sealed class Tests : Module<string> { {{Execute}} }
            """);

    [Test]
    public Task A_repeat_in_an_array_initializer_is_removed() =>
        Fix.FixAsync(
            $$"""
            [MatrixTarget(new[] { "linux", {|MPD0002:" LINUX "|}, "macos" })]
            public sealed class Tests : Module<string> { {{Execute}} }
            """,
            $$"""
            [MatrixTarget(new[] { "linux", "macos" })]
            public sealed class Tests : Module<string> { {{Execute}} }
            """);

    [Test]
    public Task A_repeat_in_a_collection_expression_is_removed() =>
        Fix.FixAsync(
            $$"""
            [MatrixTarget(["linux", "macos", {|MPD0002:"MACOS"|}])]
            public sealed class Tests : Module<string> { {{Execute}} }
            """,
            $$"""
            [MatrixTarget(["linux", "macos"])]
            public sealed class Tests : Module<string> { {{Execute}} }
            """);

    [Test]
    public Task The_fix_offers_one_action_with_its_equivalence_key()
    {
        var test = Fix.Create(
            $$"""
            [MatrixTarget("linux", {|MPD0002:"linux"|})]
            public sealed class Tests : Module<string> { {{Execute}} }
            """,
            $$"""
            [MatrixTarget("linux")]
            public sealed class Tests : Module<string> { {{Execute}} }
            """);
        test.CodeActionEquivalenceKey = RemoveRepeatedMatrixTargetCodeFixProvider.EquivalenceKey;
        test.CodeActionIndex = 0;
        return test.RunAsync();
    }

    [Test]
    public Task Fix_all_removes_neighbouring_repeats_of_one_list_in_a_single_pass()
    {
        var test = Fix.Create(
            $$"""
            [MatrixTarget("macos", {|MPD0002:"MacOS"|}, {|MPD0002:"MACOS"|}, "linux", {|MPD0002:"LINUX"|})]
            public sealed class Tests : Module<string> { {{Execute}} }
            """,
            $$"""
            [MatrixTarget("macos", "linux")]
            public sealed class Tests : Module<string> { {{Execute}} }
            """);
        test.NumberOfIncrementalIterations = 3;
        test.NumberOfFixAllIterations = 1;
        test.NumberOfFixAllInDocumentIterations = 1;
        return test.RunAsync();
    }

    [Test]
    public Task Fix_all_in_the_solution_fixes_every_document()
    {
        var test = Fix.Create(
            [
                $$"""
                [MatrixTarget("linux", {|MPD0002:"linux"|})]
                public sealed class First : Module<string> { {{Execute}} }
                """,
                $$"""
                [MatrixTarget(new[] { "windows", {|MPD0002:"Windows"|} })]
                public sealed class Second : Module<string> { {{Execute}} }
                """,
            ],
            [
                $$"""
                [MatrixTarget("linux")]
                public sealed class First : Module<string> { {{Execute}} }
                """,
                $$"""
                [MatrixTarget(new[] { "windows" })]
                public sealed class Second : Module<string> { {{Execute}} }
                """,
            ]);
        test.NumberOfIncrementalIterations = 2;
        test.NumberOfFixAllIterations = 1;

        // Fix All in the document fixes one document at a time; in the project and the solution, all at once.
        test.NumberOfFixAllInDocumentIterations = 2;
        return test.RunAsync();
    }
}
