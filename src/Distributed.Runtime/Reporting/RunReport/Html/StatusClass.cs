namespace ModularPipelines.Distributed;

/// <summary>The CSS class that colours a status in the page (see <see cref="HtmlStyle"/>): the same colour for a bar and its table row.</summary>
internal static class StatusClass
{
    public static string Of(ReportClaimStatus status) => "s-" + status.ToString().ToLowerInvariant();

    public static string Of(ModuleStatus status) => "s-" + status.ToString().ToLowerInvariant();
}
