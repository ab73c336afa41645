namespace ModularPipelines.Distributed.Runtime.Tests.Support;

/// <summary>Pipelines whose reports show what a timeline must: modules side by side, a failure, modules that never ran.</summary>
internal static class ReportScenarios
{
    /// <summary>
    /// Lint and Compile run at the same time (each waits until the other is running too), then Test fails, so Package is
    /// skipped; DockerImage is skipped for want of the capability. Run it with two slots.
    /// </summary>
    public static ModuleDefinition[] SideBySideThenAFailure()
    {
        var overlap = new Rendezvous(2);
        return
        [
            Node.Probe("Lint", async (_, token) => await overlap.ArriveAndWaitAsync(token) ? "linted" : null),
            Node.Probe("Compile", async (_, token) => await overlap.ArriveAndWaitAsync(token) ? "compiled" : null),
            Node.Failing("Test", "1 test failed", dependsOn: ["Lint", "Compile"]),
            Node.Returning("Package", dependsOn: ["Test"]),
            Node.Returning("DockerImage", requires: ["docker"]),
        ];
    }
}
