namespace ModularPipelines.Distributed;

/// <summary>
/// A batch of lines a module on another instance logged: the state of one <see cref="PipelineEvents.ForwardedLines"/>
/// entry. The module and instance travel in the state, not as the logger's category: creating a logger per module
/// walks every provider's filter rules (by reflection under Native AOT, about 10 µs each), which at 200 modules was a
/// third of what forwarding cost the master.
/// </summary>
/// <param name="Source">The module and instance, <c>Build [2]</c>: what the console prints where a category goes.</param>
/// <param name="Lines">The lines, oldest first.</param>
internal sealed record ForwardedLines(string Source, IReadOnlyList<string> Lines)
{
    /// <summary>The lines for other logging providers: each under its source, one per line.</summary>
    public override string ToString() => string.Join('\n', Lines.Select(line => Source + "  " + line));
}
