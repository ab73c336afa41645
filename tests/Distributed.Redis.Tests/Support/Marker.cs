using System.Globalization;

namespace ModularPipelines.Distributed.Redis.Tests.Support;

/// <summary>
/// A marker file a module of the test pipeline wrote: "instance pid time [time]" with Unix-millisecond times
/// (started: its start; finished: start and end; cancelled: when its token fired).
/// </summary>
public sealed record Marker(int Instance, int Pid, IReadOnlyList<long> Times)
{
    public long StartMs => Times[0];

    public long EndMs => Times[^1];

    public static Marker? TryRead(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
        catch (DirectoryNotFoundException)
        {
            return null;
        }

        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new Marker(
            int.Parse(parts[0], CultureInfo.InvariantCulture),
            int.Parse(parts[1], CultureInfo.InvariantCulture),
            [.. parts.Skip(2).Select(p => long.Parse(p, CultureInfo.InvariantCulture))]);
    }
}
