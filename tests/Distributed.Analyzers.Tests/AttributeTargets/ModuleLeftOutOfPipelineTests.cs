using ModularPipelines.Distributed.Analyzers.Tests.Support;
using static ModularPipelines.Distributed.Analyzers.Tests.Support.Modules;

namespace ModularPipelines.Distributed.Analyzers.Tests.AttributeTargets;

/// <summary>MPD0016: a class deriving from Module&lt;T&gt; that the generator cannot put in the graph.</summary>
public sealed class ModuleLeftOutOfPipelineTests
{
    [Test]
    public Task A_private_nested_module_is_reported_on_its_name() =>
        Verify<AttributeTargetAnalyzer>.DiagnosticsAsync(
            [$$"""
            public static class Pipeline
            {
                private sealed class {|#0:Hidden|} : Module<string> { {{Execute}} }
            }
            """],
            [Verify<AttributeTargetAnalyzer>.Diagnostic("MPD0016").WithLocation(0)
                .WithArguments("Hidden", "generated code cannot see it; make it, and every class it is nested in, public or internal")]);

    [Test]
    public Task A_module_nested_in_a_private_class_is_reported() =>
        Verify<AttributeTargetAnalyzer>.DiagnosticsAsync($$"""
            public static class Pipeline
            {
                private static class Inner
                {
                    public sealed class {|MPD0016:Hidden|} : Module<string> { {{Execute}} }
                }
            }
            """);

    [Test]
    public Task A_module_with_only_a_private_constructor_is_reported() =>
        Verify<AttributeTargetAnalyzer>.DiagnosticsAsync($$"""
            public sealed class {|MPD0016:Build|} : Module<string>
            {
                private Build() { }

                {{Execute}}
            }
            """);

    [Test]
    public Task A_module_whose_required_members_no_accessible_constructor_sets_is_reported() =>
        Verify<AttributeTargetAnalyzer>.DiagnosticsAsync(
            [$$"""
            public sealed class {|#0:Publish|} : Module<string>
            {
                public required string Feed { get; init; }

                {{Execute}}
            }
            """],
            [Verify<AttributeTargetAnalyzer>.Diagnostic("MPD0016").WithLocation(0)
                .WithArguments("Publish", "it has required members and no public or internal constructor marked [SetsRequiredMembers]; mark one, or make the members not required")]);

    [Test]
    public Task A_module_whose_required_members_a_SetsRequiredMembers_constructor_sets_is_not_reported() =>
        Verify<AttributeTargetAnalyzer>.DiagnosticsAsync($$"""
            public sealed class Publish : Module<string>
            {
                [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
                public Publish() => Feed = "feed";

                public required string Feed { get; init; }

                {{Execute}}
            }
            """);

    [Test]
    public Task A_concrete_generic_module_without_attributes_is_reported() =>
        Verify<AttributeTargetAnalyzer>.DiagnosticsAsync($$"""
            public class {|MPD0016:Echo|}<T> : Module<T>
            {
                protected override Task<T?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) => Task.FromResult<T?>(default);
            }
            """);

    [Test]
    public Task Public_internal_and_nested_public_modules_with_accessible_constructors_are_not_reported() =>
        Verify<AttributeTargetAnalyzer>.DiagnosticsAsync($$"""
            public sealed class Build : Module<string> { {{Execute}} }

            internal sealed class Test : Module<string>
            {
                internal Test(IServiceProvider services) { }

                {{Execute}}
            }

            public static class Pipeline
            {
                internal sealed class Nested : Module<string> { {{Execute}} }
            }

            public abstract class Base : Module<string>
            {
                private protected Base() { }
            }
            """);
}
