namespace ModularPipelines.Distributed.EndToEnd.Tests.Support;

/// <summary>The sample's graph nodes as the summary names them.</summary>
public static class SampleModules
{
    public const string Build = "BuildModule";
    public const string Docker = "DockerImageModule";
    public const string Pack = "PackModule";
    public const string Publish = "PublishModule";
    public const string Report = "ReportModule";

    public static IReadOnlyList<string> MatrixTargets { get; } = ["windows", "linux", "macos"];

    public static IReadOnlyList<string> All { get; } =
        [Build, .. MatrixTargets.Select(Tests), Docker, Pack, Publish, Report];

    /// <summary>The matrix target of the OS running the tests (the sample advertises it automatically), if it is one.</summary>
    public static string? CurrentTarget { get; } =
        OperatingSystem.IsLinux() ? "linux" : OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : null;

    public static string Tests(string target) => $"CrossPlatformTests[{target}]";
}
