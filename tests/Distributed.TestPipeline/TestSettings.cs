using System.Globalization;

namespace ModularPipelines.Distributed.TestPipeline;

/// <summary>
/// Short timings for tests, from environment variables; unset variables keep these test defaults. The heartbeat
/// timeout (also the lease) stays a few seconds so that a process starved of CPU on a loaded machine is not taken for
/// dead; tests about dead instances shorten it.
/// </summary>
internal static class TestSettings
{
    public static void Apply(DistributedOptions options)
    {
        options.HeartbeatIntervalSeconds = Read("MPD_TEST_HEARTBEAT_INTERVAL") ?? 0.2;
        options.HeartbeatTimeoutSeconds = Read("MPD_TEST_HEARTBEAT_TIMEOUT") ?? 4;
        options.CapabilityTimeoutSeconds = Read("MPD_TEST_CAPABILITY_TIMEOUT") ?? 15;
        if (Read("MPD_TEST_MAX_RESULT_BYTES") is { } maxResultBytes)
        {
            options.MaxResultBytes = (int)maxResultBytes;
        }

        if (Read("MPD_TEST_MAX_MODULE_OUTPUT_BYTES") is { } maxOutputBytes)
        {
            options.MaxModuleOutputBytes = (int)maxOutputBytes;
        }

        if (Read("MPD_TEST_LEASE_RECOVERIES") is { } recoveries)
        {
            options.LeaseRecoveries = (int)recoveries;
        }
    }

    private static double? Read(string name) =>
        double.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
