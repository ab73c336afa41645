using ModularPipelines.Distributed.Generator.Tests.Support;

namespace ModularPipelines.Distributed.Generator.Tests.Robustness;

/// <summary>Types the generated code could not (or must not) construct are left out, and what is emitted still compiles.</summary>
public sealed class SkippedModuleTests
{
    [Test]
    public void AbstractModuleIsNotEmitted() => AssertOnlyAnchorEmitted($$"""
        namespace Sample;

        public abstract class AbstractModule : Module<string>
        {
            {{Modules.Execute}}
        }
        """);

    [Test]
    public void GenericModuleIsNotEmitted() => AssertOnlyAnchorEmitted($$"""
        namespace Sample;

        public sealed class GenericModule<T> : Module<T>
        {
            protected override Task<T?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) => Task.FromResult<T?>(default);
        }

        public sealed class ClosedOverGeneric : GenericBase<int>;

        public abstract class GenericBase<T> : Module<T>
        {
            protected override Task<T?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) => Task.FromResult<T?>(default);
        }
        """, "Sample.ClosedOverGeneric");

    [Test]
    public void PrivateNestedModuleIsNotEmitted() => AssertOnlyAnchorEmitted($$"""
        namespace Sample;

        public class Outer
        {
            private sealed class PrivateModule : Module<string>
            {
                {{Modules.Execute}}
            }

            protected internal sealed class ProtectedInternalModule : Module<string>
            {
                {{Modules.Execute}}
            }
        }

        public class Container
        {
            protected sealed class ProtectedModule : Module<string>
            {
                {{Modules.Execute}}
            }

            private protected sealed class PrivateProtectedModule : Module<string>
            {
                {{Modules.Execute}}
            }
        }
        """, "Sample.Outer.ProtectedInternalModule");

    [Test]
    public void ModuleNestedInAGenericTypeIsNotEmitted() => AssertOnlyAnchorEmitted($$"""
        namespace Sample;

        public static class Holder<T>
        {
            public sealed class Inner : Module<string>
            {
                {{Modules.Execute}}
            }
        }
        """);

    [Test]
    public void ModuleWithoutAnAccessibleConstructorIsNotEmitted() => AssertOnlyAnchorEmitted($$"""
        namespace Sample;

        public sealed class PrivateConstructor : Module<string>
        {
            private PrivateConstructor()
            {
            }

            public static PrivateConstructor Create() => new();

            {{Modules.Execute}}
        }
        """);

    [Test]
    public void FileLocalModuleIsNotEmitted() => AssertOnlyAnchorEmitted($$"""
        namespace Sample;

        file sealed class FileLocalModule : Module<string>
        {
            {{Modules.Execute}}
        }
        """);

    [Test]
    public void PublicNestedModuleIsEmittedWithADottedId() => AssertOnlyAnchorEmitted($$"""
        namespace Sample;

        public static class Pipelines
        {
            public sealed class Nested : Module<string>
            {
                {{Modules.Execute}}
            }
        }
        """, "Sample.Pipelines.Nested");

    [Test]
    public void ModuleInTheGlobalNamespaceIsEmitted() => AssertOnlyAnchorEmitted($$"""
        public sealed class GlobalModule : Module<string>
        {
            {{Modules.Execute}}
        }
        """, "GlobalModule");

    private static void AssertOnlyAnchorEmitted(string source, params string[] alsoEmitted)
    {
        var run = GeneratorHarness.RunAndAssertCompiles(Modules.Anchor, source);

        Assert.That(run.NodeIds, Is.EquivalentTo(alsoEmitted.Append("Sample.Anchor")));
    }
}
