using ModularPipelines.Distributed.Generator.Tests.Support;

namespace ModularPipelines.Distributed.Generator.Tests.Robustness;

/// <summary>
/// A skip condition generated code cannot construct still gives a graph that compiles: its factory throws, naming the
/// reason and MPD0022, so the module fails rather than runs unchecked.
/// </summary>
public sealed class SkipConditionConstructionTests
{
    private const string Module = """
        [SkipIf<CONDITION>]
        public sealed class Deploy : Module<string>
        {
            protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) => Task.FromResult<string?>("deployed");
        }
        """;

    private const string Hidden = "ValueTask<string?> ShouldSkipAsync(IModuleContext context, CancellationToken cancellationToken) => default;";

    [TestCase("OnlyOnBranch", "MODULE", "it is abstract", TestName = "AnAbstractConditionsFactoryThrowsSayingItIsAbstract")]
    [TestCase("ISkipCondition", "MODULE", "it is an interface", TestName = "AnInterfaceConditionsFactoryThrowsSayingItIsAnInterface")]
    [TestCase("Locked", "public sealed class Locked : ISkipCondition { private Locked() { } public " + Hidden + " } MODULE",
        "it has no public or internal constructor", TestName = "AConditionWithoutAnAccessibleConstructorsFactoryThrowsSayingSo")]
    [TestCase("Secret", "public static class Outer { private sealed class Secret : ISkipCondition { public " + Hidden + " } MODULE }",
        "generated code cannot see it", TestName = "AConditionGeneratedCodeCannotSeesFactoryThrowsSayingSo")]
    public void ConditionThatCannotBeConstructedGetsAFactoryThatThrowsWithTheReason(string condition, string declarations, string reason)
    {
        var source = "namespace Sample;\n\n" + declarations.Replace("MODULE", Module.Replace("CONDITION", condition, StringComparison.Ordinal), StringComparison.Ordinal);
        var run = GeneratorHarness.RunAndAssertCompiles(source);

        var factory = GeneratedGraph.Load(run).Modules.Single().SkipConditions.Single();

        var thrown = Assert.Throws<InvalidOperationException>(() => factory(EmptyServices.Instance));
        Assert.That(thrown.Message, Does.Contain("Deploy").And.Contain(reason).And.Contain("MPD0022"));
    }

    [Test]
    public void ClosedGenericConditionIsBuiltWithItsTypeArgumentsPutIntoItsConstructor()
    {
        var run = GeneratorHarness.RunAndAssertCompiles("""
            namespace Sample;

            public sealed class Marker;

            public sealed class UnlessRegistered<T>(IEnumerable<T> registered) : ISkipCondition
            {
                public ValueTask<string?> ShouldSkipAsync(IModuleContext context, CancellationToken cancellationToken) =>
                    ValueTask.FromResult(System.Linq.Enumerable.Any(registered) ? null : typeof(T).Name + " is not registered");
            }

            [SkipIf<UnlessRegistered<Marker>>]
            public sealed class Deploy : Module<string>
            {
                protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) => Task.FromResult<string?>("deployed");
            }
            """);

        Assert.That(run.CompactGraph, Does.Contain(GeneratorRun.Compact(
            "static services => new global::Sample.UnlessRegistered<global::Sample.Marker>(GetRequiredService<global::System.Collections.Generic.IEnumerable<global::Sample.Marker>>(services)),")));
    }

    [Test]
    public void ConditionNamedTwiceIsAskedOnce()
    {
        var run = GeneratorHarness.RunAndAssertCompiles("""
            namespace Sample;

            [SkipIf<OnlyOnCi>]
            public abstract class Base : Module<string>
            {
                protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) => Task.FromResult<string?>("deployed");
            }

            [SkipIf<OnlyOnCi>]
            [SkipIf<NotOnPullRequests>]
            public sealed class Deploy : Base;
            """);

        Assert.That(GeneratedGraph.Load(run).Node("Sample.Deploy").SkipConditions, Has.Count.EqualTo(2));
    }

    /// <summary>No service at all: a factory that throws must do so before it asks for any.</summary>
    private sealed class EmptyServices : IServiceProvider
    {
        public static readonly EmptyServices Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}
