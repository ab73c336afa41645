using System.Globalization;

namespace Sample.Pipeline.Services;

/// <summary>
/// The directory one run works in, shared by every module through constructor injection. Each run gets a fresh
/// directory so that concurrent runs (and the end-to-end tests) never see each other's files.
/// </summary>
public sealed class Workspace
{
    /// <summary>Overrides where runs are created; by default a folder under the system temp directory.</summary>
    public const string RootVariable = "SAMPLE_WORK_DIR";

    public Workspace()
    {
        var parent = Environment.GetEnvironmentVariable(RootVariable) is { Length: > 0 } configured
            ? configured
            : Path.Combine(Path.GetTempPath(), "sample-pipeline");
        var runName = string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Environment.ProcessId}");
        Root = Directory.CreateDirectory(Path.Combine(parent, runName)).FullName;
    }

    public string Root { get; }

    /// <summary>Returns a directory under the workspace, creating it on first use.</summary>
    public string Subdirectory(string name) => Directory.CreateDirectory(Path.Combine(Root, name)).FullName;
}
