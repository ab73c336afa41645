--[[
  Ends the leases whose holder cannot finish them, so their nodes can be queued again with a new token:
  - 'expired': past its deadline (the holder stopped renewing: frozen, partitioned or dead);
  - 'gone': the holder's presence channel has had no subscriber for ARGV[3] ms and it has not beaten for as long. Every
    instance subscribes to a channel of its own for as long as its process lives; Redis drops the subscription the
    moment the process dies, long before its lease would expire. An instance whose subscription connection broke
    while it lives beats every few hundred ms until it is subscribed again, so it is never taken for gone.
  Fencing makes a wrong guess harmless: a result under a reclaimed token is rejected. Repeat-safe when it reclaimed
  any (includes/replay), so a lost reply does not lose the leases it took away.

  KEYS[1] leases
  KEYS[2] deadlines
  KEYS[3] this call's reply key
  KEYS[4] beats
  KEYS[5] absences       hash: instance -> when its presence channel was first seen without a subscriber (server ms)

  ARGV[1] key ttl ms
  ARGV[2] presence channel prefix (the instance index follows)
  ARGV[3] presence grace ms

  Returns node, lease value, cause triples.
]]
--- @include "now"
--- @include "replay"

local previous = answered(KEYS[3])
if previous then return previous end
local reclaimed = {}
local function reclaim(node, lease, cause)
  redis.call('HDEL', KEYS[1], node)
  redis.call('ZREM', KEYS[2], node)
  table.insert(reclaimed, node)
  table.insert(reclaimed, lease)
  table.insert(reclaimed, cause)
end

for _, node in ipairs(redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', now, 'LIMIT', 0, 100)) do
  local lease = redis.call('HGET', KEYS[1], node)
  if lease then
    reclaim(node, lease, 'expired')
  else
    redis.call('ZREM', KEYS[2], node)
  end
end

-- Leases by holder (bounded by the run's slots), then each holder's presence.
local held = {}
local all = redis.call('HGETALL', KEYS[1])
for i = 1, #all, 2 do
  local lease = all[i + 1]
  local first = string.find(lease, '\n', 1, true)
  local second = first and string.find(lease, '\n', first + 1, true)
  if second then
    local instance = string.sub(lease, first + 1, second - 1)
    held[instance] = held[instance] or {}
    table.insert(held[instance], all[i])
    table.insert(held[instance], lease)
  end
end
local grace = tonumber(ARGV[3])
for instance, leases in pairs(held) do
  local subscribers = redis.call('PUBSUB', 'NUMSUB', ARGV[2] .. instance)[2]
  if tonumber(subscribers) > 0 then
    redis.call('HDEL', KEYS[5], instance)
  else
    local since = redis.call('HGET', KEYS[5], instance)
    if not since then
      redis.call('HSET', KEYS[5], instance, now)
      redis.call('PEXPIRE', KEYS[5], ARGV[1])
    else
      local beat = redis.call('ZSCORE', KEYS[4], instance)
      if now - tonumber(since) >= grace and (not beat or now - tonumber(beat) >= grace) then
        for i = 1, #leases, 2 do reclaim(leases[i], leases[i + 1], 'gone') end
        redis.call('HDEL', KEYS[5], instance)
      end
    end
  end
end
-- Absences of instances that hold nothing any more would be stale by the time they hold something again.
for _, instance in ipairs(redis.call('HKEYS', KEYS[5])) do
  if not held[instance] then redis.call('HDEL', KEYS[5], instance) end
end

if #reclaimed > 0 then keep(KEYS[3], reclaimed, ARGV[1]) end
return reclaimed
