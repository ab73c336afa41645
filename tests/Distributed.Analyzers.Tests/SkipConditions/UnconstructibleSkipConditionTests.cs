using ModularPipelines.Distributed.Analyzers.Tests.Support;
using static ModularPipelines.Distributed.Analyzers.Tests.Support.Modules;

namespace ModularPipelines.Distributed.Analyzers.Tests.SkipConditions;

/// <summary>MPD0022: [SkipIf&lt;T&gt;] naming a condition that generated code cannot construct.</summary>
public sealed class UnconstructibleSkipConditionTests
{
    private const string Skip = "public ValueTask<string?> ShouldSkipAsync(IModuleContext context, CancellationToken cancellationToken) => default;";

    [Test]
    public Task An_abstract_condition_is_reported_on_its_type_argument() =>
        Verify<SkipConditionAnalyzer>.DiagnosticsAsync(
            [$$"""
            [SkipIf<{|#0:OnlyOnBranch|}>]
            public sealed class Deploy : Module<string> { {{Execute}} }
            """],
            [Verify<SkipConditionAnalyzer>.Diagnostic("MPD0022").WithLocation(0).WithArguments("SkipIf", "OnlyOnBranch", "Deploy", "it is abstract; derive a concrete class from it and name that")]);

    [Test]
    public Task An_abstract_condition_of_IgnoreFailureIf_is_reported_naming_that_attribute() =>
        Verify<SkipConditionAnalyzer>.DiagnosticsAsync(
            [$$"""
            [IgnoreFailureIf<{|#0:OnlyOnBranch|}>]
            public sealed class Deploy : Module<string> { {{Execute}} }
            """],
            [Verify<SkipConditionAnalyzer>.Diagnostic("MPD0022").WithLocation(0).WithArguments("IgnoreFailureIf", "OnlyOnBranch", "Deploy", "it is abstract; derive a concrete class from it and name that")]);

    [Test]
    public Task A_constructible_IgnoreFailureIf_condition_is_not_reported() =>
        Verify<SkipConditionAnalyzer>.DiagnosticsAsync($$"""
            public sealed class OnlyOnMain() : OnlyOnBranch("main");

            [IgnoreFailureIf<OnlyOnCi>]
            [IgnoreFailureIf<OnlyOnMain>]
            public sealed class Deploy : Module<string> { {{Execute}} }
            """);

    [Test]
    public Task An_interface_is_reported() =>
        Verify<SkipConditionAnalyzer>.DiagnosticsAsync(
            [$$"""
            [SkipIf<{|#0:ISkipCondition|}>]
            public sealed class Deploy : Module<string> { {{Execute}} }
            """],
            [Verify<SkipConditionAnalyzer>.Diagnostic("MPD0022").WithLocation(0).WithArguments("SkipIf", "ISkipCondition", "Deploy", "it is an interface; name a class that implements it")]);

    [Test]
    public Task A_condition_without_a_public_or_internal_constructor_is_reported() =>
        Verify<SkipConditionAnalyzer>.DiagnosticsAsync(
            [$$"""
            public sealed class Locked : ISkipCondition
            {
                private Locked() { }

                {{Skip}}
            }

            [SkipIf<{|#0:Locked|}>]
            public sealed class Deploy : Module<string> { {{Execute}} }
            """],
            [Verify<SkipConditionAnalyzer>.Diagnostic("MPD0022").WithLocation(0).WithArguments("SkipIf", "Locked", "Deploy", "it has no public or internal constructor; add one")]);

    [Test]
    public Task A_condition_generated_code_cannot_see_is_reported() =>
        Verify<SkipConditionAnalyzer>.DiagnosticsAsync($$"""
            public static class Pipeline
            {
                private sealed class Secret : ISkipCondition { {{Skip}} }

                [SkipIf<{|MPD0022:Secret|}>]
                public sealed class Deploy : Module<string> { {{Execute}} }
            }
            """);

    [Test]
    public Task A_condition_with_required_members_and_no_constructor_that_sets_them_is_reported() =>
        Verify<SkipConditionAnalyzer>.DiagnosticsAsync($$"""
            public sealed class Named : ISkipCondition
            {
                public required string Name { get; init; }

                {{Skip}}
            }

            [SkipIf<{|MPD0022:Named|}>]
            public sealed class Deploy : Module<string> { {{Execute}} }
            """);

    [Test]
    public Task A_condition_on_an_abstract_base_module_is_reported_where_it_is_written() =>
        Verify<SkipConditionAnalyzer>.DiagnosticsAsync($$"""
            [SkipIf<{|MPD0022:OnlyWithEnvironmentVariable|}>]
            public abstract class ReleaseModule : Module<string> { {{Execute}} }

            public sealed class Deploy : ReleaseModule;
            """);

    [Test]
    public Task Constructible_conditions_are_not_reported() =>
        Verify<SkipConditionAnalyzer>.DiagnosticsAsync($$"""
            public sealed class OnlyOnMain() : OnlyOnBranch("main");

            public sealed class WithKey() : OnlyWithEnvironmentVariable("NUGET_API_KEY");

            public interface IToolbox { bool Has(string tool); }

            public sealed class WithDocker(IToolbox toolbox) : ISkipCondition
            {
                public ValueTask<string?> ShouldSkipAsync(IModuleContext context, CancellationToken cancellationToken) =>
                    ValueTask.FromResult(toolbox.Has("docker") ? null : "no docker");
            }

            internal struct Never : ISkipCondition { {{Skip}} }

            [SkipIf<OnlyOnCi>, SkipIf<NotOnPullRequests>, SkipIf<OnlyOnMain>, SkipIf<WithKey>, SkipIf<WithDocker>, SkipIf<Never>]
            public sealed class Deploy : Module<string> { {{Execute}} }
            """);
}
