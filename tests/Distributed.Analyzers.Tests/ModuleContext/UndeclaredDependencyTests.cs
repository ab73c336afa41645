using ModularPipelines.Distributed.Analyzers.Tests.Support;
using static ModularPipelines.Distributed.Analyzers.Tests.Support.Modules;

namespace ModularPipelines.Distributed.Analyzers.Tests.ModuleContext;

/// <summary>MPD0010: GetModule&lt;T&gt;() of a module that is not in the calling module's [DependsOn].</summary>
public sealed class UndeclaredDependencyTests
{
    private const string Build = $$"""
        public sealed record BuildOutput(string Configuration);

        public sealed class Build : Module<BuildOutput>
        {
            protected override Task<BuildOutput?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                Task.FromResult<BuildOutput?>(new BuildOutput("Release"));
        }
        """;

    [Test]
    public Task Reading_an_undeclared_module_is_reported_on_the_call() =>
        Verify<ModuleContextAnalyzer>.DiagnosticsAsync(
            [Build, """
            public sealed class Test : Module<string>
            {
                protected override async Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
                {
                    var build = await {|#0:context.GetModule<Build>()|};
                    return build.Value?.Configuration;
                }
            }
            """],
            [Verify<ModuleContextAnalyzer>.Diagnostic("MPD0010").WithLocation(0).WithArguments("Test", "Build")]);

    [Test]
    public Task Reading_an_undeclared_matrix_instance_by_target_is_reported() =>
        Verify<ModuleContextAnalyzer>.DiagnosticsAsync($$"""
            [MatrixTarget("linux")]
            public sealed class PlatformBuild : Module<string> { {{Execute}} }

            public sealed class Test : Module<string>
            {
                protected override async Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                    (await {|MPD0010:context.GetModule<PlatformBuild>("linux")|}).Value;
            }
            """);

    [Test]
    public Task Reading_an_undeclared_module_inside_a_lambda_is_reported() =>
        Verify<ModuleContextAnalyzer>.DiagnosticsAsync(Build, """
            public sealed class Test : Module<string>
            {
                protected override async Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
                {
                    Func<Task<string?>> read = async () => (await {|MPD0010:context.GetModule<Build>()|}).Value?.Configuration;
                    return await read();
                }
            }
            """);

    [Test]
    public Task Reading_an_undeclared_module_inside_a_local_function_is_reported() =>
        Verify<ModuleContextAnalyzer>.DiagnosticsAsync(Build, """
            public sealed class Test : Module<string>
            {
                protected override async Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
                {
                    return await ReadAsync();

                    async Task<string?> ReadAsync() => (await {|MPD0010:context.GetModule<Build>()|}).Value?.Configuration;
                }
            }
            """);

    [Test]
    public Task Reading_an_undeclared_module_in_a_helper_method_or_nested_class_of_the_module_is_reported() =>
        Verify<ModuleContextAnalyzer>.DiagnosticsAsync(Build, """
            public sealed class Test : Module<string>
            {
                protected override async Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                    await ReadAsync(context) + await Reader.ReadAsync(context);

                private static async Task<string?> ReadAsync(IModuleContext context) =>
                    (await {|MPD0010:context.GetModule<Build>()|}).Value?.Configuration;

                private static class Reader
                {
                    public static async Task<string?> ReadAsync(IModuleContext context) =>
                        (await {|MPD0010:context.GetModule<Build>()|}).Value?.Configuration;
                }
            }
            """);

    [Test]
    public Task Reading_in_an_abstract_base_module_requires_the_base_itself_to_declare_the_dependency() =>
        Verify<ModuleContextAnalyzer>.DiagnosticsAsync(Build, """
            public abstract class ReadsBuild : Module<string>
            {
                protected override async Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                    (await {|MPD0010:context.GetModule<Build>()|}).Value?.Configuration;
            }

            [DependsOn<Build>]
            public sealed class Test : ReadsBuild { }
            """);

    [Test]
    public Task Reading_a_declared_module_is_not_reported_in_the_body_lambdas_or_local_functions() =>
        Verify<ModuleContextAnalyzer>.DiagnosticsAsync(Build, """
            [DependsOn<Build>]
            public sealed class Test : Module<string>
            {
                protected override async Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
                {
                    var direct = await context.GetModule<Build>();
                    Func<Task<string?>> read = async () => (await context.GetModule<Build>()).Value?.Configuration;
                    return direct.Value?.Configuration + await read() + await ReadAsync();

                    async Task<string?> ReadAsync() => (await context.GetModule<Build>()).Value?.Configuration;
                }
            }
            """);

    [Test]
    public Task Reading_a_module_declared_by_a_base_module_is_not_reported() =>
        Verify<ModuleContextAnalyzer>.DiagnosticsAsync(Build, """
            [DependsOn<Build>]
            public abstract class AfterBuild : Module<string> { }

            public sealed class Test : AfterBuild
            {
                protected override async Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                    (await context.GetModule<Build>()).Value?.Configuration;
            }
            """);

    [Test]
    public Task Reading_a_module_declared_by_a_generic_base_module_is_not_reported() =>
        Verify<ModuleContextAnalyzer>.DiagnosticsAsync(Build, """
            [DependsOn<Build>]
            public abstract class AfterBuild<T> : Module<T> { }

            public sealed class Test : AfterBuild<string>
            {
                protected override async Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                    (await context.GetModule<Build>()).Value?.Configuration;
            }
            """);

    [Test]
    public Task Reading_a_module_declared_in_another_part_of_a_partial_module_is_not_reported() =>
        Verify<ModuleContextAnalyzer>.DiagnosticsAsync(
            Build,
            """
            [DependsOn<Build>]
            public sealed partial class Test { }
            """,
            """
            public sealed partial class Test : Module<string>
            {
                protected override async Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                    (await context.GetModule<Build>()).Value?.Configuration;
            }
            """);

    [Test]
    public Task Reading_through_a_type_parameter_or_outside_any_module_is_not_reported() =>
        Verify<ModuleContextAnalyzer>.DiagnosticsAsync(Build, """
            public abstract class Reads<TDependency> : Module<string>
                where TDependency : ModuleBase
            {
                protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                    Task.FromResult<string?>(context.GetModule<TDependency>().ToString());
            }

            public static class Helpers
            {
                public static async Task<string?> ReadBuildAsync(IModuleContext context) =>
                    (await context.GetModule<Build>()).Value?.Configuration;
            }
            """);

    [Test]
    public Task Reading_a_module_whose_artifact_is_consumed_is_not_reported() =>
        Verify<ModuleContextAnalyzer>.DiagnosticsAsync(
            Build,
            """
            [ConsumesArtifact<Build>("bin")]
            public sealed class Test : Module<string>
            {
                protected override async Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
                {
                    var build = await context.GetModule<Build>();
                    return build.Value?.Configuration;
                }
            }
            """);

    [Test]
    public Task Reading_a_module_reached_through_a_dependency_on_its_abstract_base_is_not_reported() =>
        Verify<ModuleContextAnalyzer>.DiagnosticsAsync($$"""
            public abstract class Tool : Module<string> { }

            public sealed class Linker : Tool { {{Execute}} }

            public abstract class NativeTool : Tool { }

            public sealed class Compiler : NativeTool { {{Execute}} }

            [DependsOn<Tool>]
            public sealed class Assemble : Module<string>
            {
                protected override async Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
                {
                    var linker = await context.GetModule<Linker>();
                    var compiler = await context.GetModule<Compiler>();
                    return linker.Value + compiler.Value;
                }
            }
            """);

    [Test]
    public Task Reading_a_module_of_another_base_than_the_one_depended_on_is_reported() =>
        Verify<ModuleContextAnalyzer>.DiagnosticsAsync(
            [$$"""
            public abstract class Tool : Module<string> { }

            public abstract class Check : Module<string> { }

            public sealed class Lint : Check { {{Execute}} }

            public sealed class Linker : Tool { {{Execute}} }

            [DependsOn<Tool>]
            public sealed class Assemble : Module<string>
            {
                protected override async Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
                {
                    var lint = await {|#0:context.GetModule<Lint>()|};
                    return lint.Value;
                }
            }
            """],
            [Verify<ModuleContextAnalyzer>.Diagnostic("MPD0010").WithLocation(0).WithArguments("Assemble", "Lint")]);
}
