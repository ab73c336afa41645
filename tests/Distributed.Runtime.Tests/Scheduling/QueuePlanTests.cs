using ModularPipelines.Distributed.Runtime.Tests.Support;

namespace ModularPipelines.Distributed.Runtime.Tests.Scheduling;

/// <summary>
/// A queue is exactly a capability set plus pinning (plus always-run): every combination gets its own queue, served
/// by exactly the instances that may run its nodes, whichever node of the graph the plan meets first.
/// </summary>
public sealed class QueuePlanTests
{
    private const string Gpu = "gpu";

    private static readonly Instance[] Instances =
    [
        new("master with gpu", 0, [Gpu]),
        new("master without gpu", 0, []),
        new("worker with gpu", 1, [Gpu]),
        new("worker without gpu", 1, []),
    ];

    // Pinned rows first: the plan once kept the capabilities of the first node it met under each queue name, and every
    // pinned node was named "master", so the pinned gpu node met first took the plain pinned nodes' queue away from a
    // master without gpu.
    private static readonly Combination[] Combinations =
    [
        new("PinnedGpu", Pinned: true, RequiresGpu: true, AlwaysRun: false, "master/cap:gpu", ServedBy: ["master with gpu"]),
        new("Pinned", Pinned: true, RequiresGpu: false, AlwaysRun: false, "master", ServedBy: ["master with gpu", "master without gpu"]),
        new("PinnedGpuAlways", Pinned: true, RequiresGpu: true, AlwaysRun: true, "always/master/cap:gpu", ServedBy: ["master with gpu"]),
        new("PinnedAlways", Pinned: true, RequiresGpu: false, AlwaysRun: true, "always/master", ServedBy: ["master with gpu", "master without gpu"]),
        new("Gpu", Pinned: false, RequiresGpu: true, AlwaysRun: false, "cap:gpu", ServedBy: ["master with gpu", "worker with gpu"]),
        new("Plain", Pinned: false, RequiresGpu: false, AlwaysRun: false, "any", ServedBy: [.. Instances.Select(i => i.Name)]),
        new("GpuAlways", Pinned: false, RequiresGpu: true, AlwaysRun: true, "always/cap:gpu", ServedBy: ["master with gpu", "worker with gpu"]),
        new("PlainAlways", Pinned: false, RequiresGpu: false, AlwaysRun: true, "always/any", ServedBy: [.. Instances.Select(i => i.Name)]),
    ];

    [TestCaseSource(nameof(EveryCombinationInBothGraphOrders))]
    public void EachCombinationOfPinningCapabilityAndAlwaysRunHasAQueueOfItsOwn(Combination combination, bool reversed)
    {
        var (graph, plan) = PlanOf(reversed);

        var queue = plan.QueueOf(graph.Find(Node.Id(combination.Name))!);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(queue, Is.EqualTo(combination.Queue));
            Assert.That(plan.CapabilitiesOf(queue), Is.EqualTo(combination.RequiresGpu ? new[] { Gpu } : []));
        }
    }

    [TestCaseSource(nameof(EveryCombinationInBothGraphOrders))]
    public void EachQueueIsServedByExactlyTheInstancesThatMayRunItsNodes(Combination combination, bool reversed)
    {
        var (_, plan) = PlanOf(reversed);

        var servers = Instances.Where(i => plan.QueuesServedBy(i.Index, i.Capabilities).Contains(combination.Queue)).Select(i => i.Name);

        Assert.That(servers, Is.EquivalentTo(combination.ServedBy));
    }

    [Test]
    public void QueueNamesIgnoreTheCaseAndOrderOfCapabilities()
    {
        ModuleDefinition[] modules =
        [
            Node.Returning("Lower", requires: ["docker", "gpu"], pinToMaster: true),
            Node.Returning("Upper", requires: ["GPU", "Docker"], pinToMaster: true),
        ];
        var graph = PipelineGraph.Build([PipelineHarness.Definition(modules)]);
        var plan = new QueuePlan(graph);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(plan.QueueOf(graph.Find(Node.Id("Lower"))!), Is.EqualTo("master/cap:docker+gpu"));
            Assert.That(plan.QueueOf(graph.Find(Node.Id("Upper"))!), Is.EqualTo("master/cap:docker+gpu"));
        }
    }

    private static IEnumerable<TestCaseData> EveryCombinationInBothGraphOrders() =>
        from reversed in new[] { false, true }
        from combination in Combinations
        select new TestCaseData(combination, reversed).SetArgDisplayNames(combination.Name, reversed ? "pinned gpu node last" : "pinned gpu node first");

    private static (PipelineGraph Graph, QueuePlan Plan) PlanOf(bool reversed)
    {
        var modules = Combinations
            .Select(c => Node.Returning(c.Name, requires: c.RequiresGpu ? [Gpu] : null, alwaysRun: c.AlwaysRun, pinToMaster: c.Pinned))
            .ToList();
        if (reversed)
        {
            modules.Reverse();
        }

        var graph = PipelineGraph.Build([PipelineHarness.Definition(modules)]);
        return (graph, new QueuePlan(graph));
    }

    public sealed record Combination(string Name, bool Pinned, bool RequiresGpu, bool AlwaysRun, string Queue, string[] ServedBy)
    {
        public override string ToString() => Name;
    }

    private sealed record Instance(string Name, int Index, string[] Capabilities);
}
