using Microsoft.Extensions.DependencyInjection;

namespace ModularPipelines.Distributed;

/// <summary>
/// Skips the module unless the environment variable <see cref="Name"/> is set to a value that is not blank (CI services
/// pass a secret that is not configured as an empty string). Derive a condition per variable:
/// <c>public sealed class WithNuGetKey() : OnlyWithEnvironmentVariable("NUGET_API_KEY");</c>, then
/// <c>[SkipIf&lt;WithNuGetKey&gt;]</c>.
/// </summary>
public abstract class OnlyWithEnvironmentVariable : ISkipCondition
{
    /// <summary>Creates the condition.</summary>
    /// <param name="name">The variable's name, for example <c>NUGET_API_KEY</c>.</param>
    protected OnlyWithEnvironmentVariable(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    /// <summary>The variable the module needs.</summary>
    public string Name { get; }

    /// <inheritdoc/>
    public ValueTask<string?> ShouldSkipAsync(IModuleContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var value = context.Services.GetRequiredService<EnvironmentVariables>().Get(Name);
        return ValueTask.FromResult(string.IsNullOrWhiteSpace(value) ? $"runs only when the environment variable {Name} is set" : null);
    }
}
