using System.Text.Json.Serialization;

namespace ModularPipelines.Distributed.Json.Tests.Shapes;

/// <summary>A struct deserialized through its [JsonConstructor].</summary>
public readonly struct RangeSpec : IEquatable<RangeSpec>
{
    [JsonConstructor]
    public RangeSpec(int start, int end)
    {
        Start = start;
        End = end;
    }

    public int Start { get; }

    public int End { get; }

    public int Length => End - Start;

    public bool Equals(RangeSpec other) => Start == other.Start && End == other.End;

    public override bool Equals(object? obj) => obj is RangeSpec other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Start, End);

    public static bool operator ==(RangeSpec left, RangeSpec right) => left.Equals(right);

    public static bool operator !=(RangeSpec left, RangeSpec right) => !left.Equals(right);
}
