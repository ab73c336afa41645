namespace ModularPipelines.Distributed;

/// <summary>
/// Skips the module off CI, on a developer's machine: for modules that publish, deploy or upload, which a local
/// <c>dotnet run</c> should leave alone. Use it as <c>[SkipIf&lt;OnlyOnCi&gt;]</c>.
/// </summary>
public sealed class OnlyOnCi : CiCondition
{
    /// <inheritdoc/>
    protected override string? ReasonToSkip(CiEnvironment ci)
    {
        ArgumentNullException.ThrowIfNull(ci);
        return ci.IsCi ? null : "runs only on CI, and no CI service was detected";
    }
}
