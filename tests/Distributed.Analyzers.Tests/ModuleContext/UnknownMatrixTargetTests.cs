using ModularPipelines.Distributed.Analyzers.Tests.Support;
using static ModularPipelines.Distributed.Analyzers.Tests.Support.Modules;

namespace ModularPipelines.Distributed.Analyzers.Tests.ModuleContext;

/// <summary>MPD0013: GetModule&lt;T&gt;("x") with a constant target that T's [MatrixTarget] lacks.</summary>
public sealed class UnknownMatrixTargetTests
{
    private const string PlatformBuild = $$"""
        [MatrixTarget("linux", "windows")]
        public sealed class PlatformBuild : Module<string> { {{Execute}} }
        """;

    [Test]
    public Task A_target_the_dependency_lacks_is_reported_on_the_argument_with_the_targets_it_has() =>
        Verify<ModuleContextAnalyzer>.DiagnosticsAsync(
            [PlatformBuild, """
            [DependsOn<PlatformBuild>]
            public sealed class Publish : Module<string>
            {
                protected override async Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                    (await context.GetModule<PlatformBuild>({|#0:"macos"|})).Value;
            }
            """],
            [Verify<ModuleContextAnalyzer>.Diagnostic("MPD0013").WithLocation(0).WithArguments("PlatformBuild", "macos", "use one of its targets, 'linux', 'windows'")]);

    [Test]
    public Task A_target_named_by_a_constant_is_checked() =>
        Verify<ModuleContextAnalyzer>.DiagnosticsAsync(PlatformBuild, """
            [DependsOn<PlatformBuild>]
            public sealed class Publish : Module<string>
            {
                private const string Target = "freebsd";

                protected override async Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                    (await context.GetModule<PlatformBuild>({|MPD0013:Target|})).Value;
            }
            """);

    [Test]
    public Task A_target_of_a_module_without_a_matrix_is_reported_with_the_call_to_use_instead() =>
        Verify<ModuleContextAnalyzer>.DiagnosticsAsync(
            [$$"""
            public sealed class Build : Module<string> { {{Execute}} }

            [DependsOn<Build>]
            public sealed class Publish : Module<string>
            {
                protected override async Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                    (await context.GetModule<Build>({|#0:"linux"|})).Value;
            }
            """],
            [Verify<ModuleContextAnalyzer>.Diagnostic("MPD0013").WithLocation(0).WithArguments("Build", "linux", "it has no [MatrixTarget], so read it with GetModule<Build>()")]);

    [Test]
    public Task The_dependency_s_own_matrix_overrides_the_one_of_its_base() =>
        Verify<ModuleContextAnalyzer>.DiagnosticsAsync($$"""
            [MatrixTarget("linux")]
            public abstract class PlatformModule : Module<string> { }

            [MatrixTarget("windows")]
            public sealed class WindowsBuild : PlatformModule { {{Execute}} }

            [DependsOn<WindowsBuild>]
            public sealed class Publish : Module<string>
            {
                protected override async Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                    (await context.GetModule<WindowsBuild>({|MPD0013:"linux"|})).Value + (await context.GetModule<WindowsBuild>("windows")).Value;
            }
            """);

    [Test]
    public Task Targets_compared_ignoring_case_and_inherited_matrices_are_not_reported() =>
        Verify<ModuleContextAnalyzer>.DiagnosticsAsync($$"""
            [MatrixTarget("linux", "windows")]
            public abstract class PlatformModule : Module<string> { }

            public sealed class PlatformBuild : PlatformModule { {{Execute}} }

            [DependsOn<PlatformBuild>]
            public sealed class Publish : Module<string>
            {
                protected override async Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                    (await context.GetModule<PlatformBuild>("LINUX")).Value + (await context.GetModule<PlatformBuild>("windows")).Value;
            }
            """);

    [Test]
    public Task A_target_that_is_not_a_constant_is_not_reported() =>
        Verify<ModuleContextAnalyzer>.DiagnosticsAsync(PlatformBuild, """
            [DependsOn<PlatformBuild>]
            public sealed class Publish : Module<string>
            {
                protected override async Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
                {
                    var target = Environment.GetEnvironmentVariable("TARGET") ?? "macos";
                    return (await context.GetModule<PlatformBuild>(target)).Value;
                }
            }
            """);
}
