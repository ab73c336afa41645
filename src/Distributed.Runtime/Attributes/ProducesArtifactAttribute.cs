namespace ModularPipelines.Distributed;

/// <summary>
/// Publishes files under a name when the module succeeds (repeatable, one per name), so that modules declaring
/// <see cref="ConsumesArtifactAttribute{TProducer}"/> find them at the same relative paths on whichever instance they run.
/// A failed module publishes nothing.
/// </summary>
/// <remarks>
/// Patterns are globs relative to the workspace root (<c>--workspace</c>): <c>out/bin/**</c> takes every file below
/// <c>out/bin</c>, each kept at its own relative path; a pattern starting with <c>!</c> excludes
/// (<c>!out/bin/**/*.pdb</c>). A pattern may not be absolute or climb out of the workspace with <c>..</c>.
/// <para>
/// In a <see cref="MatrixTargetAttribute"/> module, <c>{target}</c> in a pattern stands for the instance's own target
/// (<c>out/test-results/{target}/**</c>). Use it: two targets that run on one instance share its workspace, and a
/// pattern without it would publish the other target's files too (warning MPD0028).
/// </para>
/// </remarks>
/// <param name="name">The artifact's name, unique among the module's artifacts (compared ignoring case).</param>
/// <param name="patterns">Include patterns, and exclude patterns starting with <c>!</c>.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class ProducesArtifactAttribute(string name, params string[] patterns) : Attribute
{
    /// <summary>The artifact's name.</summary>
    public string Name { get; } = name;

    /// <summary>Include patterns, and exclude patterns starting with <c>!</c>, relative to the workspace root.</summary>
    public IReadOnlyList<string> Patterns { get; } = patterns ?? [];
}
