using System.Globalization;

namespace ModularPipelines.Distributed.Redis.Tests.Artifacts;

/// <summary>
/// The build with a 16 MB big.bin, for tests that freeze a transfer with a proxy holding one direction after
/// <see cref="HeldAfterBytes"/>: the other files together are under 1 MB, so the freeze comes part-way through big.bin,
/// with some of its chunks across and the rest not.
/// </summary>
internal static class LargeBuild
{
    public const string Big = "out/bin/big.bin";

    public const int BigBytes = (16 * 1024 * 1024) + 17;

    public const long HeldAfterBytes = 6L * 1024 * 1024;

    /// <summary>The big file, and a short heartbeat timeout so that a killed instance's work is requeued soon.</summary>
    public static Dictionary<string, string?> Environment() => new()
    {
        ["MPD_TEST_ARTIFACT_BIG_BYTES"] = BigBytes.ToString(CultureInfo.InvariantCulture),
        ["MPD_TEST_HEARTBEAT_TIMEOUT"] = "3",
    };
}
