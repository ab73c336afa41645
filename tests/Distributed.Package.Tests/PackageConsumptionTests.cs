using ModularPipelines.Distributed.Package.Tests.Support;
using ModularPipelines.Distributed.Tests.Shared;

namespace ModularPipelines.Distributed.Package.Tests;

/// <summary>
/// A fresh project that references only the package builds and runs a pipeline: the runtime comes from lib/, and the
/// modules only run if the generator was loaded from analyzers/ and emitted the graph.
/// </summary>
public sealed class PackageConsumptionTests
{
    private static readonly string[] Capabilities = ["--capability", "alpha", "--capability", "beta", "--capability", "gamma"];

    private ProcessResult _build = null!;
    private ProcessResult _run = null!;

    [OneTimeSetUp]
    public async Task BuildAndRunAConsumer()
    {
        var consumer = ConsumerProject.Create("Pipeline");
        _build = await consumer.BuildAsync();
        Assert.That(_build.ExitCode, Is.Zero, () => $"the consumer did not build:\n{_build.Transcript}");
        _run = await consumer.RunAsync(Capabilities);
    }

    /// <summary>
    /// No warning at all (a generator that fails to load shows up as CS8032/CS9057 warnings), except NU1603: the
    /// package registry here is a partial mirror where a transitive dependency may resolve to a nearby version.
    /// </summary>
    [Test]
    public void The_consumer_builds_without_warnings()
    {
        var warnings = _build.Lines.Where(l => l.Contains(": warning ", StringComparison.Ordinal) && !l.Contains("warning NU1603", StringComparison.Ordinal));

        Assert.That(warnings, Is.Empty, () => _build.Transcript);
    }

    [Test]
    public void The_pipeline_exits_with_code_zero()
    {
        Assert.That(_run.ExitCode, Is.Zero, () => _run.Transcript);
    }

    [Test]
    public void Every_module_and_matrix_instance_ran_with_its_dependencies_results()
    {
        Assert.That(_run.StandardOutput, Does.Contain("ran BuildModule (from the container)"), () => _run.Transcript);
        foreach (var target in new[] { "alpha", "beta", "gamma" })
        {
            Assert.That(_run.StandardOutput, Does.Contain($"ran MatrixTests[{target}] after Release"), () => _run.Transcript);
        }

        Assert.That(_run.StandardOutput, Does.Contain("ran PublishModule: beta Succeeded with 2 passed, 3 targets"), () => _run.Transcript);
    }

    [Test]
    public void Dependencies_ran_before_their_dependents()
    {
        var output = _run.StandardOutput;
        var build = output.IndexOf("ran BuildModule", StringComparison.Ordinal);
        var lastMatrix = new[] { "alpha", "beta", "gamma" }.Max(t => output.IndexOf($"ran MatrixTests[{t}]", StringComparison.Ordinal));
        var publish = output.IndexOf("ran PublishModule", StringComparison.Ordinal);

        Assert.That(build, Is.GreaterThanOrEqualTo(0).And.LessThan(lastMatrix), () => _run.Transcript);
        Assert.That(publish, Is.GreaterThan(lastMatrix), () => _run.Transcript);
    }

    [Test]
    public void The_summary_reports_five_modules_succeeded()
    {
        Assert.That(_run.Output, Does.Contain("Pipeline succeeded: 5 modules"), () => _run.Transcript);
    }
}
