using ModularPipelines.Distributed.Analyzers.Tests.Support;

namespace ModularPipelines.Distributed.Analyzers.Tests.ModuleContext;

/// <summary>MPD0011 (warning): GetMatrixTarget() in a module without [MatrixTarget].</summary>
public sealed class MatrixTargetWithoutMatrixTests
{
    [Test]
    public Task Reading_the_target_in_a_module_without_a_matrix_is_warned_about_on_the_call() =>
        Verify<ModuleContextAnalyzer>.DiagnosticsAsync(
            ["""
            public sealed class Build : Module<string>
            {
                protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                    Task.FromResult({|#0:context.GetMatrixTarget()|});
            }
            """],
            [Verify<ModuleContextAnalyzer>.Diagnostic("MPD0011").WithLocation(0).WithArguments("Build")]);

    [Test]
    public Task Reading_the_target_inside_a_lambda_of_a_module_without_a_matrix_is_warned_about() =>
        Verify<ModuleContextAnalyzer>.DiagnosticsAsync("""
            public sealed class Build : Module<string>
            {
                protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
                {
                    Func<string?> target = () => {|MPD0011:context.GetMatrixTarget()|};
                    return Task.FromResult(target());
                }
            }
            """);

    [Test]
    public Task Reading_the_target_in_a_matrix_module_is_not_warned_about() =>
        Verify<ModuleContextAnalyzer>.DiagnosticsAsync("""
            [MatrixTarget("linux", "windows")]
            public sealed class Build : Module<string>
            {
                protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                    Task.FromResult(context.GetMatrixTarget());
            }
            """);

    [Test]
    public Task Reading_the_target_in_a_module_whose_base_has_the_matrix_is_not_warned_about() =>
        Verify<ModuleContextAnalyzer>.DiagnosticsAsync("""
            [MatrixTarget("linux", "windows")]
            public abstract class PlatformModule<T> : Module<T> { }

            public sealed class Build : PlatformModule<string>
            {
                protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                    Task.FromResult(context.GetMatrixTarget());
            }
            """);

    [Test]
    public Task Reading_the_target_in_an_abstract_base_shared_by_matrix_and_plain_modules_is_not_warned_about() =>
        Verify<ModuleContextAnalyzer>.DiagnosticsAsync("""
            public abstract class Describes : Module<string>
            {
                protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                    Task.FromResult(context.GetMatrixTarget() ?? "everywhere");
            }

            [MatrixTarget("linux")]
            public sealed class Platform : Describes { }
            """);
}
