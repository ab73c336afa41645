using Microsoft.Extensions.Logging;
using ModularPipelines.Distributed.Runtime.Tests.Support;

namespace ModularPipelines.Distributed.Runtime.Tests.Reporting;

/// <summary>
/// The master prints what remote modules logged through one logger: a logger per module and instance cost the
/// logging factory's filter rules, by reflection under Native AOT, once per module.
/// </summary>
public sealed class ForwardedOutputTests
{
    [Test]
    public void LinesOfManyModulesAndInstancesGoThroughOneLoggerEachUnderItsSource()
    {
        var provider = new CategoryRecordingProvider();
        using var factory = new LoggerFactory([provider]);
        var forwarded = new ForwardedOutput(factory);

        foreach (var name in new[] { "Build", "Test" })
        {
            for (var instance = 1; instance <= 2; instance++)
            {
                forwarded.Print(new GraphNode(Node.Returning(name), 0), new ModuleOutput(Node.Id(name), instance, [$"{name} on {instance}"]));
            }
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(provider.Categories, Has.Count.EqualTo(1));
            Assert.That(provider.Messages, Is.EqualTo(new[] { "Build [1]  Build on 1", "Build [2]  Build on 2", "Test [1]  Test on 1", "Test [2]  Test on 2" }));
        }
    }
}
