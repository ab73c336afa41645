namespace ModularPipelines.Distributed;

/// <summary>
/// Puts each claim in a lane of its instance's slots, as the timeline draws it. The master does not see which slot of a
/// worker ran what, so the lanes are laid out afterwards: each instance's claims in order of start (then end), each in
/// the first lane whose last claim had ended by its start. An instance that ran more claims at once than it has slots
/// (times from different clocks can overlap a little) gets extra lanes rather than overlapping bars.
/// </summary>
internal static class SlotLanes
{
    /// <summary>The lane, from 1, of each claim, in the order given.</summary>
    public static int[] Assign(IReadOnlyList<(int Instance, DateTimeOffset StartedAt, DateTimeOffset EndedAt)> claims)
    {
        var lanes = new int[claims.Count];
        var order = Enumerable.Range(0, claims.Count)
            .OrderBy(i => claims[i].Instance).ThenBy(i => claims[i].StartedAt).ThenBy(i => claims[i].EndedAt).ThenBy(i => i);
        var laneEnds = new Dictionary<int, List<DateTimeOffset>>();
        foreach (var i in order)
        {
            var (instance, startedAt, endedAt) = claims[i];
            if (!laneEnds.TryGetValue(instance, out var ends))
            {
                ends = [];
                laneEnds[instance] = ends;
            }

            var lane = ends.FindIndex(end => end <= startedAt);
            if (lane < 0)
            {
                ends.Add(endedAt);
                lane = ends.Count - 1;
            }
            else
            {
                ends[lane] = endedAt;
            }

            lanes[i] = lane + 1;
        }

        return lanes;
    }
}
