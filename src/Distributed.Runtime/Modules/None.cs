namespace ModularPipelines.Distributed;

/// <summary>The result type of a module that has nothing to return: <c>Module&lt;None&gt;</c>.</summary>
public sealed class None : IEquatable<None>
{
    private None()
    {
    }

    /// <summary>The single value; return it (or <see langword="null"/>) from <c>ExecuteAsync</c>.</summary>
    public static None Value { get; } = new();

    /// <inheritdoc/>
    public bool Equals(None? other) => other is not null;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is None;

    /// <inheritdoc/>
    public override int GetHashCode() => 0;

    /// <inheritdoc/>
    public override string ToString() => "None";
}
