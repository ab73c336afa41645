using System.Text;

namespace ModularPipelines.Distributed.Generator.Tests.Support;

/// <summary>
/// Compares generated sources with a golden directory byte for byte, or rewrites the directory. Pure (no NUnit
/// assertions) so the comparison itself can be tested; <see cref="GoldenFiles"/> turns problems into failures.
/// </summary>
internal static class GoldenComparison
{
    public const string UpdateVariable = "MPD_UPDATE_GOLDEN";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>What differs between <paramref name="actual"/> (hint name → source) and the files in <paramref name="directory"/>; empty when they match.</summary>
    public static IReadOnlyList<string> Compare(string directory, IReadOnlyDictionary<string, string> actual)
    {
        var problems = new List<string>();
        foreach (var (hintName, source) in actual.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var path = Path.Combine(directory, hintName);
            if (!File.Exists(path))
            {
                problems.Add(
                    $"Golden file missing: {path}\n" +
                    $"Create it by running the tests with {UpdateVariable}=1 " +
                    $"({UpdateVariable}=1 dotnet test tests/Distributed.Generator.Tests), then review the new file before committing it.");
                continue;
            }

            var expectedBytes = File.ReadAllBytes(path);
            if (expectedBytes.AsSpan().SequenceEqual(Utf8NoBom.GetBytes(source)))
            {
                continue;
            }

            var bom = expectedBytes.AsSpan().StartsWith(Utf8Bom)
                ? " (the golden file starts with a UTF-8 byte-order mark; the generator writes none)"
                : string.Empty;
            problems.Add(
                $"Golden file stale: {path}{bom}\n" +
                TextDiff.Unified(Utf8NoBom.GetString(expectedBytes), source, "golden " + hintName, "generated " + hintName) +
                $"If the change is intended, re-run with {UpdateVariable}=1 and review the diff.");
        }

        if (Directory.Exists(directory))
        {
            foreach (var path in Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(path);
                if (!actual.ContainsKey(name))
                {
                    problems.Add(
                        $"Orphan golden file: {path}: the generator no longer emits '{name}'. " +
                        $"Delete it, or re-run with {UpdateVariable}=1 (which removes it).");
                }
            }
        }

        return problems;
    }

    /// <summary>Writes every actual source into <paramref name="directory"/> (UTF-8 without BOM, as generated) and deletes orphans.</summary>
    public static IReadOnlyList<string> Update(string directory, IReadOnlyDictionary<string, string> actual)
    {
        var changes = new List<string>();
        Directory.CreateDirectory(directory);
        foreach (var (hintName, source) in actual)
        {
            var path = Path.Combine(directory, hintName);
            var bytes = Utf8NoBom.GetBytes(source);
            if (!File.Exists(path) || !File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
            {
                File.WriteAllBytes(path, bytes);
                changes.Add("wrote " + path);
            }
        }

        foreach (var path in Directory.EnumerateFiles(directory))
        {
            if (!actual.ContainsKey(Path.GetFileName(path)))
            {
                File.Delete(path);
                changes.Add("deleted orphan " + path);
            }
        }

        return changes;
    }
}
