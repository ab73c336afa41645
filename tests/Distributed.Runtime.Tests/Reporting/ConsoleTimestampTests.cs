namespace ModularPipelines.Distributed.Runtime.Tests.Reporting;

/// <summary>The time of day starting each console line, written without a format string.</summary>
public sealed class ConsoleTimestampTests
{
    [TestCase(9, 5, 3, 7, "09:05:03.007")]
    [TestCase(0, 0, 0, 0, "00:00:00.000")]
    [TestCase(23, 59, 59, 999, "23:59:59.999")]
    [TestCase(12, 30, 45, 250, "12:30:45.250")]
    public void TimeOfDayIsWrittenAsTheFormatStringWouldWriteIt(int hour, int minute, int second, int millisecond, string expected)
    {
        var time = new DateTime(2026, 12, 3, hour, minute, second, millisecond, DateTimeKind.Local);
        Span<char> chars = stackalloc char[ConsoleTimestamp.Length];

        ConsoleTimestamp.Write(chars, time);

        Assert.That(chars.ToString(), Is.EqualTo(expected).And.EqualTo(time.ToString("HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture)));
    }
}
