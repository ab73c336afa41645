namespace ModularPipelines.Distributed.EndToEnd.Tests.Support;

/// <summary>One row of the summary table the pipeline prints when it ends (<see cref="Artifacts"/> empty when the table has no such column).</summary>
public sealed record SummaryRow(string Module, string Status, string Attempts, string Instance, string Artifacts, string Details);
