using ModularPipelines.Distributed.Analyzers.Tests.Support;
using static ModularPipelines.Distributed.Analyzers.Tests.Support.Modules;

namespace ModularPipelines.Distributed.Analyzers.Tests.MatrixTargets;

/// <summary>MPD0002: [MatrixTarget] repeats a target, ignoring case.</summary>
public sealed class RepeatedMatrixTargetTests
{
    [Test]
    public Task A_target_written_twice_is_reported_on_the_repeat() =>
        Verify<MatrixTargetAnalyzer>.DiagnosticsAsync($$"""
            [MatrixTarget("linux", "windows", {|MPD0002:"linux"|})]
            public sealed class Tests : Module<string> { {{Execute}} }
            """);

    [Test]
    public Task Targets_differing_only_in_case_are_reported_with_the_repeat_as_written() =>
        Verify<MatrixTargetAnalyzer>.DiagnosticsAsync(
            [$$"""
            [MatrixTarget("linux", {|#0:"Linux"|})]
            public sealed class Tests : Module<string> { {{Execute}} }
            """],
            [Verify<MatrixTargetAnalyzer>.Diagnostic("MPD0002").WithLocation(0).WithArguments("Tests", "Linux")]);

    [Test]
    public Task Targets_differing_only_in_surrounding_spaces_are_reported_because_targets_are_trimmed() =>
        Verify<MatrixTargetAnalyzer>.DiagnosticsAsync($$"""
            [MatrixTarget(new[] { "linux", {|MPD0002:" LINUX "|} })]
            public sealed class Tests : Module<string> { {{Execute}} }
            """);

    [Test]
    public Task Every_further_repeat_is_reported() =>
        Verify<MatrixTargetAnalyzer>.DiagnosticsAsync($$"""
            [MatrixTarget("macos", {|MPD0002:"MacOS"|}, {|MPD0002:"MACOS"|})]
            public sealed class Tests : Module<string> { {{Execute}} }
            """);

    [Test]
    public Task Distinct_targets_are_not_reported() =>
        Verify<MatrixTargetAnalyzer>.DiagnosticsAsync($$"""
            [MatrixTarget("linux", "linux-arm64", "windows")]
            public sealed class Tests : Module<string> { {{Execute}} }
            """);
}
