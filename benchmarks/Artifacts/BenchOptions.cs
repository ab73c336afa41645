using System.Globalization;

namespace ModularPipelines.Distributed.Benchmarks.Artifacts;

/// <summary>The <c>--name value</c> pairs of a command line.</summary>
internal sealed class BenchOptions(Dictionary<string, string> values)
{
    public static BenchOptions Parse(IEnumerable<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        using var items = args.GetEnumerator();
        while (items.MoveNext())
        {
            var name = items.Current.StartsWith("--", StringComparison.Ordinal) ? items.Current[2..] : throw new ArgumentException($"expected --name, got '{items.Current}'");
            values[name] = items.MoveNext() ? items.Current : throw new ArgumentException($"--{name} has no value");
        }

        return new BenchOptions(values);
    }

    public string this[string name] => values.TryGetValue(name, out var value) ? value : throw new ArgumentException($"--{name} is required");

    public long Long(string name, long fallback) =>
        values.TryGetValue(name, out var value) ? long.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
