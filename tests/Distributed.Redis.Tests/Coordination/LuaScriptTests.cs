using System.Text.RegularExpressions;
using ModularPipelines.Distributed.Tests.Shared;

namespace ModularPipelines.Distributed.Redis.Tests.Coordination;

/// <summary>
/// The Lua scripts' headers are their contract with the typed wrappers: every KEYS and ARGV slot a script reads is
/// listed there, and every script loads with its includes.
/// </summary>
public sealed partial class LuaScriptTests
{
    private static readonly string LuaFolder = RepositoryRoot.Combine("src", "Distributed.Runtime", "Coordination", "Redis", "Lua");

    public static IEnumerable<string> Scripts() =>
        Directory.GetFiles(LuaFolder, "*.lua").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    [TestCaseSource(nameof(Scripts))]
    public void EveryKeyAndArgumentTheScriptReadsIsInItsHeader(string name)
    {
        var source = RedisScript.Load(name).Source;
        var header = HeaderComment().Match(source);
        Assert.That(header.Success, Is.True, $"{name}.lua has no --[[ ... ]] header");
        var documented = DocumentedSlots(header.Value);
        var body = source[(header.Index + header.Length)..];

        var undocumented = SlotUse().Matches(body)
            .Select(m => (Array: m.Groups["array"].Value, Index: int.Parse(m.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture)))
            .Where(slot => !documented.Any(d => d.Array == slot.Array && (d.Open ? slot.Index >= d.Index : slot.Index == d.Index)))
            .Select(slot => $"{slot.Array}[{slot.Index}]")
            .Distinct()
            .ToList();
        Assert.That(undocumented, Is.Empty, $"{name}.lua reads slots its header does not list");
    }

    [Test]
    public void NoScriptBuildsAKeyNameItself()
    {
        // Every key a script touches comes in KEYS (so it works on a cluster and reads as its header says): no script
        // concatenates a key prefix. Channels (ARGV) are not keys.
        var offenders = Scripts().Where(name => File.ReadAllText(Path.Combine(LuaFolder, name + ".lua")).Contains("mpd:", StringComparison.Ordinal)).ToList();
        Assert.That(offenders, Is.Empty);
    }

    private static List<(string Array, int Index, bool Open)> DocumentedSlots(string header) =>
        [.. DocumentedSlot().Matches(header).Select(m => (
            m.Groups["array"].Value,
            int.Parse(m.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture),
            m.Groups["open"].Success))];

    [GeneratedRegex(@"--\[\[.*?\]\]", RegexOptions.Singleline)]
    private static partial Regex HeaderComment();

    [GeneratedRegex(@"^\s*(?<array>KEYS|ARGV)\[(?<index>\d+)(?<open>\.\.)?\]", RegexOptions.Multiline)]
    private static partial Regex DocumentedSlot();

    [GeneratedRegex(@"(?<array>KEYS|ARGV)\[(?<index>\d+)\]")]
    private static partial Regex SlotUse();
}
