using Microsoft.Extensions.DependencyInjection;
using ModularPipelines.Distributed.Runtime.Tests.Support;

namespace ModularPipelines.Distributed.Runtime.Tests.Context;

public sealed class ServicesTests
{
    [Test]
    public async Task ModulesAreConstructedWithServicesRegisteredOnTheBuilder()
    {
        ModuleDefinition[] modules =
        [
            new ModuleDefinition<GreetingModule, string>(Node.Id("Greeting"), "Greeting", services => new GreetingModule(services.GetRequiredService<Greeter>())),
        ];

        var run = await PipelineHarness.RunAsync(modules, [], configure: builder => builder.Services.AddSingleton(new Greeter("hello")));

        Assert.That(run.Typed<string>("Greeting").Value, Is.EqualTo("hello from the constructor, hello from the context"));
    }

    public sealed record Greeter(string Greeting);

    public sealed class GreetingModule(Greeter greeter) : Module<string>
    {
        protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
            Task.FromResult<string?>($"{greeter.Greeting} from the constructor, {context.Services.GetRequiredService<Greeter>().Greeting} from the context");
    }
}
