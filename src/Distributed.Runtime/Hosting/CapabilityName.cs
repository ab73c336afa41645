namespace ModularPipelines.Distributed;

/// <summary>Capability names as the command line and the graph see them.</summary>
internal static class CapabilityName
{
    /// <summary>The rule the analyzers check at build time too (<see cref="CapabilityNameSyntax"/>).</summary>
    public static bool IsValid(string name) => CapabilityNameSyntax.IsValid(name);

    /// <summary>The name of the OS this process runs on, advertised as a capability automatically.</summary>
    public static string? CurrentOperatingSystem() =>
        OperatingSystem.IsLinux() ? CapabilityNameSyntax.OperatingSystems[0]
        : OperatingSystem.IsWindows() ? CapabilityNameSyntax.OperatingSystems[1]
        : OperatingSystem.IsMacOS() ? CapabilityNameSyntax.OperatingSystems[2]
        : null;
}
