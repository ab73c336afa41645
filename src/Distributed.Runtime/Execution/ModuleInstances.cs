using System.Collections.Concurrent;

namespace ModularPipelines.Distributed;

/// <summary>
/// One module object per graph node, created on first use through the generated factory and bound to the node's
/// result, so that the object a dependent receives from <see cref="IModuleContext.GetModule{TModule}()"/> is awaitable.
/// </summary>
internal sealed class ModuleInstances(IServiceProvider services, IResultSource results)
{
    private readonly ConcurrentDictionary<GraphNode, Lazy<ModuleBase>> _instances = new();

    public ModuleBase GetOrCreate(GraphNode node) =>
        _instances.GetOrAdd(node, n => new Lazy<ModuleBase>(() => Create(n))).Value;

    private ModuleBase Create(GraphNode node)
    {
        var instance = node.Definition.CreateInstance(services);
        node.Definition.BindResult(instance, () => results.GetResultAsync(node));
        return instance;
    }
}
