using ModularPipelines.Distributed.Analyzers.Tests.Support;
using static ModularPipelines.Distributed.Analyzers.Tests.Support.Modules;

namespace ModularPipelines.Distributed.Analyzers.Tests.ModuleContext;

/// <summary>
/// MPD0018: GetModule&lt;T&gt;() without a target picks T's instance by the caller's own target, so it throws when T
/// is a matrix module and the caller has no matrix, or has targets T lacks.
/// </summary>
public sealed class MatrixDependencyWithoutTargetTests
{
    private const string PlatformBuild = $$"""
        [MatrixTarget("linux", "windows")]
        public sealed class PlatformBuild : Module<string> { {{Execute}} }
        """;

    [Test]
    public Task A_module_without_a_matrix_reading_a_matrix_module_without_a_target_is_reported_on_the_call() =>
        Verify<ModuleContextAnalyzer>.DiagnosticsAsync(
            [PlatformBuild, """
            [DependsOn<PlatformBuild>]
            public sealed class Publish : Module<string>
            {
                protected override async Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                    (await {|#0:context.GetModule<PlatformBuild>()|}).Value;
            }
            """],
            [Verify<ModuleContextAnalyzer>.Diagnostic("MPD0018").WithLocation(0)
                .WithArguments("Publish", "PlatformBuild", "it has no [MatrixTarget] of its own to pick an instance by", "linux")]);

    [Test]
    public Task A_matrix_module_with_a_target_the_dependency_lacks_is_reported_with_the_unmatched_targets() =>
        Verify<ModuleContextAnalyzer>.DiagnosticsAsync(
            [PlatformBuild, """
            [DependsOn<PlatformBuild>]
            [MatrixTarget("linux", "macos")]
            public sealed class Tests : Module<string>
            {
                protected override async Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                    (await {|#0:context.GetModule<PlatformBuild>()|}).Value;
            }
            """],
            [Verify<ModuleContextAnalyzer>.Diagnostic("MPD0018").WithLocation(0)
                .WithArguments("Tests", "PlatformBuild", "its own targets 'macos' are not targets of 'PlatformBuild'", "linux")]);

    [Test]
    public Task A_matrix_module_whose_targets_the_dependency_all_has_is_not_reported_even_in_another_case() =>
        Verify<ModuleContextAnalyzer>.DiagnosticsAsync(PlatformBuild, """
            [DependsOn<PlatformBuild>]
            [MatrixTarget("Linux", "WINDOWS")]
            public sealed class Tests : Module<string>
            {
                protected override async Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                    (await context.GetModule<PlatformBuild>()).Value;
            }
            """);

    [Test]
    public Task Reading_a_module_without_a_matrix_or_naming_the_target_is_not_reported() =>
        Verify<ModuleContextAnalyzer>.DiagnosticsAsync(PlatformBuild, $$"""
            public sealed class Restore : Module<string> { {{Execute}} }

            [DependsOn<PlatformBuild>, DependsOn<Restore>]
            public sealed class Publish : Module<string>
            {
                protected override async Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                    (await context.GetModule<Restore>()).Value + (await context.GetModule<PlatformBuild>("linux")).Value;
            }
            """);
}
