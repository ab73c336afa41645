using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ModularPipelines.Distributed.Tests.Shared;

namespace ModularPipelines.Distributed.Runtime.Tests.Support;

/// <summary>
/// Loads a report page in real headless Chromium and reads what it laid out: a copy of the page gets a probe script
/// that measures every bar and table row once the page has loaded and writes the measurements into the DOM, which
/// Chromium then prints. The report itself has no script; only the copy does.
/// </summary>
internal static partial class RenderedPage
{
    private const string Probe = """
        <script>
        const frame = document.querySelector('svg.timeline').getBoundingClientRect();
        const box = r => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height });
        const bars = [...document.querySelectorAll('svg.timeline g.bar')].map(g => {
          const rect = g.querySelector('rect');
          return { module: g.dataset.module, box: box(rect.getBoundingClientRect()), fill: getComputedStyle(rect).fill };
        });
        const rows = [...document.querySelectorAll('table.modules tbody tr')].map(tr => ({ module: tr.dataset.module, text: tr.innerText, box: box(tr.getBoundingClientRect()) }));
        const probe = document.createElement('pre');
        probe.id = 'probe';
        probe.textContent = JSON.stringify({ frame: box(frame), bars, rows, resources: performance.getEntriesByType('resource').length });
        document.body.appendChild(probe);
        </script>
        """;

    public static async Task<JsonDocument> MeasureAsync(string chromium, string htmlFile)
    {
        var probed = Path.ChangeExtension(htmlFile, ".probed.html");
        File.WriteAllText(probed, File.ReadAllText(htmlFile).Replace("</body>", Probe + "</body>", StringComparison.Ordinal));
        var dom = await HeadlessChromium.DumpDomAsync(chromium, probed);
        var measured = ProbePattern().Match(dom);
        Assert.That(measured.Success, Is.True, $"the probe wrote nothing; Chromium printed:\n{dom}");
        return JsonDocument.Parse(WebUtility.HtmlDecode(measured.Groups[1].Value));
    }

    [GeneratedRegex("<pre id=\"probe\">(.*?)</pre>", RegexOptions.Singleline)]
    private static partial Regex ProbePattern();
}
