using System.Text;

namespace ModularPipelines.Distributed.Generator.Tests.Support;

/// <summary>A small unified-style diff: the first differing region with a few lines of context, line endings made visible.</summary>
internal static class TextDiff
{
    private const int Context = 3;
    private const int MaxLinesPerSide = 40;

    public static string Unified(string expected, string actual, string expectedLabel = "golden", string actualLabel = "generated")
    {
        var left = expected.Split('\n');
        var right = actual.Split('\n');
        var prefix = 0;
        while (prefix < left.Length && prefix < right.Length && left[prefix] == right[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < left.Length - prefix && suffix < right.Length - prefix
            && left[left.Length - 1 - suffix] == right[right.Length - 1 - suffix])
        {
            suffix++;
        }

        var text = new StringBuilder()
            .Append("--- ").Append(expectedLabel).Append('\n')
            .Append("+++ ").Append(actualLabel).Append('\n')
            .Append("@@ first difference at line ").Append(prefix + 1).Append(" @@\n");
        for (var i = Math.Max(0, prefix - Context); i < prefix; i++)
        {
            text.Append("  ").Append(Visible(left[i])).Append('\n');
        }

        AppendSide(text, '-', left, prefix, left.Length - suffix);
        AppendSide(text, '+', right, prefix, right.Length - suffix);
        for (var i = left.Length - suffix; i < Math.Min(left.Length, left.Length - suffix + Context); i++)
        {
            text.Append("  ").Append(Visible(left[i])).Append('\n');
        }

        return text.ToString();
    }

    private static void AppendSide(StringBuilder text, char marker, string[] lines, int from, int to)
    {
        for (var i = from; i < to && i < from + MaxLinesPerSide; i++)
        {
            text.Append(marker).Append(' ').Append(Visible(lines[i])).Append('\n');
        }

        if (to - from > MaxLinesPerSide)
        {
            text.Append(marker).Append(" ... ").Append(to - from - MaxLinesPerSide).Append(" more line(s)\n");
        }
    }

    /// <summary>A carriage return or tab would otherwise hide the difference.</summary>
    private static string Visible(string line) => line.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
}
