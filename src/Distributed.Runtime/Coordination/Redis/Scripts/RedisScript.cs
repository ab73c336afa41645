using System.Text;
using System.Text.RegularExpressions;
using StackExchange.Redis;

namespace ModularPipelines.Distributed;

/// <summary>
/// One Lua script of <c>Coordination/Redis/Lua</c>, read once from the assembly's resources with its
/// <c>--- @include "name"</c> lines replaced by <c>Lua/includes/name.lua</c>. Each script's header lists its KEYS, ARGV
/// and reply; the typed wrapper beside it (one per script) is the only code that builds those or reads that.
/// </summary>
internal sealed partial class RedisScript
{
    private const string ResourcePrefix = "ModularPipelines.Distributed.Lua.";

    private RedisScript(string name, string source)
    {
        Name = name;
        Source = source;
    }

    /// <summary>The file name without <c>.lua</c>.</summary>
    public string Name { get; }

    /// <summary>The script with its includes in place.</summary>
    public string Source { get; }

    /// <exception cref="InvalidOperationException">The script or one of its includes is not among the resources.</exception>
    public static RedisScript Load(string name)
    {
        var source = IncludeLine().Replace(Read(name + ".lua"), include => Read("includes." + include.Groups["name"].Value + ".lua"));
        return new RedisScript(name, source);
    }

    /// <summary>
    /// Runs the script. StackExchange.Redis sends it by its SHA-1 once the server knows it, so only the first call of a
    /// connection carries the text.
    /// </summary>
    public Task<RedisResult> EvaluateAsync(IDatabase database, RedisKey[] keys, RedisValue[] arguments, CommandFlags flags = CommandFlags.None) =>
        database.ScriptEvaluateAsync(Source, keys, arguments, flags);

    private static string Read(string resource)
    {
        using var stream = typeof(RedisScript).Assembly.GetManifestResourceStream(ResourcePrefix + resource)
            ?? throw new InvalidOperationException($"the Lua script resource '{ResourcePrefix + resource}' is missing from the runtime assembly");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    [GeneratedRegex("""^--- @include "(?<name>[a-z-]+)"$""", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex IncludeLine();
}
