namespace ModularPipelines.Distributed;

/// <summary>
/// The Lua scripts behind every state change, so each is atomic and reads time from the server (<c>TIME</c>), never
/// from an instance's clock. Queue members are <c>nodeId\nattempt</c>; lease values are <c>token\ninstance\nattempt</c>.
/// </summary>
internal static class RedisScripts
{
    private const string Now = "local t = redis.call('TIME') local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)\n";

    /// <summary>
    /// A call sent again because its reply was lost with the connection must not act twice: queue a node a worker has
    /// already taken (so it runs twice), or claim leases nobody would run. Such a call keeps its reply under its own
    /// key (one per logical call, the same for every retry, expiring with the run); a repeat gets that reply back.
    /// </summary>
    private const string Replay = """
        local function answered(key)
          local reply = redis.call('GET', key)
          if reply then return cjson.decode(reply) end
          return nil
        end
        local function keep(key, reply, ttl)
          redis.call('SET', key, cjson.encode(reply), 'PX', ttl)
        end

        """;

    /// <summary>
    /// KEYS: manifest, instances, beats. ARGV: manifest json (or empty to only join), index, registration json, ttl ms,
    /// work channel. Opening publishes on the work channel, so workers that started first stop waiting at once.
    /// </summary>
    public const string OpenOrJoin = Now + """
        if ARGV[1] ~= '' then
          local current = redis.call('GET', KEYS[1])
          if current and current ~= ARGV[1] then return {'conflict', current} end
          redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[4])
          redis.call('PUBLISH', ARGV[5], 'opened')
        end
        redis.call('HSET', KEYS[2], ARGV[2], ARGV[3])
        redis.call('ZADD', KEYS[3], now, ARGV[2])
        redis.call('PEXPIRE', KEYS[2], ARGV[4])
        redis.call('PEXPIRE', KEYS[3], ARGV[4])
        local manifest = redis.call('GET', KEYS[1])
        if manifest then return {'ok', manifest} end
        return {'waiting'}
        """;

    /// <summary>
    /// KEYS: sequence, releases, call reply, then the queue of each item. ARGV: ttl ms, work channel, releases (JSON:
    /// node id → list of [queue key, member, priority, dependent id]), then member and priority of each item. FIFO
    /// within a priority via the sequence; one wake-up for the batch. Repeat-safe (see <see cref="Replay"/>).
    /// </summary>
    public const string Enqueue = Replay + """
        local previous = answered(KEYS[3])
        if previous then return previous[1] end
        local count = #KEYS - 3
        local sequence = redis.call('INCRBY', KEYS[1], count) - count
        for i = 1, count do
          local member, priority = ARGV[2 * i + 2], tonumber(ARGV[2 * i + 3])
          redis.call('ZADD', KEYS[i + 3], priority * 4294967296 + sequence + i, member)
          redis.call('PEXPIRE', KEYS[i + 3], ARGV[1])
        end
        if ARGV[3] ~= '{}' then
          for node, plan in pairs(cjson.decode(ARGV[3])) do
            redis.call('HSET', KEYS[2], node, cjson.encode(plan))
          end
          redis.call('PEXPIRE', KEYS[2], ARGV[1])
        end
        redis.call('PEXPIRE', KEYS[1], ARGV[1])
        if count > 0 then redis.call('PUBLISH', ARGV[2], 'queued') end
        keep(KEYS[3], {sequence}, ARGV[1])
        return sequence
        """;

    /// <summary>
    /// KEYS: leases, deadlines, tokens, stopping, outcome, beats, events, manifest, call reply, queue 1..n. ARGV:
    /// instance, lease ms, ttl ms, most leases to take, whether the manifest must exist (1/0), then the always-run flag
    /// of each queue. Returns the outcome (or empty), the master's silence in ms (or -1), then node, attempt, token of
    /// each lease (see <see cref="ClaimNodes"/>); or just <c>gone</c> when the manifest must exist and does not: the run's
    /// state was lost (a Redis restarted without persistence), and claiming what a master queues into that void would
    /// run modules twice. A claim that took leases is repeat-safe (see <see cref="Replay"/>); one that took none has
    /// nothing to repeat.
    /// </summary>
    public const string Claim = Now + ClaimNodes + Replay + """
        if ARGV[5] == '1' and redis.call('EXISTS', KEYS[8]) == 0 then return {'gone'} end
        local previous = answered(KEYS[9])
        if previous then return previous end
        local reply = {redis.call('GET', KEYS[5]) or ''}
        local beat = redis.call('ZSCORE', KEYS[6], '0')
        reply[2] = beat and tostring(now - tonumber(beat)) or '-1'
        local wanted = tonumber(ARGV[4])
        if reply[1] ~= '' then wanted = 0 end
        local taken = claim_nodes(reply, wanted, 10, 6, ARGV[1], ARGV[2], ARGV[3], KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[7])
        if taken > 0 then keep(KEYS[9], reply, ARGV[3]) end
        return reply
        """;

    /// <summary>
    /// KEYS: leases, deadlines, results, events, stopping, releases, sequence, outcome, tokens, manifest, replies, then
    /// the queues the completing instance serves. ARGV: node, token, result json, stops run (1/0), ttl ms, completion
    /// channel, succeeded (1/0), work channel, instance, lease ms, most leases to take next, whether the manifest must
    /// exist (1/0), then the always-run flag of each queue. Accepts the result only under the current token: exactly one
    /// result per attempt, late ones rejected. A success queues the dependents planned for it (unless the run is stopping
    /// or over) and the log entry names them. Then, in the same step, the completing instance claims its next nodes for
    /// the slot it frees, so a chain moves on in one round trip; others are woken only for released nodes it did not
    /// take. Returns 1 or 0 (accepted), then node, attempt, token of each lease taken; or -1 when the manifest must
    /// exist and does not (see <see cref="Claim"/>). The reply is kept under the node and token: a completion sent again
    /// because its reply was lost with the connection gets the same answer, rather than a false rejection and a second
    /// claim whose leases nobody would run.
    /// </summary>
    public const string Complete = Now + ClaimNodes + """
        if ARGV[12] == '1' and redis.call('EXISTS', KEYS[10]) == 0 then return {-1} end
        local answered = redis.call('HGET', KEYS[11], ARGV[1])
        if answered and string.sub(answered, 1, #ARGV[2] + 1) == ARGV[2] .. '\n' then
          return cjson.decode(string.sub(answered, #ARGV[2] + 2))
        end
        local reply = {0}
        local released = {}
        local current = redis.call('HGET', KEYS[1], ARGV[1])
        local separator = current and string.find(current, '\n', 1, true)
        if separator and string.sub(current, 1, separator - 1) == ARGV[2] then
          reply[1] = 1
          redis.call('HDEL', KEYS[1], ARGV[1])
          redis.call('ZREM', KEYS[2], ARGV[1])
          redis.call('HSET', KEYS[3], ARGV[1], ARGV[3])
          local plan = redis.call('HGET', KEYS[6], ARGV[1])
          if plan then
            redis.call('HDEL', KEYS[6], ARGV[1])
            if ARGV[7] == '1' and redis.call('EXISTS', KEYS[5]) == 0 and redis.call('EXISTS', KEYS[8]) == 0 then
              for _, entry in ipairs(cjson.decode(plan)) do
                local sequence = redis.call('INCR', KEYS[7])
                redis.call('ZADD', entry[1], tonumber(entry[3]) * 4294967296 + sequence, entry[2])
                redis.call('PEXPIRE', entry[1], ARGV[5])
                table.insert(released, entry[4])
              end
            end
          end
          redis.call('XADD', KEYS[4], '*', 'node', ARGV[1], 'result', ARGV[3], 'released', table.concat(released, '\n'))
          if ARGV[4] == '1' then redis.call('SET', KEYS[5], '1', 'PX', ARGV[5]) end
          redis.call('PEXPIRE', KEYS[3], ARGV[5])
          redis.call('PEXPIRE', KEYS[4], ARGV[5])
          redis.call('PUBLISH', ARGV[6], 'completed')
        end
        local wanted = tonumber(ARGV[11])
        if redis.call('EXISTS', KEYS[8]) == 1 then wanted = 0 end
        local taken = claim_nodes(reply, wanted, 12, 13, ARGV[9], ARGV[10], ARGV[5], KEYS[1], KEYS[2], KEYS[9], KEYS[5], KEYS[4])
        -- Others are woken for every released node the completer did not take itself (it may have taken a better one).
        local unclaimed = #released
        for _, node in ipairs(released) do
          for i = 2, #reply, 3 do
            if reply[i] == node then unclaimed = unclaimed - 1 break end
          end
        end
        if unclaimed > 0 then redis.call('PUBLISH', ARGV[8], 'queued') end
        redis.call('HSET', KEYS[11], ARGV[1], ARGV[2] .. '\n' .. cjson.encode(reply))
        redis.call('PEXPIRE', KEYS[11], ARGV[5])
        return reply
        """;

    /// <summary>
    /// The claim itself, shared by <see cref="Claim"/> and <see cref="Complete"/>: looks only at queue heads
    /// (O(queues · log n) a lease), pops the best up to the count (only always-run queues once stopping), stamps each
    /// with a new fencing token and a deadline on the server's clock, records its start in the event log (no wake-up:
    /// starts are for progress) and appends node, attempt, token to the reply. Queue keys start at KEYS[firstQueue],
    /// their always-run flags at ARGV[firstFlag]. Returns how many it took.
    /// </summary>
    private const string ClaimNodes = """
        local function claim_nodes(reply, wanted, firstQueue, firstFlag, instance, leaseMs, ttl, leases, deadlines, tokens, stopping, events)
          local stopped = redis.call('EXISTS', stopping) == 1
          local taken = 0
          while taken < wanted do
            local bestKey, bestScore = nil, nil
            for i = firstQueue, #KEYS do
              if (not stopped) or ARGV[firstFlag + i - firstQueue] == '1' then
                local head = redis.call('ZRANGE', KEYS[i], 0, 0, 'WITHSCORES')
                if head[1] and (bestScore == nil or tonumber(head[2]) < bestScore) then
                  bestKey = KEYS[i]
                  bestScore = tonumber(head[2])
                end
              end
            end
            if not bestKey then break end
            local member = redis.call('ZPOPMIN', bestKey)[1]
            local separator = string.find(member, '\n', 1, true)
            local node, attempt = member, '1'
            if separator then
              node = string.sub(member, 1, separator - 1)
              attempt = string.sub(member, separator + 1)
            end
            local token = redis.call('INCR', tokens)
            redis.call('HSET', leases, node, token .. '\n' .. instance .. '\n' .. attempt)
            redis.call('ZADD', deadlines, now + tonumber(leaseMs), node)
            redis.call('XADD', events, '*', 'node', node, 'started', instance .. '\n' .. attempt .. '\n' .. token)
            table.insert(reply, node)
            table.insert(reply, attempt)
            table.insert(reply, tostring(token))
            taken = taken + 1
          end
          if taken > 0 then
            redis.call('PEXPIRE', leases, ttl)
            redis.call('PEXPIRE', deadlines, ttl)
            redis.call('PEXPIRE', tokens, ttl)
            redis.call('PEXPIRE', events, ttl)
          end
          return taken
        end

        """;

    /// <summary>KEYS: results, stopping, releases. ARGV: node, result json, stops run (1/0), ttl ms. A recorded result releases nothing.</summary>
    public const string Record = """
        redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
        redis.call('HDEL', KEYS[3], ARGV[1])
        redis.call('PEXPIRE', KEYS[1], ARGV[4])
        if ARGV[3] == '1' then redis.call('SET', KEYS[2], '1', 'PX', ARGV[4]) end
        return 1
        """;

    /// <summary>
    /// KEYS: beats, leases, deadlines, manifest. ARGV: instance, lease ms, ttl ms, whether the manifest must exist (1/0),
    /// then node/token pairs held. Returns lost pairs, or just <c>gone</c> (see <see cref="Claim"/>): leases missing
    /// from a Redis that lost the run are not lost to another instance, and the modules are not to be stopped as such.
    /// </summary>
    public const string Heartbeat = Now + """
        if ARGV[4] == '1' and redis.call('EXISTS', KEYS[4]) == 0 then return {'gone'} end
        redis.call('ZADD', KEYS[1], now, ARGV[1])
        redis.call('PEXPIRE', KEYS[1], ARGV[3])
        local lost = {}
        for i = 5, #ARGV, 2 do
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

    /// <summary>
    /// KEYS: leases, deadlines, call reply. ARGV: ttl ms. Returns node, lease value pairs for every lease past its
    /// deadline, removing them; repeat-safe when it removed any (see <see cref="Replay"/>), so a lost reply does not
    /// lose the leases it took away.
    /// </summary>
    public const string Reclaim = Now + Replay + """
        local previous = answered(KEYS[3])
        if previous then return previous end
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
        if #reclaimed > 0 then keep(KEYS[3], reclaimed, ARGV[1]) end
        return reclaimed
        """;

    /// <summary>KEYS: beats, instances. ARGV: timeout ms. Registrations of instances that beat within the timeout.</summary>
    public const string LiveInstances = Now + """
        local live = redis.call('ZRANGEBYSCORE', KEYS[1], now - tonumber(ARGV[1]), '+inf')
        if #live == 0 then return {} end
        return redis.call('HMGET', KEYS[2], unpack(live))
        """;

    /// <summary>KEYS: outcome. ARGV: outcome, ttl ms, work channel. The first outcome wins; every instance is woken to see it.</summary>
    public const string End = """
        redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2])
        redis.call('PUBLISH', ARGV[3], 'ended')
        return 1
        """;
}
