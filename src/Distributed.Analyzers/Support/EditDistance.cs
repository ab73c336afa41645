using System;

namespace ModularPipelines.Distributed.Analyzers;

/// <summary>The Levenshtein distance, ignoring case: how many one-letter edits turn one name into another.</summary>
internal static class EditDistance
{
    public static int Between(string left, string right)
    {
        // Two rows of the table are enough: each row needs only the one above it.
        var previous = new int[right.Length + 1];
        var current = new int[right.Length + 1];
        for (var j = 0; j <= right.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= left.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= right.Length; j++)
            {
                var substitution = char.ToUpperInvariant(left[i - 1]) == char.ToUpperInvariant(right[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + substitution);
            }

            (previous, current) = (current, previous);
        }

        return previous[right.Length];
    }
}
