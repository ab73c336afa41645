using ModularPipelines.Distributed;

namespace Sample.RealPipeline.Services;

/// <summary>
/// Stands in for the CI's checkout step (<c>actions/checkout</c>): a CI job starts with the repository in its
/// workspace, and so does each instance here. The first module on an instance copies the repository this sample
/// carries into <c>repository/</c> of the workspace and commits it with git, so that git commands have a real history
/// to read. A workspace that already holds a git repository there (a real clone) is used as it is.
/// </summary>
public sealed class Checkout : IDisposable
{
    /// <summary>Where the repository is, relative to the workspace root.</summary>
    public const string Folder = "repository";

    private readonly SemaphoreSlim _once = new(1, 1);

    /// <summary>The repository's root on this instance, checked out on first use.</summary>
    public async Task<string> RootAsync(IModuleContext context, CancellationToken cancellationToken)
    {
        var root = Path.Combine(context.Artifacts.WorkspaceRoot, Folder);
        await _once.WaitAsync(cancellationToken);
        try
        {
            if (!Directory.Exists(Path.Combine(root, ".git")))
            {
                CopyFiles(Path.Combine(AppContext.BaseDirectory, Folder), root);
                await GitAsync(context, root, ["init", "--quiet", "--initial-branch=main"], cancellationToken);
                await GitAsync(context, root, ["add", "--all"], cancellationToken);
                await GitAsync(context, root,
                    ["-c", "user.name=Sample Pipeline", "-c", "user.email=pipeline@example.invalid", "commit", "--quiet", "--message", "Greeter 2.1.0"],
                    cancellationToken);
            }
        }
        finally
        {
            _once.Release();
        }

        return root;
    }

    /// <inheritdoc/>
    public void Dispose() => _once.Dispose();

    /// <summary>Runs git in the repository; its output goes to the module's log.</summary>
    public static Task<CommandResult> GitAsync(IModuleContext context, string root, IEnumerable<string> arguments, CancellationToken cancellationToken) =>
        context.Commands.RunAsync("git", arguments, new CommandOptions { WorkingDirectory = root }, cancellationToken);

    // Artifacts may already have put build output under the root: the sources go beside it (the carried tree has no bin/ or obj/).
    private static void CopyFiles(string source, string destination)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(destination, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
