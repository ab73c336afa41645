using System.Text.Json;
using ModularPipelines.Distributed.Runtime.Tests.Support;
using ModularPipelines.Distributed.Tests.Shared;

namespace ModularPipelines.Distributed.Runtime.Tests.Reporting.RunReport;

/// <summary>--report-html FILE, loaded in real headless Chromium: every module is on the page, and every claim is a bar of its colour.</summary>
public sealed class HtmlReportInChromiumTests : ReportFileTests
{
    private const string Green = "rgb(45, 164, 78)";
    private const string Red = "rgb(207, 34, 46)";
    private string _chromium = null!;

    [SetUp]
    public void FindChromium() => _chromium = ChromiumRequirement.Require();

    [Test]
    public async Task EveryModuleIsARowOfThePageAndEveryModuleThatRanIsABarInsideTheTimelineColouredByItsStatus()
    {
        var run = await PipelineHarness.RunAsync(ReportScenarios.SideBySideThenAFailure(), "--concurrency", "2", "--report-html", Files.PathOf("run.html"));

        using var page = await RenderedPage.MeasureAsync(_chromium, Files.PathOf("run.html"));
        var frame = page.RootElement.GetProperty("frame");
        var rows = page.RootElement.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("module").GetString()!);
        var bars = page.RootElement.GetProperty("bars").EnumerateArray().ToDictionary(b => b.GetProperty("module").GetString()!);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run.ExitCode, Is.EqualTo(PipelineExitCode.Failed));
            foreach (var result in run.Results)
            {
                Assert.That(rows, Contains.Key(result.ModuleId));
                Assert.That(rows[result.ModuleId].GetProperty("text").GetString(), Does.Contain(result.DisplayName).And.Contain(result.Status.ToString()));
                Assert.That(rows[result.ModuleId].GetProperty("box").GetProperty("height").GetDouble(), Is.Positive, $"{result.DisplayName}'s row is laid out");
            }

            Assert.That(bars.Keys, Is.EquivalentTo(new[] { "Tests.Lint", "Tests.Compile", "Tests.Test" }), "a bar for each module that ran, none for the skipped");
            foreach (var (module, bar) in bars)
            {
                var box = bar.GetProperty("box");
                Assert.That(box.GetProperty("width").GetDouble(), Is.Positive, module);
                Assert.That(box.GetProperty("left").GetDouble(), Is.GreaterThanOrEqualTo(frame.GetProperty("left").GetDouble()), module);
                Assert.That(box.GetProperty("right").GetDouble(), Is.LessThanOrEqualTo(frame.GetProperty("right").GetDouble()), module);
                Assert.That(box.GetProperty("bottom").GetDouble(), Is.LessThanOrEqualTo(frame.GetProperty("bottom").GetDouble()), module);
            }

            Assert.That(bars["Tests.Lint"].GetProperty("fill").GetString(), Is.EqualTo(Green));
            Assert.That(bars["Tests.Test"].GetProperty("fill").GetString(), Is.EqualTo(Red));
            Assert.That(Top(bars["Tests.Lint"]), Is.Not.EqualTo(Top(bars["Tests.Compile"])), "modules that overlapped are in two slot lanes");
            Assert.That(page.RootElement.GetProperty("resources").GetInt32(), Is.Zero, "the page loads nothing");
        }
    }

    private static double Top(JsonElement bar) => bar.GetProperty("box").GetProperty("top").GetDouble();
}
