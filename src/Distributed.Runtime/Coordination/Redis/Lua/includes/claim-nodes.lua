-- The claim itself, shared by claim.lua and complete.lua. Looks only at queue heads (O(queues * log n) a lease), pops
-- the best up to `wanted` (only always-run queues once the run is stopping), stamps each with a new fencing token and
-- a deadline on the server's clock, records its start in the event log (no wake-up: starts are for progress) and
-- appends node, attempt, token to `reply`. `queues` are queue keys, `always` their always-run flags ('1'/'0').
-- Needs `now` (includes/now.lua). Returns how many it took.
local function claim_nodes(reply, wanted, queues, always, instance, leaseMs, ttl, leases, deadlines, tokens, stopping, events)
  local stopped = redis.call('EXISTS', stopping) == 1
  local taken = 0
  while taken < wanted do
    local bestKey, bestScore = nil, nil
    for i, queue in ipairs(queues) do
      if (not stopped) or always[i] == '1' then
        local head = redis.call('ZRANGE', queue, 0, 0, 'WITHSCORES')
        if head[1] and (bestScore == nil or tonumber(head[2]) < bestScore) then
          bestKey = queue
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
