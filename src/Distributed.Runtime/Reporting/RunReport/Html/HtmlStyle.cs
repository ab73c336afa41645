namespace ModularPipelines.Distributed;

/// <summary>The page's only style sheet, inline: the page must show offline, with no fonts, scripts or images to fetch.</summary>
internal static class HtmlStyle
{
    public const string Css = """
        :root { color-scheme: light; --succeeded: #2da44e; --failed: #cf222e; --timedout: #bc4c00; --cancelled: #8c959f; --skipped: #d0d7de; --lost: #8250df; }
        body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; margin: 24px; color: #1f2328; background: #fff; }
        h1 { font-size: 22px; margin: 0 0 4px; }
        h1.outcome-succeeded { color: #1a7f37; } h1.outcome-failed { color: #cf222e; } h1.outcome-cancelled { color: #57606a; }
        h2 { font-size: 16px; margin: 28px 0 8px; }
        p.facts { margin: 0; color: #57606a; }
        code { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
        .legend span { display: inline-block; margin-right: 14px; }
        .legend i { display: inline-block; width: 12px; height: 12px; border-radius: 2px; margin-right: 5px; vertical-align: -1px; }
        svg.timeline { display: block; max-width: 100%; height: auto; }
        svg.timeline text { font: 12px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; fill: #1f2328; }
        svg.timeline .axis text { fill: #57606a; font-size: 11px; }
        svg.timeline .grid { stroke: #d8dee4; stroke-width: 1; }
        svg.timeline .band { fill: #f6f8fa; }
        svg.timeline .bar rect { stroke: #fff; stroke-width: 1; }
        svg.timeline .bar text { fill: #fff; font-weight: 600; }
        svg.timeline .bar.s-skipped text, svg.timeline .bar.s-cancelled text { fill: #1f2328; }
        .s-succeeded { fill: var(--succeeded); background: var(--succeeded); }
        .s-failed { fill: var(--failed); background: var(--failed); }
        .s-timedout { fill: var(--timedout); background: var(--timedout); }
        .s-cancelled { fill: var(--cancelled); background: var(--cancelled); }
        .s-skipped { fill: var(--skipped); background: var(--skipped); }
        .s-lost { fill: var(--lost); background: var(--lost); }
        table { border-collapse: collapse; }
        th, td { text-align: left; padding: 4px 10px; border-bottom: 1px solid #d8dee4; vertical-align: top; }
        th { color: #57606a; font-weight: 600; }
        td.number { text-align: right; font-variant-numeric: tabular-nums; }
        td.details { max-width: 640px; overflow-wrap: anywhere; }
        td .badge { display: inline-block; padding: 0 7px; border-radius: 9px; color: #fff; font-size: 12px; font-weight: 600; }
        td .badge.s-skipped, td .badge.s-cancelled { color: #1f2328; }
        footer { margin-top: 28px; color: #57606a; font-size: 12px; }
        """;
}
