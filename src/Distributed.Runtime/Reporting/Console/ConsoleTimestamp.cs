namespace ModularPipelines.Distributed;

/// <summary>
/// The time of day that starts each console line, <c>HH:mm:ss.fff</c> in local time, written digit by digit: it is
/// taken for every line, and a custom <see cref="DateTime"/> format string parses its pattern every time.
/// </summary>
internal static class ConsoleTimestamp
{
    /// <summary>The characters a timestamp takes.</summary>
    public const int Length = 12;

    /// <summary>Writes <paramref name="time"/>'s time of day into the first <see cref="Length"/> characters.</summary>
    public static void Write(Span<char> chars, DateTime time)
    {
        TwoDigits(chars, 0, time.Hour);
        chars[2] = ':';
        TwoDigits(chars, 3, time.Minute);
        chars[5] = ':';
        TwoDigits(chars, 6, time.Second);
        chars[8] = '.';
        var millisecond = time.Millisecond;
        chars[9] = (char)('0' + (millisecond / 100));
        TwoDigits(chars, 10, millisecond % 100);
    }

    private static void TwoDigits(Span<char> chars, int at, int value)
    {
        chars[at] = (char)('0' + (value / 10));
        chars[at + 1] = (char)('0' + (value % 10));
    }
}
