using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace ModularPipelines.Distributed.Generator.Emitter;

/// <summary>C# literals for generated code, culture-invariant.</summary>
internal static class CSharpLiterals
{
    public static string String(string value)
    {
        // Ids and names rarely need escapes; the graph writes thousands of them.
        if (!NeedsEscape(value))
        {
            return "\"" + value + "\"";
        }

        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\0' => "\\0",
                _ when char.IsControl(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return text.Append('"').ToString();
    }

    private static bool NeedsEscape(string value)
    {
        foreach (var c in value)
        {
            if (c is '"' or '\\' || char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }

    public static string StringArray(IEnumerable<string> values)
    {
        var items = values.Select(String).ToList();
        return items.Count == 0 ? "global::System.Array.Empty<string>()" : "new string[] { " + string.Join(", ", items) + " }";
    }

    public static string Double(double value) => value.ToString("R", CultureInfo.InvariantCulture) + "d";

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The name as an identifier: a keyword (a member called <c>class</c>) gets its <c>@</c>.</summary>
    public static string Identifier(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
}
