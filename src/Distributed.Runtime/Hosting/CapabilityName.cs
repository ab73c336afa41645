namespace ModularPipelines.Distributed;

/// <summary>The one rule for capability names, shared by the command line and the graph.</summary>
internal static class CapabilityName
{
    public static bool IsValid(string name) =>
        !string.IsNullOrWhiteSpace(name) && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or ':' or '-');

    /// <summary>The name of the OS this process runs on, advertised as a capability automatically.</summary>
    public static string? CurrentOperatingSystem() =>
        OperatingSystem.IsLinux() ? "linux" : OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : null;
}
