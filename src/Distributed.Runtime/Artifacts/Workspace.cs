namespace ModularPipelines.Distributed;

/// <summary>
/// The folder artifacts' relative paths are relative to (<c>--workspace</c>), and the one check every read and write of
/// an artifact file goes through: the path stays inside it, and no link on the way leads out of it.
/// </summary>
internal sealed class Workspace
{
    public Workspace(string root)
    {
        Root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
    }

    /// <summary>The workspace's absolute path, without a trailing separator.</summary>
    public string Root { get; }

    /// <summary>
    /// The absolute path of <paramref name="relativePath"/> (with <c>/</c> separators), after checking that it is a safe
    /// relative path and that no existing part of it below the root is a link whose target lies outside the root.
    /// </summary>
    /// <exception cref="ArtifactException">The path would leave the workspace; <paramref name="describe"/> says whose it is.</exception>
    public string Resolve(string relativePath, Func<string> describe)
    {
        if (!ArtifactSyntax.IsSafeRelativePath(relativePath))
        {
            throw new ArtifactException($"{describe()} names '{relativePath}', which is not a path inside the workspace: it is refused and nothing is written");
        }

        var current = Root;
        foreach (var segment in relativePath.Split('/'))
        {
            current = Path.Combine(current, segment);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            if (info.Exists && info.LinkTarget is not null && !IsInside(Final(info)))
            {
                throw new ArtifactException(
                    $"{describe()} reaches '{relativePath}' through the link {Relative(current)} -> {info.LinkTarget}, which leads out of the workspace {Root}: it is refused");
            }
        }

        return current;
    }

    /// <summary>The workspace-relative path (with <c>/</c>) of a path inside it.</summary>
    public string Relative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace('\\', '/');

    /// <summary>Whether an absolute path is the root or lies below it.</summary>
    public bool IsInside(string fullPath)
    {
        var normalized = Path.TrimEndingDirectorySeparator(Path.GetFullPath(fullPath));
        return normalized == Root || normalized.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    private static string Final(FileSystemInfo link)
    {
        var target = link.ResolveLinkTarget(returnFinalTarget: true);
        return target?.FullName ?? link.FullName;
    }
}
