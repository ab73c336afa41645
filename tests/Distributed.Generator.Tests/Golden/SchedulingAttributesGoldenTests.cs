using ModularPipelines.Distributed.Generator.Tests.Support;

namespace ModularPipelines.Distributed.Generator.Tests.Golden;

public sealed class SchedulingAttributesGoldenTests
{
    private const string Source = """
        namespace Sample.Scheduling;

        public abstract class StringModule : Module<string>
        {
            protected override Task<string?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
                Task.FromResult<string?>(context.ModuleId);
        }

        [PinToMaster]
        public sealed class Pinned : StringModule;

        [NotInParallel]
        public sealed class ExclusiveWithoutKeys : StringModule;

        [NotInParallel("nuget", "docker")]
        public sealed class ExclusiveWithKeys : StringModule;

        [RequiresCapability("docker")]
        [RequiresCapability("gpu")]
        public sealed class NeedsCapabilities : StringModule;

        [RequiresCapability("windows", Optional = true)]
        [RequiresCapability("docker")]
        public sealed class WindowsIfAny : StringModule;

        [RequiresCapability("gpu", Optional = true)]
        [RequiresCapability("GPU")]
        public sealed class GpuBothWays : StringModule;

        [MatrixTarget("linux", "windows")]
        [RequiresCapability("windows", Optional = true)]
        public sealed class MatrixWithAnOptionalTarget : StringModule;

        [ModuleTimeout(1.5)]
        public sealed class TimesOut : StringModule;

        [ModuleRetry(2, BackoffMilliseconds = 100)]
        public sealed class Retried : StringModule;

        [ModuleRetry(3)]
        public sealed class RetriedWithDefaultBackoff : StringModule;

        [AlwaysRun]
        public sealed class Cleanup : StringModule;

        // Declared, so written: it must win over the run's --retries.
        [ModuleRetry(0)]
        public sealed class NeverRetried : StringModule;

        [PinToMaster]
        [NotInParallel("release")]
        [ModuleTimeout(600)]
        [ModuleRetry(1, BackoffMilliseconds = 0)]
        [AlwaysRun]
        [Category("release")]
        [Category("Release")]
        [Category(" publish ")]
        public sealed class Everything : StringModule;
        """;

    [Test]
    public void SchedulingAttributesAreEmittedOnTheirNodes()
    {
        var run = GeneratorHarness.RunAndAssertCompiles(Source);

        var graph = GeneratedGraph.Load(run);
        Assert.Multiple(() =>
        {
            Assert.That(graph.Node("Sample.Scheduling.Pinned").PinToMaster, Is.True);
            Assert.That(graph.Node("Sample.Scheduling.ExclusiveWithoutKeys").NotInParallelKeys, Is.EqualTo(new[] { "Sample.Scheduling.ExclusiveWithoutKeys" }));
            Assert.That(graph.Node("Sample.Scheduling.ExclusiveWithKeys").NotInParallelKeys, Is.EqualTo(new[] { "nuget", "docker" }));
            Assert.That(graph.Node("Sample.Scheduling.NeedsCapabilities").RequiredCapabilities, Is.EqualTo(new[] { "docker", "gpu" }));
            Assert.That(graph.Node("Sample.Scheduling.NeedsCapabilities").OptionalCapabilities, Is.Empty);
            Assert.That(graph.Node("Sample.Scheduling.WindowsIfAny").RequiredCapabilities, Is.EqualTo(new[] { "windows", "docker" }));
            Assert.That(graph.Node("Sample.Scheduling.WindowsIfAny").OptionalCapabilities, Is.EqualTo(new[] { "windows" }));
            Assert.That(graph.Node("Sample.Scheduling.GpuBothWays").OptionalCapabilities, Is.Empty, "also required outright, so not optional");
            Assert.That(graph.Node("Sample.Scheduling.MatrixWithAnOptionalTarget[linux]").OptionalCapabilities, Is.EqualTo(new[] { "windows" }));
            Assert.That(graph.Node("Sample.Scheduling.MatrixWithAnOptionalTarget[windows]").OptionalCapabilities, Is.Empty, "an instance's own target is required");
            Assert.That(graph.Node("Sample.Scheduling.TimesOut").Timeout, Is.EqualTo(TimeSpan.FromSeconds(1.5)));
            Assert.That(graph.Node("Sample.Scheduling.Retried").Retries, Is.EqualTo(2));
            Assert.That(graph.Node("Sample.Scheduling.Retried").RetryBackoff, Is.EqualTo(TimeSpan.FromMilliseconds(100)));
            Assert.That(graph.Node("Sample.Scheduling.RetriedWithDefaultBackoff").RetryBackoff, Is.EqualTo(TimeSpan.FromMilliseconds(500)));
            Assert.That(graph.Node("Sample.Scheduling.Cleanup").AlwaysRun, Is.True);
            Assert.That(graph.Node("Sample.Scheduling.NeverRetried").Retries, Is.Zero);
            Assert.That(graph.Node("Sample.Scheduling.Cleanup").Retries, Is.Null, "no attribute: the run's --retries applies");
            Assert.That(graph.Node("Sample.Scheduling.Everything").RetryBackoff, Is.EqualTo(TimeSpan.Zero));
            Assert.That(graph.Node("Sample.Scheduling.Everything").Categories, Is.EqualTo(new[] { "release", "publish" }), "repeats ignoring case and blanks dropped, trimmed");
            Assert.That(graph.Node("Sample.Scheduling.Cleanup").Categories, Is.Empty);
        });
        GoldenFiles.Verify(GoldenCases.SchedulingAttributes, run);
    }
}
