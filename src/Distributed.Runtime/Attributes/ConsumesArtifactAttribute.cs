namespace ModularPipelines.Distributed;

/// <summary>
/// Before the module starts, puts the files of <typeparamref name="TProducer"/>'s artifact <paramref name="name"/> at
/// their relative paths in this instance's workspace (repeatable). A consumption is a dependency: the module waits for
/// the producer as with <see cref="DependsOnAttribute{TModule}"/>, which may also be written beside it.
/// </summary>
/// <remarks>
/// From a matrix producer the module receives the files of the producer instances it depends on: a consumer with the
/// same matrix target gets that target's files, any other consumer gets every target's files (two targets that
/// publish the same path with different content fail the consumer, naming both).
/// </remarks>
/// <typeparam name="TProducer">The module whose <see cref="ProducesArtifactAttribute"/> names the artifact.</typeparam>
/// <param name="name">The artifact's name, as the producer declares it (compared ignoring case).</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class ConsumesArtifactAttribute<TProducer>(string name) : Attribute
    where TProducer : ModuleBase
{
    /// <summary>The artifact's name.</summary>
    public string Name { get; } = name;
}
