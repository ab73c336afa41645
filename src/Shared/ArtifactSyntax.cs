namespace ModularPipelines.Distributed;

/// <summary>
/// The rules for artifact names and file patterns. The runtime (patterns chosen at run time, manifests read back from a
/// store) and the analyzers (constant attribute arguments) both compile this file, so the build refuses exactly what the
/// run would refuse.
/// </summary>
/// <remarks>Written for netstandard2.0 and net10.0 alike, in the runtime's one namespace, like CapabilityNameSyntax.</remarks>
internal static class ArtifactSyntax
{
    /// <summary>
    /// The placeholder a matrix module's patterns use for its own target: <c>out/test-results/{target}/**</c>. Two targets
    /// that run on one instance share its workspace, so without it each would publish what the other wrote.
    /// </summary>
    public const string TargetPlaceholder = "{target}";

    /// <summary>Whether <paramref name="pattern"/> names the module's matrix target through <see cref="TargetPlaceholder"/>.</summary>
    public static bool UsesTarget(string? pattern) => pattern is not null && pattern.Contains(TargetPlaceholder);

    /// <summary>
    /// <paramref name="pattern"/> with <see cref="TargetPlaceholder"/> replaced by <paramref name="target"/>, or null when it
    /// uses the placeholder and there is no target (a module without <c>[MatrixTarget]</c>).
    /// </summary>
    public static string? ForTarget(string pattern, string? target) =>
        !UsesTarget(pattern) ? pattern : target is null ? null : pattern.Replace(TargetPlaceholder, target);

    /// <summary>The problem of a pattern using <see cref="TargetPlaceholder"/> on a module without matrix targets.</summary>
    public const string TargetWithoutMatrixProblem =
        "uses " + TargetPlaceholder + ", which only a module with [MatrixTarget] has: write the path, or add the matrix targets";

    /// <summary>
    /// Why <paramref name="name"/> cannot name an artifact, or null when it can: not blank, ASCII letters, digits and
    /// <c>. _ -</c> only, not starting with a dot. Names become parts of store keys and file names.
    /// </summary>
    public static string? NameProblem(string? name)
    {
        if (name is null || string.IsNullOrWhiteSpace(name))
        {
            return "is blank";
        }

        if (name[0] == '.')
        {
            return "starts with a dot";
        }

        foreach (var c in name)
        {
            if (!(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '_' or '-'))
            {
                return $"contains '{c}': use only letters, digits, '.', '_' and '-'";
            }
        }

        return null;
    }

    /// <summary>
    /// Why <paramref name="pattern"/> cannot select an artifact's files, or null when it can. A leading <c>!</c> makes it
    /// an exclude pattern; what follows must be relative to the workspace root and stay inside it.
    /// </summary>
    public static string? PatternProblem(string? pattern)
    {
        if (pattern is null || string.IsNullOrWhiteSpace(pattern))
        {
            return "is blank";
        }

        var glob = pattern[0] == '!' ? pattern.Substring(1) : pattern;
        if (string.IsNullOrWhiteSpace(glob))
        {
            return "excludes nothing";
        }

        if (IsRooted(glob))
        {
            return "is absolute: patterns are relative to the workspace root";
        }

        foreach (var segment in glob.Split('/', '\\'))
        {
            if (segment == "..")
            {
                return "climbs out of the workspace with '..'";
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a file path read from a manifest names a file inside the workspace: relative, with <c>/</c> separators, no
    /// empty, <c>.</c> or <c>..</c> segment, no backslash, colon or control character. A store's manifest is input from
    /// outside the process; this is the first of the checks before anything is written.
    /// </summary>
    public static bool IsSafeRelativePath(string? path)
    {
        if (path is null || path.Length == 0 || IsRooted(path))
        {
            return false;
        }

        foreach (var c in path)
        {
            if (c is '\\' or ':' or '\0' || char.IsControl(c))
            {
                return false;
            }
        }

        foreach (var segment in path.Split('/'))
        {
            if (segment.Length == 0 || segment == "." || segment == "..")
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsRooted(string path) =>
        path[0] is '/' or '\\' || path[0] == '~' || (path.Length >= 2 && path[1] == ':');
}
