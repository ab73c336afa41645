namespace ModularPipelines.Distributed.Json.Tests.Shapes;

/// <summary>Every collection shape the generated metadata supports, nested collections included.</summary>
public sealed record CollectionValues(
    int[] Numbers,
    string?[]? Names,
    List<string> Tags,
    IReadOnlyList<int> ReadOnlyNumbers,
    IList<string> Words,
    ICollection<long> Sizes,
    IReadOnlyCollection<Guid> Ids,
    IEnumerable<double> Samples,
    List<int?> Gaps,
    List<List<int>> Matrix,
    Dictionary<string, int> Counts,
    IReadOnlyDictionary<string, string?> Labels,
    IDictionary<string, double> Weights,
    Dictionary<string, List<BuildStatus>> History);
