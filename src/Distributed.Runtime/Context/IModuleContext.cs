using Microsoft.Extensions.Logging;

namespace ModularPipelines.Distributed;

/// <summary>A running module's view of the pipeline.</summary>
public interface IModuleContext
{
    /// <summary>The module's logger; its category is the module's display name.</summary>
    ILogger Logger { get; }

    /// <summary>
    /// Runs programs (<c>dotnet</c>, <c>git</c>, …) for this module: their output streams into <see cref="Logger"/>, and
    /// the module's cancellation or timeout kills their whole process tree.
    /// </summary>
    ICommandRunner Commands { get; }

    /// <summary>
    /// Publishes, downloads and lists artifacts at run time, beside what <see cref="ProducesArtifactAttribute"/> and
    /// <see cref="ConsumesArtifactAttribute{TProducer}"/> declare.
    /// </summary>
    IModuleArtifacts Artifacts { get; }

    /// <summary>The pipeline's services.</summary>
    IServiceProvider Services { get; }

    /// <summary>The running node's id, for example <c>Build.Tests[linux]</c>.</summary>
    string ModuleId { get; }

    /// <summary>The current attempt, starting at 1.</summary>
    int Attempt { get; }

    /// <summary>The instance this module runs on (0 = master, or the single process).</summary>
    int InstanceIndex { get; }

    /// <summary>
    /// Returns a declared dependency; <c>await</c> it for its typed <see cref="ModuleResult{T}"/>. When the dependency
    /// is a matrix module, this returns the instance with the current module's own matrix target.
    /// </summary>
    /// <typeparam name="TModule">A module named in this module's <see cref="DependsOnAttribute{TModule}"/>.</typeparam>
    /// <returns>The dependency, awaitable for its result.</returns>
    /// <exception cref="InvalidOperationException">
    /// <typeparamref name="TModule"/> is not a declared dependency, or is a matrix module whose target must be named.
    /// </exception>
    TModule GetModule<TModule>()
        where TModule : ModuleBase;

    /// <summary>Returns one matrix instance of a declared dependency; <c>await</c> it for its typed result.</summary>
    /// <typeparam name="TModule">A matrix module named in this module's <see cref="DependsOnAttribute{TModule}"/>.</typeparam>
    /// <param name="matrixTarget">One of the dependency's <see cref="MatrixTargetAttribute"/> targets.</param>
    /// <returns>The dependency's instance for that target, awaitable for its result.</returns>
    /// <exception cref="InvalidOperationException">The module is not a declared dependency or has no such target.</exception>
    TModule GetModule<TModule>(string matrixTarget)
        where TModule : ModuleBase;

    /// <summary>The current node's matrix target, or <see langword="null"/> when the module has no matrix.</summary>
    /// <returns>The matrix target, for example <c>linux</c>.</returns>
    string? GetMatrixTarget();

    /// <summary>The matrix targets of <typeparamref name="TModule"/>, in declaration order (empty when it has none).</summary>
    /// <typeparam name="TModule">Any module of the pipeline.</typeparam>
    /// <returns>The targets.</returns>
    IReadOnlyList<string> GetMatrixTargets<TModule>()
        where TModule : ModuleBase;
}
