using ModularPipelines.Distributed.Analyzers.Tests.Support;
using static ModularPipelines.Distributed.Analyzers.Tests.Support.Modules;

namespace ModularPipelines.Distributed.Analyzers.Tests.ExecutionPolicy;

/// <summary>MPD0014: [ModuleTimeout] that is not a positive, finite number of seconds.</summary>
public sealed class InvalidTimeoutTests
{
    [Test]
    public Task A_zero_timeout_is_reported_on_the_argument() =>
        Verify<ExecutionPolicyAnalyzer>.DiagnosticsAsync(
            [$$"""
            [ModuleTimeout({|#0:0|})]
            public sealed class Build : Module<string> { {{Execute}} }
            """],
            [Verify<ExecutionPolicyAnalyzer>.Diagnostic("MPD0014").WithLocation(0).WithArguments("0", "Build")]);

    [Test]
    public Task Negative_not_a_number_and_infinite_timeouts_are_reported() =>
        Verify<ExecutionPolicyAnalyzer>.DiagnosticsAsync($$"""
            [ModuleTimeout({|MPD0014:-5|})]
            public sealed class Build : Module<string> { {{Execute}} }

            [ModuleTimeout({|MPD0014:double.NaN|})]
            public sealed class Test : Module<string> { {{Execute}} }

            [ModuleTimeout({|MPD0014:double.PositiveInfinity|})]
            public sealed class Publish : Module<string> { {{Execute}} }
            """);

    [Test]
    public Task Positive_timeouts_including_fractions_are_not_reported() =>
        Verify<ExecutionPolicyAnalyzer>.DiagnosticsAsync($$"""
            [ModuleTimeout(0.5)]
            public sealed class Build : Module<string> { {{Execute}} }

            [ModuleTimeout(600)]
            public sealed class Test : Module<string> { {{Execute}} }
            """);
}
