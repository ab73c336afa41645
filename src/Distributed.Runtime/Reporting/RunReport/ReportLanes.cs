namespace ModularPipelines.Distributed;

/// <summary>
/// The timeline's rows, as both pictures draw them: for each instance, in index order, its slot lanes that a claim used
/// (at least one, so an instance that ran nothing still shows), each with its claims in order of start.
/// </summary>
internal static class ReportLanes
{
    public static IReadOnlyList<(int Instance, int Slot, IReadOnlyList<(ReportModule Module, ReportClaim Claim)> Bars)> Of(RunReport report)
    {
        var bars = report.Modules.SelectMany(m => m.Claims.Select(c => (Module: m, Claim: c))).ToList();
        var instances = report.Instances.Select(i => i.Index).Union(bars.Select(b => b.Claim.Instance)).Order();
        var lanes = new List<(int, int, IReadOnlyList<(ReportModule, ReportClaim)>)>();
        foreach (var instance in instances)
        {
            var own = bars.Where(b => b.Claim.Instance == instance).ToList();
            var slots = own.Count == 0 ? 1 : own.Max(b => b.Claim.Slot);
            for (var slot = 1; slot <= slots; slot++)
            {
                lanes.Add((instance, slot, [.. own.Where(b => b.Claim.Slot == slot).OrderBy(b => b.Claim.StartedAt)]));
            }
        }

        return lanes;
    }
}
