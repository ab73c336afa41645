namespace ModularPipelines.Distributed.EndToEnd.Tests.Support;

/// <summary>One row of the summary table the pipeline prints when it ends.</summary>
public sealed record SummaryRow(string Module, string Status, string Attempts, string Instance, string Details);
