using ModularPipelines.Distributed.CodeFixes;
using static ModularPipelines.Distributed.Analyzers.Tests.Support.Modules;
using Fix = ModularPipelines.Distributed.Analyzers.Tests.Support.VerifyFix<
    ModularPipelines.Distributed.Analyzers.CapabilityAnalyzer,
    ModularPipelines.Distributed.CodeFixes.RemoveRepeatedCapabilityCodeFixProvider>;

namespace ModularPipelines.Distributed.Analyzers.Tests.CodeFixes;

/// <summary>MPD0005's fix: the repeated [RequiresCapability] is removed, with its line when it had one.</summary>
public sealed class RemoveRepeatedCapabilityFixTests
{
    [Test]
    public Task A_repeat_on_its_own_line_is_removed_with_the_line() =>
        Fix.FixAsync(
            $$"""
            [RequiresCapability("docker")]
            [{|MPD0005:RequiresCapability("docker")|}]
            [NotInParallel("registry")]
            public sealed class Image : Module<string> { {{Execute}} }
            """,
            $$"""
            [RequiresCapability("docker")]
            [NotInParallel("registry")]
            public sealed class Image : Module<string> { {{Execute}} }
            """);

    [Test]
    public Task A_repeat_sharing_brackets_with_the_first_is_removed_with_its_comma() =>
        Fix.FixAsync(
            $$"""
            [RequiresCapability("docker"), {|MPD0005:RequiresCapability("Docker")|}]
            public sealed class Image : Module<string> { {{Execute}} }
            """,
            $$"""
            [RequiresCapability("docker")]
            public sealed class Image : Module<string> { {{Execute}} }
            """);

    [Test]
    public Task Removing_the_first_list_of_an_indented_documented_class_keeps_the_comment_and_the_indentation() =>
        Fix.FixAsync(
            $$"""
            namespace Images
            {
                [RequiresCapability("docker")]
                public abstract class DockerModule : Module<string> { }

                /// <summary>Builds the image.</summary>
                [{|MPD0005:RequiresCapability("DOCKER")|}]
                public sealed class Image : DockerModule { {{Execute}} }
            }
            """,
            $$"""
            namespace Images
            {
                [RequiresCapability("docker")]
                public abstract class DockerModule : Module<string> { }

                /// <summary>Builds the image.</summary>
                public sealed class Image : DockerModule { {{Execute}} }
            }
            """);

    [Test]
    public Task The_fix_has_its_equivalence_key()
    {
        var test = Fix.Create(
            $$"""
            [RequiresCapability("docker")][{|MPD0005:RequiresCapability("docker")|}]
            public sealed class Image : Module<string> { {{Execute}} }
            """,
            $$"""
            [RequiresCapability("docker")]
            public sealed class Image : Module<string> { {{Execute}} }
            """);
        test.CodeActionEquivalenceKey = RemoveRepeatedCapabilityCodeFixProvider.EquivalenceKey;
        test.CodeActionIndex = 0;
        return test.RunAsync();
    }

    [Test]
    public Task Fix_all_removes_every_repeat_of_one_list_and_of_every_class_in_a_single_pass()
    {
        var test = Fix.Create(
            [
                $$"""
                [RequiresCapability("docker"), {|MPD0005:RequiresCapability("Docker")|}, {|MPD0005:RequiresCapability("DOCKER")|}]
                public sealed class Image : Module<string> { {{Execute}} }
                """,
                $$"""
                [RequiresCapability("gpu")]
                [{|MPD0005:RequiresCapability("gpu")|}]
                [{|MPD0005:RequiresCapability("GPU")|}]
                public sealed class Train : Module<string> { {{Execute}} }
                """,
            ],
            [
                $$"""
                [RequiresCapability("docker")]
                public sealed class Image : Module<string> { {{Execute}} }
                """,
                $$"""
                [RequiresCapability("gpu")]
                public sealed class Train : Module<string> { {{Execute}} }
                """,
            ]);
        test.NumberOfIncrementalIterations = 4;
        test.NumberOfFixAllIterations = 1;

        // Fix All in the document fixes one document at a time; in the project and the solution, all at once.
        test.NumberOfFixAllInDocumentIterations = 2;
        return test.RunAsync();
    }
}
