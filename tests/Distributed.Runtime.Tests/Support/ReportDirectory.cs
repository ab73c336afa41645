using System.Text.Json;

namespace ModularPipelines.Distributed.Runtime.Tests.Support;

/// <summary>A fresh folder for one test's report files, deleted when disposed, and the reading of what was written there.</summary>
internal sealed class ReportDirectory : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("mpd-report-");

    public string PathOf(string fileName) => Path.Combine(_directory.FullName, fileName);

    /// <summary>The JSON report written to <paramref name="fileName"/>, parsed.</summary>
    public JsonDocument ReadJson(string fileName)
    {
        Assert.That(File.Exists(PathOf(fileName)), Is.True, $"{fileName} should have been written");
        return JsonDocument.Parse(File.ReadAllText(PathOf(fileName)));
    }

    public void Dispose() => _directory.Delete(recursive: true);
}
