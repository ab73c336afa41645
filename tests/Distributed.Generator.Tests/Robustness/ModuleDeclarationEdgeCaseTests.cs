using ModularPipelines.Distributed.Generator.Tests.Support;

namespace ModularPipelines.Distributed.Generator.Tests.Robustness;

/// <summary>Legal module declarations whose generated factory or definition must still compile without warnings.</summary>
public sealed class ModuleDeclarationEdgeCaseTests
{
    [Test]
    public void ObsoleteModuleEmitsNoWarnings()
    {
        GeneratorHarness.RunAndAssertCompiles(Modules.Anchor, $$"""
            namespace Sample;

            [Obsolete("Use Anchor.")]
            public sealed class Retired : Module<string>
            {
                {{Modules.Execute}}
            }
            """);
    }

    [Test]
    public void ModuleWithRequiredMembersEmitsCompilableCode()
    {
        GeneratorHarness.RunAndAssertCompiles(Modules.Anchor, $$"""
            namespace Sample;

            public sealed class WithRequired : Module<string>
            {
                public required string Name { get; init; }

                {{Modules.Execute}}
            }
            """);
    }

    [Test]
    public void ModuleWithKeywordNamesEmitsCompilableCode()
    {
        var run = GeneratorHarness.RunAndAssertCompiles($$"""
            namespace @class.@event;

            public sealed class @record : Module<string>
            {
                {{Modules.Execute}}
            }
            """);

        Assert.That(run.Graph, Does.Contain("global::@class.@event.@record"));
    }

    [Test]
    public void ModuleShadowingSystemAndMicrosoftNamesEmitsCompilableCode()
    {
        GeneratorHarness.RunAndAssertCompiles($$"""
            namespace Sample
            {
                public sealed class System { }

                public sealed class Microsoft { }

                public sealed class ModularPipelines { }

                public sealed class Shadowed : Module<string>
                {
                    public Shadowed(IServiceProvider services, global::System.IServiceProvider other) { }

                    {{Modules.Execute}}
                }
            }
            """);
    }

    [Test]
    public void ModuleWithRequiredMembersSetByItsConstructorIsEmitted()
    {
        var run = GeneratorHarness.RunAndAssertCompiles($$"""
            using System.Diagnostics.CodeAnalysis;

            namespace Sample;

            public sealed class SetsRequired : Module<string>
            {
                [SetsRequiredMembers]
                public SetsRequired() => Name = "x";

                public required string Name { get; init; }

                {{Modules.Execute}}
            }
            """);

        Assert.That(run.NodeIds, Is.EqualTo(new[] { "Sample.SetsRequired" }));
    }

    [Test]
    public void ModuleDerivingFromAnotherConcreteModuleIsEmittedBesideIt()
    {
        var run = GeneratorHarness.RunAndAssertCompiles($$"""
            namespace Sample;

            [RequiresCapability("docker")]
            public class Parent : Module<string>
            {
                {{Modules.Execute}}
            }

            public sealed class Child : Parent;
            """);

        Assert.That(run.NodeIds, Is.EqualTo(new[] { "Sample.Child", "Sample.Parent" }));
    }
}
