namespace ModularPipelines.Distributed.Runtime.Tests.Support;

/// <summary>Tests that each get a fresh folder for the report files they write, deleted afterwards.</summary>
public abstract class ReportFileTests
{
    internal ReportDirectory Files { get; private set; } = null!;

    [SetUp]
    public void CreateFolder() => Files = new ReportDirectory();

    [TearDown]
    public void DeleteFiles() => Files.Dispose();
}
