namespace ModularPipelines.Distributed.Tests.Shared;

/// <summary>A fresh workspace folder for one test, deleted when disposed.</summary>
public sealed class WorkspaceDirectory : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("mpd-workspace-");

    public string Root => _directory.FullName;

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    public void Dispose() => _directory.Delete(recursive: true);
}
