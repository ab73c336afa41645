namespace ModularPipelines.Distributed.Generator.Parser;

/// <summary>
/// A 64-bit FNV-1a hash that is the same in every process and run (<c>string.GetHashCode</c> is randomized per process),
/// so equal declarations give equal cache keys and the keys can be compared across drivers in tests.
/// </summary>
internal struct StableHash
{
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    private ulong _value;

    public static StableHash Start => new() { _value = OffsetBasis };

    /// <summary>The hash so far, with a final mix so that values differing only in their last input spread out.</summary>
    public readonly ulong Value
    {
        get
        {
            var value = _value;
            value ^= value >> 33;
            value *= 0xff51afd7ed558ccd;
            value ^= value >> 33;
            value *= 0xc4ceb9fe1a85ec53;
            value ^= value >> 33;
            return value;
        }
    }

    public void Add(ulong value)
    {
        for (var i = 0; i < 8; i++)
        {
            _value = (_value ^ (value & 0xff)) * Prime;
            value >>= 8;
        }
    }

    public void Add(int value) => Add(unchecked((ulong)value));

    /// <summary>Adds the length first, so that <c>"ab","c"</c> and <c>"a","bc"</c> differ.</summary>
    public void Add(string? text)
    {
        if (text is null)
        {
            Add(-1);
            return;
        }

        Add(text.Length);
        foreach (var c in text)
        {
            _value = (_value ^ c) * Prime;
        }
    }
}
