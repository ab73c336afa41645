using ModularPipelines.Distributed.EndToEnd.Tests.Support;
using ModularPipelines.Distributed.Tests.Shared;

namespace ModularPipelines.Distributed.EndToEnd.Tests.RealPipeline;

/// <summary>
/// The real sample as 1 master + 2 workers (standing in for Windows and macOS machines), each with a workspace of its
/// own, off main: the solution is built once and its binaries reach the other instances' tests as an artifact.
/// </summary>
public sealed class AcrossInstancesTests
{
    private SampleRun _master = null!;
    private SampleRun[] _workers = null!;

    [OneTimeSetUp]
    public async Task RunTheRealSampleOnThreeInstances()
    {
        using var redis = await LocalRedisServer.StartAsync();
        string[] common = ["--total", "3", "--redis", redis.Configuration, "--run-id", "real-" + Guid.NewGuid().ToString("N")[..8]];
        var none = new Dictionary<string, string?>();

        var master = SamplePipeline.Real.RunAsync(["--instance", "0", .. common, "--workspace", SamplePipeline.NewWorkspace("real-0")], none);
        var windows = SamplePipeline.Real.RunAsync(["--instance", "1", .. common, "--workspace", SamplePipeline.NewWorkspace("real-1"), "--capability", "windows"], none);
        var macos = SamplePipeline.Real.RunAsync(["--instance", "2", .. common, "--workspace", SamplePipeline.NewWorkspace("real-2"), "--capability", "macos"], none);
        _master = await master;
        _workers = [await windows, await macos];
    }

    [Test]
    public void EveryInstanceExitsWithZeroAndTheTestsRunOnEveryOperatingSystem()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_master.ExitCode, Is.Zero, () => _master.Process.Transcript);
            Assert.That(_workers.Select(w => w.ExitCode), Is.All.Zero, () => string.Join("\n", _workers.Select(w => w.Process.Transcript)));
            foreach (var target in new[] { "linux", "windows", "macos" })
            {
                Assert.That(_master.Row(RealModules.Tests(target)).Status, Is.EqualTo("Succeeded"), () => _master.Process.Transcript);
            }

            Assert.That(_master.Row(RealModules.Tests("windows")).Instance, Is.EqualTo("1"), () => _master.Process.Transcript);
            Assert.That(_master.Row(RealModules.Tests("macos")).Instance, Is.EqualTo("2"), () => _master.Process.Transcript);
        }
    }

    [Test]
    public void SolutionIsBuiltOnceAndItsBinariesCrossAsAnArtifact()
    {
        var built = _master.Row(RealModules.Build).Instance;
        var consumers = new[] { "windows", "macos" }.Select(t => _master.Row(RealModules.Tests(t)).Instance).Where(i => i != built).ToList();
        var buildCommands = new[] { _master }.Concat(_workers).SelectMany(r => r.OutputLines).Where(l => l.Contains("run    dotnet build ", StringComparison.Ordinal)).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_master.Row(RealModules.Build).Attempts, Is.EqualTo("1"), () => _master.Process.Transcript);
            Assert.That(buildCommands, Is.Not.Empty.And.All.Contain(" BuildModule"), "only the build module runs dotnet build (the master also shows workers' lines)");
            Assert.That(consumers, Is.Not.Empty, "the build ran on the instance of both the windows and the macos tests");
            foreach (var instance in consumers)
            {
                var run = instance == "0" ? _master : _workers[int.Parse(instance, System.Globalization.CultureInfo.InvariantCulture) - 1];
                Assert.That(run.Output, Does.Match(@"artifact 'build' of Sample\.RealPipeline\.Modules\.BuildModule received[^:]*: \d+ files"), () => run.Process.Transcript);
            }
        }
    }

    [Test]
    public void PublishIsSkippedOffMainWithTheReason() =>
        Assert.That(_master.Row(RealModules.Publish).Details, Does.Contain("runs only on branch main"), () => _master.Process.Transcript);
}
