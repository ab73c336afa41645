using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using ModularPipelines.Distributed;
using Sample.Pipeline.Results;
using Sample.Pipeline.Services;

namespace Sample.Pipeline.Modules;

/// <summary>
/// Compiles the product. To run anywhere in milliseconds, "compiling" here writes deterministic artifact files;
/// a real pipeline would run <c>dotnet build</c> and describe its output the same way: paths plus checksums.
/// </summary>
[ModuleTimeout(30)] // a hung compiler fails the run after 30 s instead of holding the CI job until its own limit
public sealed class BuildModule(Workspace workspace) : Module<BuildOutput>
{
    public const string Version = "1.4.0";
    private const string Configuration = "Release";
    private static readonly string[] Projects = ["App", "App.Core", "App.Cli"];

    protected override async Task<BuildOutput?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
    {
        var outputDirectory = workspace.Subdirectory("build");
        context.Logger.LogInformation("building {Count} projects into {Directory}", Projects.Length, outputDirectory);
        var artifacts = new List<BuildArtifact>();
        foreach (var project in Projects)
        {
            var fileName = project + ".dll";
            var path = Path.Combine(outputDirectory, fileName);
            await File.WriteAllTextAsync(path, Compile(fileName), Encoding.UTF8, cancellationToken);

            // Everything is read back from disk, not taken from memory: later steps verify what was really written.
            var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
            var artifact = new BuildArtifact(fileName, bytes.Length, Checksums.OfBytes(bytes), Convert.ToBase64String(bytes));
            context.Logger.LogInformation("compiled {File} ({Size} bytes, sha256 {Sha})", fileName, artifact.Size, artifact.Sha256[..12]);
            artifacts.Add(artifact);
        }

        return new BuildOutput(Configuration, Version, artifacts);
    }

    /// <summary>The first line is a header the tests check; the body only gives each artifact a distinct size and hash.</summary>
    public static string Header(string fileName) => $"// {fileName} {Version} {Configuration}";

    private static string Compile(string fileName)
    {
        var text = new StringBuilder().AppendLine(Header(fileName));
        for (var line = 0; line < 64 + fileName.Length * 8; line++)
        {
            text.Append(CultureInfo.InvariantCulture, $"IL_{line:x4}: ldstr \"{fileName}\" call {line * 7919 % 65521}").AppendLine();
        }

        return text.ToString();
    }
}
