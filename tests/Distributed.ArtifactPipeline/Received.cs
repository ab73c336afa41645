namespace ModularPipelines.Distributed.ArtifactPipeline;

/// <summary>A consumer's check: every published file is in its workspace with every byte right, and the excluded symbols are not.</summary>
internal static class Received
{
    public static async Task<string?> CheckAsync(IModuleContext context, CancellationToken cancellationToken)
    {
        var root = context.Artifacts.WorkspaceRoot;
        var files = BuildFiles.Published();
        foreach (var (path, size) in files)
        {
            if (await BuildFiles.ProblemAsync(root, path, size, cancellationToken) is { } problem)
            {
                throw new InvalidOperationException($"the received build is wrong: {problem}");
            }
        }

        if (File.Exists(Path.Combine(root, BuildFiles.Symbols)))
        {
            throw new InvalidOperationException($"{BuildFiles.Symbols} was received although the artifact excludes it");
        }

        return $"{files.Count} files checked";
    }
}
