using Microsoft.Extensions.Logging;

namespace ModularPipelines.Distributed.Runtime.Tests.Reporting;

/// <summary>A worker's module logger writes each line to the worker's own log and hands it to the master's shipper.</summary>
public sealed class ForwardingLoggerTests
{
    [Test]
    public void AForwardedMessageIsFormattedOnceForBothLogs()
    {
        using var output = new StringWriter();
        var console = new PipelineConsoleLoggerProvider(new PipelineConsoleFormatter(new SecretMasker(), new ModuleLogGroups(enabled: false)), () => output);
        var shipper = new ModuleOutputShipper(new InMemoryCoordinator(), instanceIndex: 1, capBytes: 1024, new SecretMasker());
        var logger = new ForwardingLogger(console.CreateLogger("Build"), shipper);
        var formatted = 0;
        shipper.Begin("Build");

        using (ModuleOutputScope.Enter("Build"))
        {
            logger.Log(LogLevel.Information, default, "compiling", null, (state, _) =>
            {
                formatted++;
                return state;
            });
        }

        var shipped = shipper.TakeLast("Build");
        console.Dispose();
        Assert.Multiple(() =>
        {
            Assert.That(formatted, Is.EqualTo(1), "formatted once, for the worker's console and the master's");
            Assert.That(output.ToString(), Does.EndWith("info Build  compiling\n"));
            Assert.That(shipped?.Lines, Is.EqualTo(new[] { "compiling" }));
        });
    }
}
