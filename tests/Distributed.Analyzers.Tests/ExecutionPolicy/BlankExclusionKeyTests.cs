using ModularPipelines.Distributed.Analyzers.Tests.Support;
using static ModularPipelines.Distributed.Analyzers.Tests.Support.Modules;

namespace ModularPipelines.Distributed.Analyzers.Tests.ExecutionPolicy;

/// <summary>MPD0019 (warning): [NotInParallel] with an empty or blank key, which the generator drops.</summary>
public sealed class BlankExclusionKeyTests
{
    [Test]
    public Task A_blank_key_is_warned_about_on_the_key() =>
        Verify<ExecutionPolicyAnalyzer>.DiagnosticsAsync(
            [$$"""
            [NotInParallel("nuget", {|#0:" "|})]
            public sealed class Publish : Module<string> { {{Execute}} }
            """],
            [Verify<ExecutionPolicyAnalyzer>.Diagnostic("MPD0019").WithLocation(0).WithArguments("Publish")]);

    [Test]
    public Task An_empty_key_in_an_array_is_warned_about() =>
        Verify<ExecutionPolicyAnalyzer>.DiagnosticsAsync($$"""
            [NotInParallel(new[] { {|MPD0019:""|} })]
            public sealed class Publish : Module<string> { {{Execute}} }
            """);

    [Test]
    public Task No_keys_or_named_keys_are_not_warned_about() =>
        Verify<ExecutionPolicyAnalyzer>.DiagnosticsAsync($$"""
            [NotInParallel]
            public sealed class Publish : Module<string> { {{Execute}} }

            [NotInParallel("nuget", "docker")]
            public sealed class Push : Module<string> { {{Execute}} }
            """);
}
