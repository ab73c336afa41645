using System.Text.RegularExpressions;
using ModularPipelines.Distributed.Tests.Shared;

namespace ModularPipelines.Distributed.Runtime.Tests.CommandLine;

/// <summary>The README's copy of the --help text is the help text.</summary>
public sealed partial class ReadmeHelpTests
{
    [Test]
    public void TheReadmeShowsTheHelpTextAsThePipelinePrintsIt()
    {
        var readme = File.ReadAllText(RepositoryRoot.Combine("README.md"));

        var copy = HelpBlock().Match(readme);

        Assert.That(copy.Success ? copy.Groups[1].Value : null, Is.EqualTo(PipelineCommandLine.HelpText + "\n"));
    }

    [GeneratedRegex("`<pipeline> --help` prints:\n\n```text\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex HelpBlock();
}
