using System.Globalization;
using StackExchange.Redis;

namespace ModularPipelines.Distributed;

/// <summary>
/// The artifact keys of one run, under the same <c>mpd:{runId}:</c> prefix (and cluster hash tag) as the coordinator's,
/// so one ACL rule on the prefix covers both and the scripts may touch several keys.
/// </summary>
internal sealed class RedisArtifactKeys(string runId)
{
    private readonly string _prefix = $"mpd:{{{runId}}}:";

    /// <summary>The bytes counted against the run's limit (see Lua/reserve-content.lua).</summary>
    public RedisKey Counted => _prefix + "artifact-bytes";

    /// <summary>A content's record (<c>size chunkBytes chunkCount</c>), present once every chunk is stored.</summary>
    public RedisKey Content(string sha256) => _prefix + "content:" + sha256;

    /// <summary>One chunk of a content, numbered from 0.</summary>
    public RedisKey Chunk(string sha256, long index) => _prefix + "chunk:" + sha256 + ":" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>A published manifest, as JSON; names compare ignoring case, so the key holds the name upper-cased.</summary>
    public RedisKey Manifest(string producerId, string name) => _prefix + "artifact:" + producerId + ":" + name.ToUpperInvariant();
}
