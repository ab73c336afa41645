using System.Globalization;
using System.Text;

namespace ModularPipelines.Distributed;

/// <summary>Run ids and node ids as single file or object names, whatever characters they hold.</summary>
internal static class StoreNames
{
    /// <summary>
    /// Keeps letters, digits, <c>-</c>, <c>_</c>, <c>[</c>, <c>]</c> and inner dots; percent-encodes the rest (and a leading
    /// dot), so that no id can name a parent folder, a hidden file or a separator.
    /// </summary>
    public static string Escape(string id)
    {
        var escaped = new StringBuilder(id.Length);
        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '[' or ']' || (c == '.' && i > 0))
            {
                escaped.Append(c);
            }
            else
            {
                foreach (var b in Encoding.UTF8.GetBytes(c.ToString()))
                {
                    escaped.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
                }
            }
        }

        return escaped.ToString();
    }
}
