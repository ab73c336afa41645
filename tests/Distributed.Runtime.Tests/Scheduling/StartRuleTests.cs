using ModularPipelines.Distributed.Runtime.Tests.Support;

namespace ModularPipelines.Distributed.Runtime.Tests.Scheduling;

/// <summary>The decision whether a ready node may start, taken on a table of results alone: no coordinator, no clock.</summary>
public sealed class StartRuleTests
{
    private static readonly StartRule OneProcess = new(Settings(distributed: false));
    private static readonly StartRule Distributed = new(Settings(distributed: true));

    [Test]
    public void ANodeWhoseDependenciesSucceededMayStart()
    {
        var graph = new ScheduledGraph(Node.Returning("Build"), Node.Returning("Test", dependsOn: ["Build"]));
        graph.Finish("Build", ModuleStatus.Succeeded);

        Assert.That(OneProcess.RefusalFor(graph["Test"], graph.Nodes, runCancelled: false), Is.Null);
    }

    [Test]
    public void NothingStartsOnceTheRunIsCancelledNotEvenAnAlwaysRunNode()
    {
        var graph = new ScheduledGraph(Node.Returning("Report", alwaysRun: true));

        var refusal = OneProcess.RefusalFor(graph["Report"], graph.Nodes, runCancelled: true);

        Assert.That(refusal, Is.EqualTo(new StartRefusal(ModuleStatus.Cancelled, "the run was cancelled before the module started", BecauseOfFailure: false)));
    }

    [TestCase(ModuleStatus.Failed, "dependency Build failed")]
    [TestCase(ModuleStatus.TimedOut, "dependency Build timed out")]
    [TestCase(ModuleStatus.Cancelled, "dependency Build cancelled")]
    public void ANodeAfterADependencyThatDidNotSucceedIsSkippedNamingItAndWhatHappened(ModuleStatus status, string reason)
    {
        var graph = new ScheduledGraph(Node.Returning("Build"), Node.Returning("Test", dependsOn: ["Build"]));
        graph.Finish("Build", status);

        var refusal = OneProcess.RefusalFor(graph["Test"], graph.Nodes, runCancelled: false);

        Assert.That(refusal, Is.EqualTo(new StartRefusal(ModuleStatus.Skipped, reason, BecauseOfFailure: true)));
    }

    [Test]
    public void ANodeAfterADependencyAFailureStoppedSaysSoAndPassesItOn()
    {
        var graph = new ScheduledGraph(Node.Returning("Test"), Node.Returning("Package", dependsOn: ["Test"]));
        graph.Finish("Test", ModuleStatus.Skipped, stoppedByFailure: true);

        var refusal = OneProcess.RefusalFor(graph["Package"], graph.Nodes, runCancelled: false);

        Assert.That(refusal, Is.EqualTo(new StartRefusal(ModuleStatus.Skipped, "dependency Test did not run because of a failure", BecauseOfFailure: true)));
    }

    [Test]
    public void ADependencySkippedForWantOfACapabilityDoesNotHoldUpItsDependents()
    {
        var graph = new ScheduledGraph(Node.Returning("DockerImage", requires: ["docker"]), Node.Returning("AfterImage", dependsOn: ["DockerImage"]));
        graph.Finish("DockerImage", ModuleStatus.Skipped);

        Assert.That(OneProcess.RefusalFor(graph["AfterImage"], graph.Nodes, runCancelled: false), Is.Null);
    }

    [Test]
    public void NoNewNodeStartsAfterAFailureElsewhere()
    {
        var graph = new ScheduledGraph(Node.Returning("Breaks"), Node.Returning("Unrelated"));
        graph.Finish("Breaks", ModuleStatus.Failed);

        var refusal = OneProcess.RefusalFor(graph["Unrelated"], graph.Nodes, runCancelled: false);

        Assert.That(refusal, Is.EqualTo(new StartRefusal(ModuleStatus.Skipped, "the pipeline stopped after Breaks failed", BecauseOfFailure: true)));
    }

    [Test]
    public void AnAlwaysRunNodeStartsAfterItsDependencyFailed()
    {
        var graph = new ScheduledGraph(Node.Returning("Build"), Node.Returning("Report", dependsOn: ["Build"], alwaysRun: true));
        graph.Finish("Build", ModuleStatus.Failed);

        Assert.That(OneProcess.RefusalFor(graph["Report"], graph.Nodes, runCancelled: false), Is.Null);
    }

    [Test]
    public void InOneProcessANodeNeedingACapabilityTheMachineLacksIsSkippedNamingIt()
    {
        var graph = new ScheduledGraph(Node.Returning("GpuJob", requires: ["gpu"]));

        var refusal = OneProcess.RefusalFor(graph["GpuJob"], graph.Nodes, runCancelled: false);

        Assert.That(refusal, Is.EqualTo(new StartRefusal(ModuleStatus.Skipped, "requires capability gpu, which this instance does not advertise (advertised: docker, linux)", BecauseOfFailure: false)));
    }

    [Test]
    public void InADistributedRunANodeNeedingACapabilityTheMasterLacksWaitsForAnInstanceThatHasIt()
    {
        var graph = new ScheduledGraph(Node.Returning("GpuJob", requires: ["gpu"]));

        Assert.That(Distributed.RefusalFor(graph["GpuJob"], graph.Nodes, runCancelled: false), Is.Null);
    }

    [Test]
    public void InADistributedRunAPinnedNodeNeedingACapabilityTheMasterLacksFailsNamingIt()
    {
        var graph = new ScheduledGraph(Node.Returning("Publish", requires: ["docker", "gpu"], pinToMaster: true));

        var refusal = Distributed.RefusalFor(graph["Publish"], graph.Nodes, runCancelled: false);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(refusal?.Status, Is.EqualTo(ModuleStatus.Failed));
            Assert.That(refusal?.Reason, Does.StartWith("Publish is pinned to the master and requires capability gpu, which the master does not advertise"));
            Assert.That(refusal?.ToOutcome(DateTimeOffset.UnixEpoch).Error?.Message, Is.EqualTo(refusal?.Reason));
        }
    }

    [Test]
    public void InADistributedRunAPinnedNodeWhoseOptionalCapabilityTheMasterLacksIsSkippedNamingIt()
    {
        var graph = new ScheduledGraph(Node.WithOptionalCapability("SignWindows", "windows", pinToMaster: true));

        var refusal = Distributed.RefusalFor(graph["SignWindows"], graph.Nodes, runCancelled: false);

        Assert.That(refusal, Is.EqualTo(new StartRefusal(ModuleStatus.Skipped,
            "SignWindows is pinned to the master and requires capability windows (optional), which the master does not advertise (advertised: docker, linux)", BecauseOfFailure: false)));
    }

    [Test]
    public void InOneProcessANodeWhoseOptionalCapabilityTheMachineLacksIsSkippedAsAnyOther()
    {
        var graph = new ScheduledGraph(Node.WithOptionalCapability("WindowsOnly", "windows"));

        var refusal = OneProcess.RefusalFor(graph["WindowsOnly"], graph.Nodes, runCancelled: false);

        Assert.That(refusal, Is.EqualTo(new StartRefusal(ModuleStatus.Skipped, "requires capability windows, which this instance does not advertise (advertised: docker, linux)", BecauseOfFailure: false)));
    }

    [Test]
    public void APinnedNodeWhoseCapabilityTheMasterAdvertisesMayStartWhateverTheCase()
    {
        var graph = new ScheduledGraph(Node.Returning("Publish", requires: ["DOCKER"], pinToMaster: true));

        Assert.That(Distributed.RefusalFor(graph["Publish"], graph.Nodes, runCancelled: false), Is.Null);
    }

    private static SchedulerSettings Settings(bool distributed) =>
        new(distributed, ["linux", "docker"], TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(1), LeaseRecoveries: 1, DispatchLimit: null);
}
