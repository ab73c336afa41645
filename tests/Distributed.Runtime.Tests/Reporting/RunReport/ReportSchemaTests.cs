using System.Text.Json.Nodes;
using ModularPipelines.Distributed.Runtime.Tests.Support;

namespace ModularPipelines.Distributed.Runtime.Tests.Reporting.RunReport;

/// <summary>docs/report.schema.json describes the reports the runtime really writes, and only those.</summary>
public sealed class ReportSchemaTests : ReportFileTests
{
    [Test]
    public async Task AReportOfARunWithEveryKindOfOutcomeMatchesTheSchema()
    {
        var text = await WriteReportAsync();

        Assert.That(ReportSchema.Errors(text), Is.Null);
    }

    [TestCase("status", "\"Exploded\"")]
    [TestCase("attempts", "\"one\"")]
    [TestCase("queuedAt", "\"yesterday\"")]
    [TestCase("unexpected", "1")]
    public async Task TheSchemaRejectsAModuleWithAWrongOrUnknownField(string field, string json)
    {
        var report = JsonNode.Parse(await WriteReportAsync())!;
        report["modules"]![0]![field] = JsonNode.Parse(json);

        Assert.That(ReportSchema.Errors(report.ToJsonString()), Is.Not.Null.And.Contain("/modules/0"));
    }

    [Test]
    public async Task TheSchemaRejectsAReportWithoutItsRun()
    {
        var report = JsonNode.Parse(await WriteReportAsync())!.AsObject();
        report.Remove("run");

        Assert.That(ReportSchema.Errors(report.ToJsonString()), Is.Not.Null);
    }

    /// <summary>A run with a success, a retried success, a failure, a skip and a timeout, reported as JSON.</summary>
    private async Task<string> WriteReportAsync()
    {
        var calls = 0;
        ModuleDefinition[] modules =
        [
            Node.Returning("Build"),
            Node.Probe("Flaky", (_, _) => Interlocked.Increment(ref calls) < 2 ? Task.FromException<string?>(new InvalidOperationException("once")) : Task.FromResult<string?>("ok"), retries: 1),
            Node.Failing("Test", "2 tests failed", dependsOn: ["Build"]),
            Node.Returning("Package", dependsOn: ["Test"]),
            Node.Probe("Slow", async (_, token) => { await Task.Delay(TimeSpan.FromSeconds(10), token); return "late"; }, timeout: TimeSpan.FromMilliseconds(50)),
        ];
        await PipelineHarness.RunAsync(modules, "--report", Files.PathOf("run.json"));
        return File.ReadAllText(Files.PathOf("run.json"));
    }
}
