using System.Globalization;
using Microsoft.Extensions.Options;
using ModularPipelines.Distributed;

namespace Sample.Pipeline.Services;

/// <summary>
/// The folder this instance works in: the pipeline's workspace root (<c>--workspace</c>), the folder artifact paths
/// are relative to. Modules write their output under it and find the artifacts they consume at the same relative
/// paths, on whichever machine they run.
/// </summary>
public sealed class Workspace(IOptions<DistributedOptions> options)
{
    /// <summary>Overrides where <see cref="CreateRunDirectory"/> creates run folders; by default under the system temp directory.</summary>
    public const string RootVariable = "SAMPLE_WORK_DIR";

    /// <summary>The workspace root, as an absolute path.</summary>
    public string Root { get; } = Path.GetFullPath(options.Value.Workspace ?? Environment.CurrentDirectory);

    /// <summary>
    /// A fresh folder for one run of one process, used when no <c>--workspace</c> is given: concurrent runs (and the
    /// end-to-end tests, and the instances of a distributed run started on one machine) never see each other's files.
    /// </summary>
    public static string CreateRunDirectory()
    {
        var parent = Environment.GetEnvironmentVariable(RootVariable) is { Length: > 0 } configured
            ? configured
            : Path.Combine(Path.GetTempPath(), "sample-pipeline");
        var runName = string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Environment.ProcessId}");
        return Directory.CreateDirectory(Path.Combine(parent, runName)).FullName;
    }

    /// <summary>The absolute path of a workspace-relative path such as <c>out/build/App.dll</c>.</summary>
    public string PathOf(string relativePath) => Path.GetFullPath(Path.Combine(Root, relativePath));

    /// <summary>Returns a folder under the workspace (a relative path such as <c>out/build</c>), creating it on first use.</summary>
    public string Subdirectory(string relativePath) => Directory.CreateDirectory(PathOf(relativePath)).FullName;
}
