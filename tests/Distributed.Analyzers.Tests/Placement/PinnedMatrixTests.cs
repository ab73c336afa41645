using ModularPipelines.Distributed.Analyzers.Tests.Support;
using static ModularPipelines.Distributed.Analyzers.Tests.Support.Modules;

namespace ModularPipelines.Distributed.Analyzers.Tests.Placement;

/// <summary>MPD0006: [PinToMaster] with [MatrixTarget].</summary>
public sealed class PinnedMatrixTests
{
    [Test]
    public Task A_pinned_matrix_module_is_reported_on_the_pin() =>
        Verify<PlacementAnalyzer>.DiagnosticsAsync(
            [$$"""
            [{|#0:PinToMaster|}]
            [MatrixTarget("linux", "windows")]
            public sealed class Publish : Module<string> { {{Execute}} }
            """],
            [Verify<PlacementAnalyzer>.Diagnostic("MPD0006").WithLocation(0).WithArguments("Publish")]);

    [Test]
    public Task A_matrix_added_to_a_module_whose_base_is_pinned_is_reported_on_the_matrix() =>
        Verify<PlacementAnalyzer>.DiagnosticsAsync($$"""
            [PinToMaster]
            public abstract class MasterModule : Module<string> { }

            [{|MPD0006:MatrixTarget("linux")|}]
            public sealed class Publish : MasterModule { {{Execute}} }
            """);

    [Test]
    public Task A_pin_added_to_a_module_whose_generic_base_has_a_matrix_is_reported_on_the_pin() =>
        Verify<PlacementAnalyzer>.DiagnosticsAsync($$"""
            [MatrixTarget("linux")]
            public abstract class PlatformModule<T> : Module<T> { }

            [{|MPD0006:PinToMaster|}]
            public sealed class Publish : PlatformModule<string> { {{Execute}} }
            """);

    [Test]
    public Task A_base_with_both_attributes_is_reported_once_on_the_base_and_not_on_each_derived_module() =>
        Verify<PlacementAnalyzer>.DiagnosticsAsync($$"""
            [{|MPD0006:PinToMaster|}, MatrixTarget("linux")]
            public abstract class Broken : Module<string> { }

            public sealed class First : Broken { {{Execute}} }

            public sealed class Second : Broken { {{Execute}} }
            """);

    [Test]
    public Task A_pin_in_one_part_and_a_matrix_in_another_part_of_a_partial_module_are_reported() =>
        Verify<PlacementAnalyzer>.DiagnosticsAsync(
            $$"""
            [{|MPD0006:PinToMaster|}]
            public sealed partial class Publish : Module<string> { {{Execute}} }
            """,
            """
            [MatrixTarget("linux")]
            public sealed partial class Publish { }
            """);

    [Test]
    public Task A_pinned_module_without_a_matrix_and_a_matrix_module_without_a_pin_are_not_reported() =>
        Verify<PlacementAnalyzer>.DiagnosticsAsync($$"""
            [PinToMaster]
            public sealed class Publish : Module<string> { {{Execute}} }

            [MatrixTarget("linux", "windows")]
            public sealed class Tests : Module<string> { {{Execute}} }
            """);
}
