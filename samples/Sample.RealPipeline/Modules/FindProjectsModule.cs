using Microsoft.Extensions.Logging;
using ModularPipelines.Distributed;
using Sample.RealPipeline.Results;
using Sample.RealPipeline.Services;

namespace Sample.RealPipeline.Modules;

/// <summary>Finds the projects git tracks: libraries are packed, projects under <c>tests/</c> are unit tests.</summary>
[Category("build")]
public sealed class FindProjectsModule(Checkout checkout) : Module<ProjectList>
{
    protected override async Task<ProjectList?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
    {
        var root = await checkout.RootAsync(context, cancellationToken);
        var listed = await Checkout.GitAsync(context, root, ["ls-files", "--", "*.csproj"], cancellationToken);
        var projects = listed.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var tests = projects.Where(p => p.StartsWith("tests/", StringComparison.Ordinal)).ToList();
        var libraries = projects.Except(tests).ToList();
        if (libraries.Count == 0)
        {
            throw new InvalidOperationException($"git tracks no project outside tests/ in {root}: nothing to build or pack");
        }

        context.Logger.LogInformation("{Libraries} libraries, {Tests} test projects", libraries.Count, tests.Count);
        return new ProjectList(libraries, tests);
    }
}
