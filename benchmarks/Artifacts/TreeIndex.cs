using System.Globalization;

namespace ModularPipelines.Distributed.Benchmarks.Artifacts;

/// <summary>The floors' manifest: every file of a tree with its size, one "size path" line each, in ordinal order.</summary>
internal static class TreeIndex
{
    public static List<(string Path, long Size)> Of(string root) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(path => (Path: Path.GetRelativePath(root, path).Replace('\\', '/'), Size: new FileInfo(path).Length))
            .OrderBy(file => file.Path, StringComparer.Ordinal)];

    public static string Write(List<(string Path, long Size)> files) =>
        string.Join('\n', files.Select(file => string.Create(CultureInfo.InvariantCulture, $"{file.Size} {file.Path}")));

    public static List<(string Path, long Size)> Read(string text) =>
        [.. text.Split('\n').Select(line => line.Split(' ', 2)).Select(parts => (parts[1], long.Parse(parts[0], CultureInfo.InvariantCulture)))];

    /// <summary>Opens a file to write with its folder created, unbuffered: the callers write whole chunks.</summary>
    public static FileStream Create(string root, string path)
    {
        var full = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return new FileStream(full, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0, FileOptions.Asynchronous);
    }

    public static FileStream OpenRead(string root, string path) =>
        new(Path.Combine(root, path), FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.Asynchronous | FileOptions.SequentialScan);
}
