namespace ModularPipelines.Distributed.Json.Tests.Shapes;

/// <summary>A recursive type: the parser must not loop on it.</summary>
public sealed class TreeNode
{
    public string Name { get; set; } = string.Empty;

    public List<TreeNode> Children { get; set; } = [];

    public TreeNode? FirstChild => Children.Count > 0 ? Children[0] : null;
}
