namespace ModularPipelines.Distributed;

/// <summary>
/// What <c>--report</c> writes when a run ends: the run, its instances and every module with its claims. Its JSON shape
/// is documented in docs/report.schema.json and docs/report.md; the Markdown and HTML pictures are drawn from it alone.
/// </summary>
/// <param name="SchemaVersion">The version of the shape; raised when a field changes meaning or goes away.</param>
/// <param name="Run">The run as a whole.</param>
/// <param name="Instances">The instances the master knows of, by index.</param>
/// <param name="Modules">Every graph node, in graph order.</param>
internal sealed record RunReport(int SchemaVersion, ReportRun Run, IReadOnlyList<ReportInstance> Instances, IReadOnlyList<ReportModule> Modules)
{
    public const int CurrentSchemaVersion = 1;
}
