using ModularPipelines.Distributed.Analyzers.Tests.Support;
using static ModularPipelines.Distributed.Analyzers.Tests.Support.Modules;

namespace ModularPipelines.Distributed.Analyzers.Tests.ExecutionPolicy;

/// <summary>MPD0015: [ModuleRetry] with a negative retry count or BackoffMilliseconds.</summary>
public sealed class NegativeRetryTests
{
    [Test]
    public Task A_negative_retry_count_is_reported_on_the_argument() =>
        Verify<ExecutionPolicyAnalyzer>.DiagnosticsAsync(
            [$$"""
            [ModuleRetry({|#0:-1|})]
            public sealed class Build : Module<string> { {{Execute}} }
            """],
            [Verify<ExecutionPolicyAnalyzer>.Diagnostic("MPD0015").WithLocation(0).WithArguments("Build", "retry count", "-1")]);

    [Test]
    public Task A_negative_backoff_is_reported_on_its_value() =>
        Verify<ExecutionPolicyAnalyzer>.DiagnosticsAsync(
            [$$"""
            [ModuleRetry(3, BackoffMilliseconds = {|#0:-100|})]
            public sealed class Build : Module<string> { {{Execute}} }
            """],
            [Verify<ExecutionPolicyAnalyzer>.Diagnostic("MPD0015").WithLocation(0).WithArguments("Build", "BackoffMilliseconds", "-100")]);

    [Test]
    public Task Zero_or_more_retries_and_backoff_are_not_reported() =>
        Verify<ExecutionPolicyAnalyzer>.DiagnosticsAsync($$"""
            [ModuleRetry(0)]
            public sealed class Build : Module<string> { {{Execute}} }

            [ModuleRetry(3, BackoffMilliseconds = 0)]
            public sealed class Test : Module<string> { {{Execute}} }
            """);
}
