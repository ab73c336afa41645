using ModularPipelines.Distributed.Generator.Tests.Support;

namespace ModularPipelines.Distributed.Generator.Tests.Robustness;

/// <summary>Constructor parameters of every legal kind give a factory that compiles without warnings.</summary>
public sealed class ConstructorParameterTests
{
    [Test]
    public void NullableReferenceParameterIsResolvedOptionally()
    {
        var run = RunWith("Sample.IService? service");

        Assert.That(run.CompactGraph, Does.Contain(GeneratorRun.Compact("GetService<global::Sample.IService>(services)")));
    }

    [Test]
    public void OptionalServiceProviderParameterIsTheProviderItself()
    {
        var run = RunWith("IServiceProvider? services = null");

        Assert.That(run.CompactGraph, Does.Contain(GeneratorRun.Compact("static services => new(services)")));
    }

    [Test]
    public void DefaultedReferenceParameterEmitsNoWarnings()
    {
        RunWith("string name = \"x\"");
    }

    [Test]
    public void NullableValueTypeParameterEmitsNoWarnings()
    {
        RunWith("TimeSpan? delay = null");
    }

    [Test]
    public void GenericServiceParameterIsResolvedByItsClosedType()
    {
        var run = RunWith("Microsoft.Extensions.Logging.ILogger<Subject> logger, IEnumerable<Sample.IService> all");

        Assert.That(run.CompactGraph, Does.Contain(GeneratorRun.Compact("GetRequiredService<global::Microsoft.Extensions.Logging.ILogger<global::Sample.Subject>>(services)")));
        Assert.That(run.CompactGraph, Does.Contain(GeneratorRun.Compact("GetRequiredService<global::System.Collections.Generic.IEnumerable<global::Sample.IService>>(services)")));
    }

    private static GeneratorRun RunWith(string parameters) => GeneratorHarness.RunAndAssertCompiles($$"""
        namespace Sample;

        public interface IService { }

        public sealed class Subject : Module<string>
        {
            public Subject({{parameters}})
            {
            }

            {{Modules.Execute}}
        }
        """);
}
