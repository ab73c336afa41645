using System.IO.Compression;
using System.Xml.Linq;

namespace ModularPipelines.Distributed.Package.Tests.Support;

/// <summary>The file list and the nuspec of a .nupkg or .snupkg.</summary>
public sealed class PackageContents
{
    private PackageContents(IReadOnlyList<string> entries, XDocument nuspec)
    {
        Entries = entries;
        Nuspec = nuspec;
    }

    /// <summary>Every file's path in the package, with forward slashes.</summary>
    public IReadOnlyList<string> Entries { get; }

    public XDocument Nuspec { get; }

    /// <summary>A value of the nuspec's metadata, such as "id" or "readme".</summary>
    public string? Metadata(string name) => Nuspec.Root?.Elements().First(e => e.Name.LocalName == "metadata")
        .Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;

    /// <summary>The ids of the package's dependencies, all target frameworks together.</summary>
    public IReadOnlyList<string> DependencyIds => Nuspec.Descendants()
        .Where(e => e.Name.LocalName == "dependency")
        .Select(e => (string)e.Attribute("id")!)
        .ToList();

    public static PackageContents Read(string path)
    {
        using var archive = ZipFile.OpenRead(path);
        var entries = archive.Entries.Select(e => e.FullName).ToList();
        var nuspecEntry = archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !e.FullName.Contains('/', StringComparison.Ordinal));
        using var stream = nuspecEntry.Open();
        return new PackageContents(entries, XDocument.Load(stream));
    }
}
