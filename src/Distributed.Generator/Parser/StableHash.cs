namespace ModularPipelines.Distributed.Generator.Parser;

/// <summary>
/// A 64-bit hash (xxHash64's round and avalanche) that is the same in every process and run, unlike
/// <c>string.GetHashCode</c>, so equal declarations give equal cache keys, also across drivers in tests.
/// </summary>
internal struct StableHash
{
    private const ulong Prime1 = 11400714785074694791;
    private const ulong Prime2 = 14029467366897019727;
    private const ulong Prime3 = 1609587929392839161;

    private ulong _value;

    public static StableHash Start => new() { _value = Prime3 };

    public readonly ulong Value
    {
        get
        {
            var value = _value;
            value ^= value >> 33;
            value *= Prime2;
            value ^= value >> 29;
            value *= Prime3;
            value ^= value >> 32;
            return value;
        }
    }

    public void Add(ulong value) => _value = RotateLeft(_value + (value * Prime2), 31) * Prime1;

    public void Add(int value) => Add(unchecked((ulong)value));

    /// <summary>Adds the length first, so that <c>"ab","c"</c> and <c>"a","bc"</c> differ; then four characters at a time.</summary>
    public void Add(string? text)
    {
        if (text is null)
        {
            Add(-1);
            return;
        }

        Add(text.Length);
        var i = 0;
        for (; i + 4 <= text.Length; i += 4)
        {
            Add(text[i] | ((ulong)text[i + 1] << 16) | ((ulong)text[i + 2] << 32) | ((ulong)text[i + 3] << 48));
        }

        ulong rest = 0;
        for (var shift = 0; i < text.Length; i++, shift += 16)
        {
            rest |= (ulong)text[i] << shift;
        }

        Add(rest);
    }

    private static ulong RotateLeft(ulong value, int count) => (value << count) | (value >> (64 - count));
}
