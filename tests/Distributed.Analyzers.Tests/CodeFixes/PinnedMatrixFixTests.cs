using ModularPipelines.Distributed.CodeFixes;
using static ModularPipelines.Distributed.Analyzers.Tests.Support.Modules;
using Fix = ModularPipelines.Distributed.Analyzers.Tests.Support.VerifyFix<
    ModularPipelines.Distributed.Analyzers.PlacementAnalyzer,
    ModularPipelines.Distributed.CodeFixes.PinnedMatrixCodeFixProvider>;

namespace ModularPipelines.Distributed.Analyzers.Tests.CodeFixes;

/// <summary>MPD0006's two fixes: remove [PinToMaster] (first) or remove [MatrixTarget] (second).</summary>
public sealed class PinnedMatrixFixTests
{
    private static readonly string PinnedMatrix = $$"""
        [{|MPD0006:PinToMaster|}]
        [MatrixTarget("linux", "windows")]
        public sealed class Publish : Module<string> { {{Execute}} }
        """;

    [Test]
    public Task The_first_fix_removes_the_pin()
    {
        var test = Fix.Create(PinnedMatrix, $$"""
            [MatrixTarget("linux", "windows")]
            public sealed class Publish : Module<string> { {{Execute}} }
            """);
        test.CodeActionIndex = 0;
        test.CodeActionEquivalenceKey = PinnedMatrixCodeFixProvider.RemovePinToMasterKey;
        return test.RunAsync();
    }

    [Test]
    public Task The_second_fix_removes_the_matrix()
    {
        var test = Fix.Create(PinnedMatrix, $$"""
            [PinToMaster]
            public sealed class Publish : Module<string> { {{Execute}} }
            """);
        test.CodeActionIndex = 1;
        test.CodeActionEquivalenceKey = PinnedMatrixCodeFixProvider.RemoveMatrixTargetKey;
        return test.RunAsync();
    }

    [Test]
    public Task Removing_the_matrix_from_shared_brackets_keeps_the_pin()
    {
        var test = Fix.Create(
            $$"""
            [{|MPD0006:PinToMaster|}, MatrixTarget("linux")]
            public sealed class Publish : Module<string> { {{Execute}} }
            """,
            $$"""
            [PinToMaster]
            public sealed class Publish : Module<string> { {{Execute}} }
            """);
        test.CodeActionIndex = 1;
        test.CodeActionEquivalenceKey = PinnedMatrixCodeFixProvider.RemoveMatrixTargetKey;
        return test.RunAsync();
    }

    [Test]
    public Task With_the_pin_inherited_only_removing_the_matrix_is_offered()
    {
        var test = Fix.Create(
            $$"""
            [PinToMaster]
            public abstract class MasterModule : Module<string> { }

            [{|MPD0006:MatrixTarget("linux")|}]
            public sealed class Publish : MasterModule { {{Execute}} }
            """,
            $$"""
            [PinToMaster]
            public abstract class MasterModule : Module<string> { }

            public sealed class Publish : MasterModule { {{Execute}} }
            """);
        test.CodeActionIndex = 0;
        test.CodeActionEquivalenceKey = PinnedMatrixCodeFixProvider.RemoveMatrixTargetKey;
        return test.RunAsync();
    }

    [Test]
    public Task With_the_matrix_inherited_only_removing_the_pin_is_offered()
    {
        var test = Fix.Create(
            $$"""
            [MatrixTarget("linux")]
            public abstract class PlatformModule : Module<string> { }

            [{|MPD0006:PinToMaster|}]
            public sealed class Publish : PlatformModule { {{Execute}} }
            """,
            $$"""
            [MatrixTarget("linux")]
            public abstract class PlatformModule : Module<string> { }

            public sealed class Publish : PlatformModule { {{Execute}} }
            """);
        test.CodeActionIndex = 0;
        test.CodeActionEquivalenceKey = PinnedMatrixCodeFixProvider.RemovePinToMasterKey;
        return test.RunAsync();
    }

    [TestCase(0, PinnedMatrixCodeFixProvider.RemovePinToMasterKey, "[MatrixTarget(\"linux\")]")]
    [TestCase(1, PinnedMatrixCodeFixProvider.RemoveMatrixTargetKey, "[PinToMaster]")]
    public Task Fix_all_applies_the_chosen_fix_to_every_module(int index, string equivalenceKey, string remaining)
    {
        var test = Fix.Create(
            [
                $$"""
                [{|MPD0006:PinToMaster|}]
                [MatrixTarget("linux")]
                public sealed class Publish : Module<string> { {{Execute}} }

                [{|MPD0006:PinToMaster|}, MatrixTarget("linux")]
                public sealed class Announce : Module<string> { {{Execute}} }
                """,
                $$"""
                [MatrixTarget("linux")]
                [{|MPD0006:PinToMaster|}]
                public sealed class Archive : Module<string> { {{Execute}} }
                """,
            ],
            [
                $$"""
                {{remaining}}
                public sealed class Publish : Module<string> { {{Execute}} }

                {{remaining}}
                public sealed class Announce : Module<string> { {{Execute}} }
                """,
                $$"""
                {{remaining}}
                public sealed class Archive : Module<string> { {{Execute}} }
                """,
            ]);
        test.CodeActionIndex = index;
        test.CodeActionEquivalenceKey = equivalenceKey;
        test.NumberOfIncrementalIterations = 3;
        test.NumberOfFixAllIterations = 1;

        // Fix All in the document fixes one document at a time; in the project and the solution, all at once.
        test.NumberOfFixAllInDocumentIterations = 2;
        return test.RunAsync();
    }
}
