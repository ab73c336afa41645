using System.Globalization;
using System.Text.Json.Serialization;

namespace ModularPipelines.Distributed.Json.Tests.Shapes;

/// <summary>Several public constructors: [JsonConstructor] picks one; parameter names bind case-insensitively.</summary>
public sealed class VersionStamp
{
    public VersionStamp(string text)
    {
        var parts = text.Split('.');
        Major = int.Parse(parts[0], CultureInfo.InvariantCulture);
        Minor = int.Parse(parts[1], CultureInfo.InvariantCulture);
    }

    [JsonConstructor]
    public VersionStamp(int major, int minor)
    {
        Major = major;
        Minor = minor;
    }

    public int Major { get; }

    public int Minor { get; }

    public string? Label { get; set; }
}
