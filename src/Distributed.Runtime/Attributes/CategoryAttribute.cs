namespace ModularPipelines.Distributed;

/// <summary>
/// Puts the module in a category (repeatable), so that <c>--category NAME</c> runs the modules of that category and
/// what they depend on, and nothing else. Categories are compared ignoring case.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class CategoryAttribute(string name) : Attribute
{
    /// <summary>The category's name.</summary>
    public string Name { get; } = name;
}
