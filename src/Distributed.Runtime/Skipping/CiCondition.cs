using Microsoft.Extensions.DependencyInjection;

namespace ModularPipelines.Distributed;

/// <summary>
/// A skip condition decided by the CI facts alone (<see cref="CiEnvironment"/>, read once per run from the services):
/// the base of <see cref="OnlyOnCi"/>, <see cref="NotOnPullRequests"/> and <see cref="OnlyOnBranch"/>, and of your own,
/// for example <c>ci.Provider == CiProvider.GitHubActions ? null : "runs only on GitHub Actions"</c>.
/// </summary>
public abstract class CiCondition : ISkipCondition
{
    /// <inheritdoc/>
    public ValueTask<string?> ShouldSkipAsync(IModuleContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(ReasonToSkip(context.Services.GetRequiredService<CiEnvironment>()));
    }

    /// <summary>Why the module is skipped on this run, or <see langword="null"/> to let it run.</summary>
    /// <param name="ci">The run's CI facts.</param>
    /// <returns>The reason shown in the module's result and the summary, or <see langword="null"/>.</returns>
    protected abstract string? ReasonToSkip(CiEnvironment ci);
}
