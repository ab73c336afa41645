using System.Globalization;
using System.Net;
using System.Text;

namespace ModularPipelines.Distributed;

/// <summary>
/// The run's timeline as inline SVG, drawn here rather than by a script in the page: a row per slot lane of every
/// instance (<see cref="ReportLanes"/>), a bar per claim from its start to its end coloured by its status, named inside
/// when it is wide enough and always in its tooltip, over a time axis from the run's start.
/// </summary>
internal static class TimelineSvg
{
    private const double LabelWidth = 170;
    private const double ChartWidth = 900;
    private const double AxisHeight = 26;
    private const double LaneHeight = 26;
    private const double BarHeight = 18;
    private const double CharacterWidth = 7;

    public static string Render(RunReport report)
    {
        var lanes = ReportLanes.Of(report);
        var claims = lanes.SelectMany(l => l.Bars).Select(b => b.Claim).ToList();
        var origin = claims.Select(c => c.StartedAt).Append(report.Run.StartedAt).Min();
        var end = claims.Select(c => c.EndedAt).Append(report.Run.EndedAt).Max();
        var axis = new TimeAxis(origin, end, ChartWidth);
        var height = AxisHeight + (lanes.Count * LaneHeight) + 4;
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{LabelWidth + ChartWidth + 20}\" height=\"{height}\" viewBox=\"0 0 {LabelWidth + ChartWidth + 20} {height}\" role=\"img\" aria-label=\"Timeline of the run: a lane per instance slot, a bar per module claim\">\n"));

        // Every other instance's lanes on a band, so a reader sees where one instance ends and the next begins.
        for (var row = 0; row < lanes.Count; row++)
        {
            if (lanes[row].Instance % 2 == 1)
            {
                svg.Append(Invariant($"<rect class=\"band\" x=\"0\" y=\"{AxisHeight + (row * LaneHeight)}\" width=\"{LabelWidth + ChartWidth + 20}\" height=\"{LaneHeight}\"/>\n"));
            }
        }

        AppendAxis(svg, axis, height);
        var clip = 0;
        for (var row = 0; row < lanes.Count; row++)
        {
            var (instance, slot, bars) = lanes[row];
            var y = AxisHeight + (row * LaneHeight);
            svg.Append(Invariant($"<text class=\"lane\" x=\"8\" y=\"{y + 17}\">{Encode(ReportWording.Lane(instance, slot))}</text>\n"));
            foreach (var (module, claim) in bars)
            {
                AppendBar(svg, report.Run, module, claim, axis, y, ++clip);
            }
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static void AppendAxis(StringBuilder svg, TimeAxis axis, double height)
    {
        svg.Append("<g class=\"axis\">\n");
        foreach (var tick in axis.Ticks())
        {
            var x = LabelWidth + (tick * ChartWidth / axis.SpanMilliseconds);
            svg.Append(Invariant($"<line class=\"grid\" x1=\"{x:0.#}\" y1=\"{AxisHeight - 6}\" x2=\"{x:0.#}\" y2=\"{height}\"/>"));
            svg.Append(Invariant($"<text x=\"{x:0.#}\" y=\"14\" text-anchor=\"middle\">{Encode(DurationText.Format(TimeSpan.FromMilliseconds(tick)))}</text>\n"));
        }

        svg.Append("</g>\n");
    }

    private static void AppendBar(StringBuilder svg, ReportRun run, ReportModule module, ReportClaim claim, TimeAxis axis, double laneTop, int clip)
    {
        // A bar too short to see at this scale still gets a sliver, so every claim can be found and hovered.
        var x = LabelWidth + axis.X(claim.StartedAt);
        var width = Math.Max(2, axis.Width(claim.EndedAt - claim.StartedAt));
        var y = laneTop + ((LaneHeight - BarHeight) / 2);
        svg.Append(Invariant($"<g class=\"bar {StatusClass.Of(claim.Status)}\" data-module=\"{Encode(module.Id)}\" data-attempt=\"{claim.Attempt}\" data-instance=\"{claim.Instance}\" data-slot=\"{claim.Slot}\">"));
        svg.Append("<title>").Append(Encode(ReportWording.Claim(run, module, claim))).Append("</title>");
        svg.Append(Invariant($"<rect x=\"{x:0.##}\" y=\"{y}\" width=\"{width:0.##}\" height=\"{BarHeight}\" rx=\"3\"/>"));
        if (width >= 3 * CharacterWidth)
        {
            svg.Append(Invariant($"<clipPath id=\"clip{clip}\"><rect x=\"{x:0.##}\" y=\"{y}\" width=\"{width:0.##}\" height=\"{BarHeight}\"/></clipPath>"));
            svg.Append(Invariant($"<text x=\"{x + 5:0.##}\" y=\"{y + 13}\" clip-path=\"url(#clip{clip})\">{Encode(module.DisplayName)}</text>"));
        }

        svg.Append("</g>\n");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
