namespace ModularPipelines.Distributed;

/// <summary>
/// The Lua scripts behind every state change, so each is atomic and reads time from the server (<c>TIME</c>), never
/// from an instance's clock. Queue members are <c>nodeId\nattempt</c>; lease values are <c>token\ninstance\nattempt</c>.
/// </summary>
internal static class RedisScripts
{
    private const string Now = "local t = redis.call('TIME') local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)\n";

    /// <summary>KEYS: manifest, instances, beats. ARGV: manifest json (or empty to only join), index, registration json, ttl ms.</summary>
    public const string OpenOrJoin = Now + """
        if ARGV[1] ~= '' then
          local current = redis.call('GET', KEYS[1])
          if current and current ~= ARGV[1] then return {'conflict', current} end
          redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[4])
        end
        redis.call('HSET', KEYS[2], ARGV[2], ARGV[3])
        redis.call('ZADD', KEYS[3], now, ARGV[2])
        redis.call('PEXPIRE', KEYS[2], ARGV[4])
        redis.call('PEXPIRE', KEYS[3], ARGV[4])
        local manifest = redis.call('GET', KEYS[1])
        if manifest then return {'ok', manifest} end
        return {'waiting'}
        """;

    /// <summary>KEYS: queue, sequence. ARGV: member, priority, ttl ms, channel. FIFO within a priority via the sequence.</summary>
    public const string Enqueue = """
        local sequence = redis.call('INCR', KEYS[2])
        redis.call('ZADD', KEYS[1], tonumber(ARGV[2]) * 4294967296 + sequence, ARGV[1])
        redis.call('PEXPIRE', KEYS[1], ARGV[3])
        redis.call('PEXPIRE', KEYS[2], ARGV[3])
        redis.call('PUBLISH', ARGV[4], 'queued')
        return sequence
        """;

    /// <summary>
    /// KEYS: leases, deadlines, tokens, stopping, queue 1..n. ARGV: instance, lease ms, ttl ms, always-run flag per queue.
    /// Looks only at each queue's head (O(queues · log n)), pops the best, and stamps a new fencing token and deadline.
    /// </summary>
    public const string Claim = Now + """
        local stopping = redis.call('EXISTS', KEYS[4]) == 1
        local bestKey, bestScore = nil, nil
        for i = 5, #KEYS do
          if (not stopping) or ARGV[i - 1] == '1' then
            local head = redis.call('ZRANGE', KEYS[i], 0, 0, 'WITHSCORES')
            if head[1] and (bestScore == nil or tonumber(head[2]) < bestScore) then
              bestKey = KEYS[i]
              bestScore = tonumber(head[2])
            end
          end
        end
        if not bestKey then return false end
        local member = redis.call('ZPOPMIN', bestKey)[1]
        local separator = string.find(member, '\n', 1, true)
        local node, attempt = member, '1'
        if separator then
          node = string.sub(member, 1, separator - 1)
          attempt = string.sub(member, separator + 1)
        end
        local token = redis.call('INCR', KEYS[3])
        redis.call('HSET', KEYS[1], node, token .. '\n' .. ARGV[1] .. '\n' .. attempt)
        redis.call('ZADD', KEYS[2], now + tonumber(ARGV[2]), node)
        redis.call('PEXPIRE', KEYS[1], ARGV[3])
        redis.call('PEXPIRE', KEYS[2], ARGV[3])
        redis.call('PEXPIRE', KEYS[3], ARGV[3])
        return {node, attempt, tostring(token)}
        """;

    /// <summary>
    /// KEYS: leases, deadlines, results, completions, stopping. ARGV: node, token, result json, stops run (1/0), ttl ms, channel.
    /// Accepts the result only under the current token: exactly one result per attempt, late ones rejected.
    /// </summary>
    public const string Complete = """
        local current = redis.call('HGET', KEYS[1], ARGV[1])
        if not current then return 0 end
        local separator = string.find(current, '\n', 1, true)
        if string.sub(current, 1, separator - 1) ~= ARGV[2] then return 0 end
        redis.call('HDEL', KEYS[1], ARGV[1])
        redis.call('ZREM', KEYS[2], ARGV[1])
        redis.call('HSET', KEYS[3], ARGV[1], ARGV[3])
        redis.call('XADD', KEYS[4], '*', 'node', ARGV[1], 'result', ARGV[3])
        if ARGV[4] == '1' then redis.call('SET', KEYS[5], '1', 'PX', ARGV[5]) end
        redis.call('PEXPIRE', KEYS[3], ARGV[5])
        redis.call('PEXPIRE', KEYS[4], ARGV[5])
        redis.call('PUBLISH', ARGV[6], 'completed')
        return 1
        """;

    /// <summary>KEYS: results, stopping. ARGV: node, result json, stops run (1/0), ttl ms.</summary>
    public const string Record = """
        redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
        redis.call('PEXPIRE', KEYS[1], ARGV[4])
        if ARGV[3] == '1' then redis.call('SET', KEYS[2], '1', 'PX', ARGV[4]) end
        return 1
        """;

    /// <summary>KEYS: beats, leases, deadlines. ARGV: instance, lease ms, ttl ms, then node/token pairs held. Returns lost pairs.</summary>
    public const string Heartbeat = Now + """
        redis.call('ZADD', KEYS[1], now, ARGV[1])
        redis.call('PEXPIRE', KEYS[1], ARGV[3])
        local lost = {}
        for i = 4, #ARGV, 2 do
          local current = redis.call('HGET', KEYS[2], ARGV[i])
          local separator = current and string.find(current, '\n', 1, true)
          if separator and string.sub(current, 1, separator - 1) == ARGV[i + 1] then
            redis.call('ZADD', KEYS[3], now + tonumber(ARGV[2]), ARGV[i])
          else
            table.insert(lost, ARGV[i])
            table.insert(lost, ARGV[i + 1])
          end
        end
        return lost
        """;

    /// <summary>KEYS: leases, deadlines. Returns node, lease value pairs for every lease past its deadline, removing them.</summary>
    public const string Reclaim = Now + """
        local expired = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', now, 'LIMIT', 0, 100)
        local reclaimed = {}
        for _, node in ipairs(expired) do
          local lease = redis.call('HGET', KEYS[1], node)
          redis.call('HDEL', KEYS[1], node)
          redis.call('ZREM', KEYS[2], node)
          if lease then
            table.insert(reclaimed, node)
            table.insert(reclaimed, lease)
          end
        end
        return reclaimed
        """;

    /// <summary>KEYS: beats, instances. ARGV: timeout ms. Registrations of instances that beat within the timeout.</summary>
    public const string LiveInstances = Now + """
        local live = redis.call('ZRANGEBYSCORE', KEYS[1], now - tonumber(ARGV[1]), '+inf')
        if #live == 0 then return {} end
        return redis.call('HMGET', KEYS[2], unpack(live))
        """;

    /// <summary>KEYS: outcome, beats. Returns the outcome (or empty) and the master's silence in ms (or -1).</summary>
    public const string Status = Now + """
        local outcome = redis.call('GET', KEYS[1]) or ''
        local beat = redis.call('ZSCORE', KEYS[2], '0')
        if not beat then return {outcome, '-1'} end
        return {outcome, tostring(now - tonumber(beat))}
        """;

    /// <summary>KEYS: outcome. ARGV: outcome, ttl ms, channel. The first outcome wins.</summary>
    public const string End = """
        redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2])
        redis.call('PUBLISH', ARGV[3], 'ended')
        return 1
        """;
}
