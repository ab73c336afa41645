using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using ModularPipelines.Distributed;
using Sample.Pipeline.Results;
using Sample.Pipeline.Services;

namespace Sample.Pipeline.Modules;

/// <summary>
/// Compiles the product. To run anywhere in milliseconds, "compiling" here writes deterministic files; a real
/// pipeline would run <c>dotnet build</c>. When the module succeeds, <c>[ProducesArtifact]</c> publishes what it wrote
/// under <c>out/build</c> as the <c>build</c> artifact: the tests, the image and the pack step receive those files
/// at the same paths on whichever machine they run. The result only describes them: paths plus checksums.
/// </summary>
[ModuleTimeout(30)] // a hung compiler fails the run after 30 s instead of holding the CI job until its own limit
[ProducesArtifact(Artifact, OutputDirectory + "/**")]
public sealed class BuildModule(Workspace workspace) : Module<BuildOutput>
{
    /// <summary>The name the build's files are published under.</summary>
    public const string Artifact = "build";

    /// <summary>Where the build writes, relative to the workspace root.</summary>
    public const string OutputDirectory = "out/build";

    public const string Version = "1.4.0";
    private const string Configuration = "Release";
    private static readonly string[] Projects = ["App", "App.Core", "App.Cli"];

    protected override async Task<BuildOutput?> ExecuteAsync(IModuleContext context, CancellationToken cancellationToken)
    {
        var outputDirectory = workspace.Subdirectory(OutputDirectory);
        context.Logger.LogInformation("building {Count} projects into {Directory}", Projects.Length, outputDirectory);
        var files = new List<BuildFile>();
        foreach (var project in Projects)
        {
            var fileName = project + ".dll";
            var path = Path.Combine(outputDirectory, fileName);
            await File.WriteAllTextAsync(path, Compile(fileName), Encoding.UTF8, cancellationToken);

            // Everything is read back from disk, not taken from memory: later steps verify what was really written.
            var file = new BuildFile($"{OutputDirectory}/{fileName}", new FileInfo(path).Length, await Checksums.OfFileAsync(path, cancellationToken));
            context.Logger.LogInformation("compiled {File} ({Size} bytes, sha256 {Sha})", file.Path, file.Size, file.Sha256[..12]);
            files.Add(file);
        }

        return new BuildOutput(Configuration, Version, files);
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
