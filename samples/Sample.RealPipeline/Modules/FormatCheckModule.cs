using ModularPipelines.Distributed;
using Sample.RealPipeline.Services;

namespace Sample.RealPipeline.Modules;

/// <summary>
/// Fails when a file is not formatted as the repository's <c>.editorconfig</c> says (<c>dotnet format whitespace
/// --verify-no-changes</c>, which needs no build), with the command to run to fix it.
/// </summary>
[Category("checks")]
public sealed class FormatCheckModule(Checkout checkout) : Module<None>
{
    protected override async Task<None?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
    {
        var root = await checkout.RootAsync(context, cancellationToken);
        var check = await context.Commands.RunAsync(
            "dotnet", ["format", "whitespace", root, "--folder", "--verify-no-changes", "--exclude", "**/bin/", "**/obj/"],
            new CommandOptions { WorkingDirectory = root, AcceptedExitCodes = [0, 2] }, cancellationToken);
        if (check.ExitCode != 0)
        {
            throw new InvalidOperationException($"some files are not formatted (listed above): run `dotnet format whitespace {Checkout.Folder} --folder` and commit the result");
        }

        return None.Value;
    }
}
