using ModularPipelines.Distributed.CodeFixes;
using static ModularPipelines.Distributed.Analyzers.Tests.Support.Modules;
using Fix = ModularPipelines.Distributed.Analyzers.Tests.Support.VerifyFix<
    ModularPipelines.Distributed.Analyzers.ModuleContextAnalyzer,
    ModularPipelines.Distributed.CodeFixes.AddDependencyCodeFixProvider>;

namespace ModularPipelines.Distributed.Analyzers.Tests.CodeFixes;

/// <summary>MPD0010's fix: [DependsOn&lt;T&gt;] is added to the module that reads T.</summary>
public sealed class AddDependencyFixTests
{
    private static readonly string Build = $$"""
        public sealed class Build : Module<string> { {{Execute}} }

        public sealed class Lint : Module<string> { {{Execute}} }
        """;

    [Test]
    public Task The_dependency_is_added_to_a_module_without_attributes() =>
        Fix.FixAsync(
            Build + """


            public sealed class Tests : Module<string>
            {
                protected override async Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
                {
                    var build = await {|MPD0010:context.GetModule<Build>()|};
                    return build.Value;
                }
            }
            """,
            Build + """


            [DependsOn<Build>]
            public sealed class Tests : Module<string>
            {
                protected override async Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
                {
                    var build = await context.GetModule<Build>();
                    return build.Value;
                }
            }
            """);

    [Test]
    public Task The_dependency_is_added_after_the_attributes_the_module_has_keeping_its_documentation() =>
        Fix.FixAsync(
            Build + """


            /// <summary>Runs the tests.</summary>
            [DependsOn<Lint>]
            [NotInParallel("db")]
            public sealed class Tests : Module<string>
            {
                protected override async Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                    (await {|MPD0010:context.GetModule<Build>()|}).Value;
            }
            """,
            Build + """


            /// <summary>Runs the tests.</summary>
            [DependsOn<Lint>]
            [NotInParallel("db")]
            [DependsOn<Build>]
            public sealed class Tests : Module<string>
            {
                protected override async Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                    (await context.GetModule<Build>()).Value;
            }
            """);

    [Test]
    public Task A_read_inside_a_lambda_and_a_nested_class_adds_the_dependency_to_the_enclosing_module() =>
        Fix.FixAsync(
            Build + """


            public sealed class Tests : Module<string>
            {
                protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
                {
                    Func<Task<string?>> read = async () => (await {|MPD0010:context.GetModule<Build>()|}).Value;
                    return read();
                }

                private static class Helper
                {
                    public static async Task<string?> LintAsync(IModuleContext context) => (await {|MPD0010:context.GetModule<Lint>()|}).Value;
                }
            }
            """,
            Build + """


            [DependsOn<Build>]
            [DependsOn<Lint>]
            public sealed class Tests : Module<string>
            {
                protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
                {
                    Func<Task<string?>> read = async () => (await context.GetModule<Build>()).Value;
                    return read();
                }

                private static class Helper
                {
                    public static async Task<string?> LintAsync(IModuleContext context) => (await context.GetModule<Lint>()).Value;
                }
            }
            """);

    [Test]
    public Task A_module_of_another_namespace_gets_a_using_directive()
    {
        var test = Fix.Create(
            [
                $$"""
                namespace Producers;

                public sealed class Build : Module<string> { {{Execute}} }
                """,
                """
                namespace Consumers;

                public sealed class Tests : Module<string>
                {
                    protected override async Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                        (await {|MPD0010:context.GetModule<Producers.Build>()|}).Value;
                }
                """,
            ],
            [
                $$"""
                namespace Producers;

                public sealed class Build : Module<string> { {{Execute}} }
                """,
                """
                using Producers;

                namespace Consumers;

                [DependsOn<Build>]
                public sealed class Tests : Module<string>
                {
                    protected override async Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                        (await context.GetModule<Producers.Build>()).Value;
                }
                """,
            ]);
        return test.RunAsync();
    }

    [Test]
    public Task Without_a_using_for_the_runtime_namespace_one_is_added()
    {
        var test = Fix.Create(
            [
                """
                using System.Threading;
                using System.Threading.Tasks;

                namespace Pipeline;

                public sealed class Build : ModularPipelines.Distributed.Module<string>
                {
                    protected override Task<string?> ExecuteAsync(ModularPipelines.Distributed.IModuleContext context, CancellationToken cancellationToken) =>
                        Task.FromResult<string?>("done");
                }

                public sealed class Tests : ModularPipelines.Distributed.Module<string>
                {
                    protected override async Task<string?> ExecuteAsync(ModularPipelines.Distributed.IModuleContext context, CancellationToken cancellationToken) =>
                        (await {|MPD0010:context.GetModule<Build>()|}).Value;
                }
                """,
            ],
            [
                """
                using System.Threading;
                using System.Threading.Tasks;
                using ModularPipelines.Distributed;

                namespace Pipeline;

                public sealed class Build : ModularPipelines.Distributed.Module<string>
                {
                    protected override Task<string?> ExecuteAsync(ModularPipelines.Distributed.IModuleContext context, CancellationToken cancellationToken) =>
                        Task.FromResult<string?>("done");
                }

                [DependsOn<Build>]
                public sealed class Tests : ModularPipelines.Distributed.Module<string>
                {
                    protected override async Task<string?> ExecuteAsync(ModularPipelines.Distributed.IModuleContext context, CancellationToken cancellationToken) =>
                        (await context.GetModule<Build>()).Value;
                }
                """,
            ],
            globalUsings: false);
        return test.RunAsync();
    }

    [Test]
    public Task The_fix_has_its_equivalence_key()
    {
        var test = Fix.Create(
            Build + """


            public sealed class Tests : Module<string>
            {
                protected override async Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                    (await {|MPD0010:context.GetModule<Build>()|}).Value;
            }
            """,
            Build + """


            [DependsOn<Build>]
            public sealed class Tests : Module<string>
            {
                protected override async Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                    (await context.GetModule<Build>()).Value;
            }
            """);
        test.CodeActionIndex = 0;
        test.CodeActionEquivalenceKey = AddDependencyCodeFixProvider.EquivalenceKey;
        return test.RunAsync();
    }

    [Test]
    public Task Fix_all_adds_each_dependency_once_per_module()
    {
        var test = Fix.Create(
            [
                Build + """


                public sealed class Tests : Module<string>
                {
                    protected override async Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
                    {
                        var first = await {|MPD0010:context.GetModule<Build>()|};
                        var second = await {|MPD0010:context.GetModule<Build>()|};
                        var lint = await {|MPD0010:context.GetModule<Lint>()|};
                        return first.Value + second.Value + lint.Value;
                    }
                }
                """,
                """
                public sealed class Package : Module<string>
                {
                    protected override async Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                        (await {|MPD0010:context.GetModule<Build>()|}).Value;
                }
                """,
            ],
            [
                Build + """


                [DependsOn<Build>]
                [DependsOn<Lint>]
                public sealed class Tests : Module<string>
                {
                    protected override async Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
                    {
                        var first = await context.GetModule<Build>();
                        var second = await context.GetModule<Build>();
                        var lint = await context.GetModule<Lint>();
                        return first.Value + second.Value + lint.Value;
                    }
                }
                """,
                """
                [DependsOn<Build>]
                public sealed class Package : Module<string>
                {
                    protected override async Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                        (await context.GetModule<Build>()).Value;
                }
                """,
            ]);

        // One at a time: Build for Tests (which also clears its second read), Lint, then Build for Package.
        test.NumberOfIncrementalIterations = 3;
        test.NumberOfFixAllIterations = 1;

        // Fix All in the document fixes one document at a time; in the project and the solution, all at once.
        test.NumberOfFixAllInDocumentIterations = 2;
        return test.RunAsync();
    }
}
