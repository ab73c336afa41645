using ModularPipelines.Distributed.Runtime.Tests.Support;

namespace ModularPipelines.Distributed.Runtime.Tests.CommandLine;

/// <summary>--report FILE (repeatable) and --report-html FILE.</summary>
public sealed class ReportOptionTests
{
    [Test]
    public void ReportIsRepeatableAndReportHtmlIsReadInBothForms()
    {
        var settings = OptionParsing.Settings(["--report", "out/run.json", "--report=out/run.md", "--report-html=out/run.html"]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(settings.ReportPaths, Is.EqualTo(new[] { "out/run.json", "out/run.md" }));
            Assert.That(settings.ReportHtmlPath, Is.EqualTo("out/run.html"));
            Assert.That(settings.WantsReport, Is.True);
        }
    }

    [TestCase(new[] { "--report" }, "option '--report' needs a value, for example '--report artifacts/run.json'")]
    [TestCase(new[] { "--report-html=" }, "--report-html is empty: give a file path such as 'artifacts/run.html'")]
    [TestCase(new[] { "--report", "run.json", "--report", "run.json" }, "--report 'run.json' is given twice: give each file once")]
    [TestCase(new[] { "--report-html", "a.html", "--report-html", "b.html" }, "option '--report-html' is given twice: give it once")]
    [TestCase(new[] { "--report", "run.json", "--graph" }, "--report records a run, and --graph runs nothing: give one of them")]
    [TestCase(new[] { "--dry-run", "--report-html", "run.html" }, "--report-html records a run, and --dry-run runs nothing: give one of them")]
    public void ABadReportOptionIsOneLineThatSaysWhatToDo(string[] args, string expected)
    {
        Assert.That(OptionParsing.Error(args), Is.EqualTo(expected));
    }

    [Test]
    public void TheHelpListsBothReportOptions()
    {
        Assert.That(PipelineCommandLine.HelpText, Does.Contain("\n  --report FILE ").And.Contain("\n  --report-html FILE "));
    }
}
