using ModularPipelines.Distributed.Analyzers.Tests.Support;
using static ModularPipelines.Distributed.Analyzers.Tests.Support.Modules;

namespace ModularPipelines.Distributed.Analyzers.Tests.Dependencies;

/// <summary>MPD0009: [DependsOn&lt;T&gt;] on the module itself, on a type that is not a concrete, non-generic module, or on an abstract base no other module derives from.</summary>
public sealed class InvalidDependencyTests
{
    [Test]
    public Task A_module_depending_on_itself_is_reported_on_the_type_argument() =>
        Verify<DependsOnAnalyzer>.DiagnosticsAsync(
            [$$"""
            [DependsOn<{|#0:Build|}>]
            public sealed class Build : Module<string> { {{Execute}} }
            """],
            [Verify<DependsOnAnalyzer>.Diagnostic("MPD0009").WithLocation(0).WithArguments("Build", "Build", "a module cannot depend on itself, so remove it")]);

    [Test]
    public Task A_qualified_self_dependency_is_reported_on_the_type_argument() =>
        Verify<DependsOnAnalyzer>.DiagnosticsAsync($$"""
            namespace Ci
            {
                [ModularPipelines.Distributed.DependsOn<{|MPD0009:Ci.Build|}>]
                public sealed class Build : Module<string> { {{Execute}} }
            }
            """);

    [Test]
    public Task A_dependency_on_an_abstract_base_no_concrete_module_derives_from_is_reported() =>
        Verify<DependsOnAnalyzer>.DiagnosticsAsync(
            [$$"""
            public abstract class BuildBase : Module<string> { }

            [DependsOn<{|#0:BuildBase|}>]
            public sealed class Test : Module<string> { {{Execute}} }
            """],
            [Verify<DependsOnAnalyzer>.Diagnostic("MPD0009").WithLocation(0).WithArguments(
                "BuildBase", "Test", "'BuildBase' is abstract and no concrete module of this compilation derives from it, so the dependency stands for no module: derive a module from 'BuildBase', or depend on a concrete module")]);

    [Test]
    public Task A_dependency_on_an_abstract_base_whose_only_concrete_module_is_the_dependent_is_reported() =>
        Verify<DependsOnAnalyzer>.DiagnosticsAsync(
            [$$"""
            public abstract class Tool : Module<string> { }

            [DependsOn<{|#0:Tool|}>]
            public sealed class Last : Tool { {{Execute}} }
            """],
            [Verify<DependsOnAnalyzer>.Diagnostic("MPD0009").WithLocation(0).WithArguments(
                "Tool", "Last", "'Tool' is abstract and no concrete module of this compilation other than 'Last' derives from it, so the dependency stands for no module: derive a module from 'Tool', or depend on a concrete module")]);

    [Test]
    public Task A_base_dependency_inherited_by_the_only_concrete_module_of_that_base_is_reported() =>
        Verify<DependsOnAnalyzer>.DiagnosticsAsync(
            [$$"""
            public abstract class Tool : Module<string> { }

            [DependsOn<{|#0:Tool|}>]
            public abstract class LastTool : Tool { }

            public sealed class Only : LastTool { {{Execute}} }
            """],
            [Verify<DependsOnAnalyzer>.Diagnostic("MPD0009").WithLocation(0).WithArguments(
                "Tool", "LastTool", "'Only' inherits it and is the only concrete module of this compilation deriving from 'Tool', so for 'Only' the dependency stands for no module: derive a module from 'Tool', or depend on a concrete module")]);

    [Test]
    public Task A_base_dependency_inherited_by_a_module_that_finds_another_module_of_the_base_is_not_reported() =>
        Verify<DependsOnAnalyzer>.DiagnosticsAsync($$"""
            public abstract class Tool : Module<string> { }

            [DependsOn<Tool>]
            public abstract class LastTool : Tool { }

            public sealed class Compiler : Tool { {{Execute}} }

            public sealed class Only : LastTool { {{Execute}} }
            """);

    [Test]
    public Task A_dependency_on_an_abstract_base_that_concrete_modules_derive_from_in_other_files_is_not_reported() =>
        Verify<DependsOnAnalyzer>.DiagnosticsAsync(
            """
            public abstract class Tool : Module<string> { }

            public abstract class NativeTool : Tool { }

            [DependsOn<Tool>]
            [DependsOn<NativeTool>(Optional = true)]
            public sealed class Assemble : Module<string>
            {
                protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
            }
            """,
            $$"""
            namespace Tools
            {
                public sealed class Linker : NativeTool { {{Execute}} }
            }
            """);

    [Test]
    public Task A_dependency_on_an_abstract_generic_module_is_still_reported() =>
        Verify<DependsOnAnalyzer>.DiagnosticsAsync($$"""
            public abstract class Tool<T> : Module<string> { }

            public sealed class Linker : Tool<int> { {{Execute}} }

            [DependsOn<{|MPD0009:Tool<int>|}>]
            public sealed class Test : Module<string> { {{Execute}} }
            """);

    [Test]
    public Task A_dependency_on_Module_of_T_itself_is_reported() =>
        Verify<DependsOnAnalyzer>.DiagnosticsAsync($$"""
            [DependsOn<{|MPD0009:Module<string>|}>]
            public sealed class Test : Module<string> { {{Execute}} }
            """);

    [Test]
    public Task A_dependency_on_a_constructed_generic_module_is_reported() =>
        Verify<DependsOnAnalyzer>.DiagnosticsAsync($$"""
            public class Echo<T> : Module<string> { {{Execute}} }

            [DependsOn<{|MPD0009:Echo<int>|}>]
            public sealed class Test : Module<string> { {{Execute}} }
            """);

    [Test]
    public Task A_dependency_a_base_module_declares_on_a_module_deriving_from_it_is_reported_on_that_module() =>
        Verify<DependsOnAnalyzer>.DiagnosticsAsync(
            [$$"""
            [DependsOn<Build>]
            public abstract class AfterBuild : Module<string> { }

            public sealed class {|#0:Build|} : AfterBuild { {{Execute}} }

            public sealed class Test : AfterBuild { {{Execute}} }
            """],
            [Verify<DependsOnAnalyzer>.Diagnostic("MPD0009").WithLocation(0).WithArguments(
                "Build", "Build", "it is inherited from 'AfterBuild' and makes 'Build' depend on itself, so move it off 'AfterBuild'")]);

    [Test]
    public Task Dependencies_on_concrete_modules_in_other_files_and_parts_are_not_reported() =>
        Verify<DependsOnAnalyzer>.DiagnosticsAsync(
            $$"""
            public sealed class Build : Module<string> { {{Execute}} }

            public sealed partial class Test : Module<string> { {{Execute}} }
            """,
            """
            [DependsOn<Build>]
            public sealed partial class Test { }

            [DependsOn<Test>, DependsOn<Build>]
            public sealed class Publish : Module<string>
            {
                protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
            }
            """);
}
