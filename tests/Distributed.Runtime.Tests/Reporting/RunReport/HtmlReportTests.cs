using ModularPipelines.Distributed.Runtime.Tests.Support;

namespace ModularPipelines.Distributed.Runtime.Tests.Reporting.RunReport;

/// <summary>--report-html FILE is one self-contained page.</summary>
public sealed class HtmlReportTests : ReportFileTests
{
    [Test]
    public async Task ThePageNeedsNothingFromTheNetworkNorAnyScript()
    {
        await PipelineHarness.RunAsync([Node.Returning("Build")], "--report-html", Files.PathOf("run.html"));

        var html = File.ReadAllText(Files.PathOf("run.html"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(html, Does.StartWith("<!DOCTYPE html>"));
            Assert.That(html, Does.Contain("<style>").And.Contain("<svg class=\"timeline\""));
            foreach (var reference in new[] { "<script", "<link", "<img", "<iframe", "src=", "href=", "@import", "url(http", "@font-face" })
            {
                Assert.That(html, Does.Not.Contain(reference).IgnoreCase);
            }
        }
    }

    [Test]
    public async Task NamesAndReasonsAreEscapedSoTheyShowAsTextNotMarkup()
    {
        await PipelineHarness.RunAsync([Node.Failing("Render", "unexpected <b>tag</b> & entity")], "--report-html", Files.PathOf("run.html"));

        var html = File.ReadAllText(Files.PathOf("run.html"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(html, Does.Contain("unexpected &lt;b&gt;tag&lt;/b&gt; &amp; entity"));
            Assert.That(html, Does.Not.Contain("<b>tag"));
        }
    }
}
