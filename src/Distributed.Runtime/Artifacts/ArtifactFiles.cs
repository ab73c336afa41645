using Microsoft.Extensions.FileSystemGlobbing;
using Microsoft.Extensions.FileSystemGlobbing.Abstractions;

namespace ModularPipelines.Distributed;

/// <summary>Finds an artifact's files in the workspace: include and exclude globs, each file at its own relative path.</summary>
internal static class ArtifactFiles
{
    /// <summary>
    /// The workspace-relative paths (<c>/</c> separators, ordinal order) the patterns select. Patterns are checked with
    /// <see cref="ArtifactSyntax.PatternProblem"/> first; a pattern that names a folder's contents with a trailing
    /// <c>**</c> selects every file below it. Files a killed download left half-written (<see cref="TemporaryArtifactFiles"/>)
    /// are never selected.
    /// </summary>
    public static IReadOnlyList<string> Match(Workspace workspace, IReadOnlyList<string> patterns, Func<string> describe)
    {
        if (patterns.Count == 0)
        {
            throw new ArtifactException($"{describe()} has no pattern: name the files to publish, for example \"out/bin/**\"");
        }

        var matcher = new Matcher(OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        var includes = 0;
        foreach (var pattern in patterns)
        {
            if (ArtifactSyntax.PatternProblem(pattern) is { } problem)
            {
                throw new ArtifactException($"{describe()}: pattern '{pattern}' {problem}");
            }

            if (pattern[0] == '!')
            {
                matcher.AddExclude(Glob(pattern[1..]));
            }
            else
            {
                matcher.AddInclude(Glob(pattern));
                includes++;
            }
        }

        if (includes == 0)
        {
            throw new ArtifactException($"{describe()} only excludes files: add a pattern that includes some, for example \"out/bin/**\"");
        }

        if (!Directory.Exists(workspace.Root))
        {
            throw new ArtifactException($"{describe()}: the workspace {workspace.Root} does not exist (--workspace)");
        }

        var result = matcher.Execute(new DirectoryInfoWrapper(new DirectoryInfo(workspace.Root)));
        return result.Files.Select(f => f.Path.Replace('\\', '/'))
            .Where(path => !TemporaryArtifactFiles.IsTemporary(path))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    // "dir/**" reads as "everything below dir" to people; FileSystemGlobbing wants "dir/**/*" for files.
    private static string Glob(string pattern) =>
        pattern.EndsWith("**", StringComparison.Ordinal) ? pattern + "/*" : pattern;
}
