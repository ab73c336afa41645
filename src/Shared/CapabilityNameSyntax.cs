namespace ModularPipelines.Distributed;

/// <summary>
/// The one rule for capability names, and so for matrix targets, which become capabilities: not blank, and only
/// ASCII letters, digits and <c>. _ : -</c>. The runtime (its command line and options) and the analyzers (MPD0004,
/// MPD0020) both compile this file, so a name the build accepts is one the runtime accepts, and the other way round.
/// </summary>
/// <remarks>
/// Written for netstandard2.0 and net10.0 alike (the analyzers are compiled for the former), and in the runtime's one
/// namespace, so that compiling it adds no namespace to the runtime assembly.
/// </remarks>
internal static class CapabilityNameSyntax
{
    /// <summary>Whether <paramref name="name"/> may name a capability.</summary>
    public static bool IsValid(string? name)
    {
        if (name is null || string.IsNullOrWhiteSpace(name))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!IsAllowed(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The capabilities every instance advertises for its OS unless told not to (<c>AutoDetectOsCapability</c>).</summary>
    public static readonly string[] OperatingSystems = ["linux", "windows", "macos"];

    /// <summary>Whether <paramref name="name"/> is one of <see cref="OperatingSystems"/> (ignoring case, as capabilities compare).</summary>
    public static bool IsOperatingSystem(string? name)
    {
        foreach (var os in OperatingSystems)
        {
            if (string.Equals(os, name, System.StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // Spelled out rather than char.IsLetterOrDigit: that accepts non-ASCII letters and digits, which the rule does not.
    private static bool IsAllowed(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '.' or '_' or ':' or '-';
}
