using ModularPipelines.Distributed.Json.Tests.Shapes;

namespace ModularPipelines.Distributed.Json.Tests.Modules;

public sealed class TreeNodeModule : Module<TreeNode>
{
    protected override Task<TreeNode?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<TreeNode?>(default);
}
