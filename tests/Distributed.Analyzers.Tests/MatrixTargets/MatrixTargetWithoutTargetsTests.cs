using ModularPipelines.Distributed.Analyzers.Tests.Support;
using static ModularPipelines.Distributed.Analyzers.Tests.Support.Modules;

namespace ModularPipelines.Distributed.Analyzers.Tests.MatrixTargets;

/// <summary>MPD0001: [MatrixTarget] with no targets, or an empty or blank one.</summary>
public sealed class MatrixTargetWithoutTargetsTests
{
    [Test]
    public Task A_matrix_target_attribute_without_arguments_is_reported_on_the_attribute() =>
        Verify<MatrixTargetAnalyzer>.DiagnosticsAsync($$"""
            [{|MPD0001:MatrixTarget|}]
            public sealed class Tests : Module<string> { {{Execute}} }
            """);

    [Test]
    public Task An_empty_target_array_is_reported_on_the_attribute() =>
        Verify<MatrixTargetAnalyzer>.DiagnosticsAsync($$"""
            [{|MPD0001:MatrixTarget(new string[0])|}]
            public sealed class Tests : Module<string> { {{Execute}} }
            """);

    [Test]
    public Task An_empty_target_is_reported_on_the_argument() =>
        Verify<MatrixTargetAnalyzer>.DiagnosticsAsync($$"""
            [MatrixTarget("linux", {|MPD0001:""|})]
            public sealed class Tests : Module<string> { {{Execute}} }
            """);

    [Test]
    public Task A_blank_target_inside_an_array_is_reported_on_the_element() =>
        Verify<MatrixTargetAnalyzer>.DiagnosticsAsync($$"""
            [MatrixTarget(new[] { "linux", {|MPD0001:"   "|} })]
            public sealed class Tests : Module<string> { {{Execute}} }
            """);

    [Test]
    public Task A_null_target_inside_a_collection_expression_is_reported_on_the_element() =>
        Verify<MatrixTargetAnalyzer>.DiagnosticsAsync($$"""
            [MatrixTarget(["linux", {|MPD0001:null|}])]
            public sealed class Tests : Module<string> { {{Execute}} }
            """);

    [Test]
    public Task The_message_says_what_is_missing_and_how_to_fix_it() =>
        Verify<MatrixTargetAnalyzer>.DiagnosticsAsync(
            [$$"""
            [MatrixTarget]
            public sealed class Tests : Module<string> { {{Execute}} }
            """],
            [Verify<MatrixTargetAnalyzer>.Diagnostic("MPD0001")
                .WithSpan("File0.cs", 1, 2, 1, 14)
                .WithArguments("Tests", "has no targets: list at least one, for example [MatrixTarget(\"linux\", \"windows\")]")]);

    [Test]
    public Task Named_targets_are_not_reported() =>
        Verify<MatrixTargetAnalyzer>.DiagnosticsAsync($$"""
            [MatrixTarget("linux", "windows", "macos")]
            public sealed class Tests : Module<string> { {{Execute}} }

            [MatrixTarget(new[] { "linux" })]
            public sealed class Other : Module<string> { {{Execute}} }
            """);
}
