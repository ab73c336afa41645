namespace ModularPipelines.Distributed;

/// <summary>Where a finished node's result is read from: this process's memory, or the coordinator on demand.</summary>
internal interface IResultSource
{
    Task<ModuleResult> GetResultAsync(GraphNode node);
}
