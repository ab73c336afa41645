using System.Globalization;

namespace ModularPipelines.Distributed.Redis.Tests.Support;

/// <summary>One line of the results file the test pipeline's master writes.</summary>
/// <param name="Name">The module id without the test (or artifact) pipeline's namespace, e.g. <c>Matrix[linux]</c>.</param>
/// <param name="Value">The value as JSON, or <c>null</c>.</param>
/// <param name="Detail">The error (<c>Type: message</c>) or the skip reason.</param>
public sealed record ResultRow(string Name, string Status, int Instance, int Attempts, string Value, string Detail);

/// <summary>The results file (<c>MPD_TEST_RESULTS</c>): every module's status, placement, attempts and value.</summary>
public sealed class RunResults
{
    private static readonly string[] Namespaces = ["ModularPipelines.Distributed.TestPipeline.", "ModularPipelines.Distributed.ArtifactPipeline."];

    private RunResults(IReadOnlyList<ResultRow> rows) => Rows = rows;

    public IReadOnlyList<ResultRow> Rows { get; }

    public ResultRow this[string name] =>
        Rows.SingleOrDefault(r => r.Name == name) ?? throw new AssertionException($"no result for {name}; have {string.Join(", ", Rows.Select(r => r.Name))}");

    public static RunResults Read(string path) => new([.. File.ReadAllLines(path).Where(l => l.Length > 0).Select(Parse)]);

    public override string ToString() => string.Join("\n", Rows);

    private static ResultRow Parse(string line)
    {
        var cells = line.Split('\t');
        var prefix = Namespaces.FirstOrDefault(n => cells[0].StartsWith(n, StringComparison.Ordinal));
        var name = prefix is null ? cells[0] : cells[0][prefix.Length..];
        return new ResultRow(name, cells[1], int.Parse(cells[2], CultureInfo.InvariantCulture), int.Parse(cells[3], CultureInfo.InvariantCulture), cells[4], cells[5]);
    }
}
