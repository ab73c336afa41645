namespace ModularPipelines.Distributed.Runtime.Tests.Reporting.RunReport;

/// <summary>Each claim goes to the first lane of its instance that is free when it starts.</summary>
public sealed class SlotLanesTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Test]
    public void ClaimsThatOverlapOnOneInstanceTakeTheirOwnLanesAndALaterClaimTakesTheFirstFreeOne()
    {
        var lanes = SlotLanes.Assign([Claim(0, 0, 10), Claim(0, 2, 5), Claim(0, 6, 9), Claim(0, 3, 4)]);

        Assert.That(lanes, Is.EqualTo(new[] { 1, 2, 2, 3 }));
    }

    [Test]
    public void AClaimStartingAsAnotherEndsReusesItsLane()
    {
        var lanes = SlotLanes.Assign([Claim(0, 0, 5), Claim(0, 5, 8)]);

        Assert.That(lanes, Is.EqualTo(new[] { 1, 1 }));
    }

    [Test]
    public void EachInstanceHasLanesOfItsOwn()
    {
        var lanes = SlotLanes.Assign([Claim(1, 0, 10), Claim(2, 0, 10), Claim(1, 1, 2)]);

        Assert.That(lanes, Is.EqualTo(new[] { 1, 1, 2 }));
    }

    [Test]
    public void LanesAreLaidOutByStartTimeWhateverOrderTheClaimsComeIn()
    {
        var lanes = SlotLanes.Assign([Claim(0, 6, 9), Claim(0, 0, 5), Claim(0, 1, 7)]);

        Assert.That(lanes, Is.EqualTo(new[] { 1, 1, 2 }));
    }

    private static (int, DateTimeOffset, DateTimeOffset) Claim(int instance, int fromSecond, int toSecond) =>
        (instance, Start.AddSeconds(fromSecond), Start.AddSeconds(toSecond));
}
