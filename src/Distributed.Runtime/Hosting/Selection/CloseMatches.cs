namespace ModularPipelines.Distributed;

/// <summary>The names closest to a mistyped one, for "did you mean" in an error: by edit distance, then containment.</summary>
internal static class CloseMatches
{
    private const int Shown = 3;

    public static IReadOnlyList<string> Among(string typed, IReadOnlyList<string> names)
    {
        var limit = Math.Max(2, typed.Length / 3);
        return [.. names
            .Select(name => (Name: name, Distance: Distance(typed.ToLowerInvariant(), name.ToLowerInvariant())))
            .Where(c => c.Distance <= limit || c.Name.Contains(typed, StringComparison.OrdinalIgnoreCase) || typed.Contains(c.Name, StringComparison.OrdinalIgnoreCase))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(Shown)
            .Select(c => c.Name)];
    }

    /// <summary>Levenshtein distance, two rows at a time.</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), substitution);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
