using System.Text;
using System.Text.RegularExpressions;

namespace ModularPipelines.Distributed.Package.Tests.Quickstart;

/// <summary>
/// The README's quickstart as one bash script, in the README's order: every <c>bash</c> block as written, and every
/// block introduced by a paragraph that starts with a file name in backticks (<c>`Program.cs`:</c>) written to that
/// file. Nothing else of the README is read, and nothing is added but <c>set -euxo pipefail</c>.
/// </summary>
internal static partial class QuickstartScript
{
    public static string FromReadme(string readme)
    {
        var start = readme.IndexOf("\n## Quickstart\n", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), "the README has no '## Quickstart' section");
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = readme[start..(end < 0 ? readme.Length : end)];

        var script = new StringBuilder("set -euxo pipefail\n");
        var files = 0;
        foreach (Match block in FencedBlock().Matches(section))
        {
            var language = block.Groups["language"].Value;
            var body = block.Groups["body"].Value;
            if (language == "bash")
            {
                script.Append(body);
            }
            else if (FileNameBefore(section, block.Index) is { } fileName)
            {
                script.Append("cat > '").Append(fileName).Append("' <<'MPD_README_EOF'\n").Append(body).Append("MPD_README_EOF\n");
                files++;
            }
        }

        Assert.That(files, Is.GreaterThanOrEqualTo(3), "the quickstart should write nuget.config, Modules.cs and Program.cs");
        return script.ToString();
    }

    /// <summary>The file a block is for: the paragraph just before it starts with <c>`name.ext`</c> and ends with a colon.</summary>
    private static string? FileNameBefore(string section, int blockStart)
    {
        var before = section[..blockStart].TrimEnd();
        var paragraphStart = before.LastIndexOf("\n\n", StringComparison.Ordinal);
        var paragraph = before[(paragraphStart < 0 ? 0 : paragraphStart + 2)..];
        var match = LeadingFileName().Match(paragraph);
        return match.Success && paragraph.EndsWith(':') ? match.Groups["name"].Value : null;
    }


    [GeneratedRegex(@"^```(?<language>[a-z]*)\n(?<body>.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedBlock();

    [GeneratedRegex(@"^`(?<name>[A-Za-z0-9_.-]+\.[a-z]+)`")]
    private static partial Regex LeadingFileName();
}
