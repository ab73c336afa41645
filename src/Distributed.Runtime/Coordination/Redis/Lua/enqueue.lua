--[[
  Queues ready nodes, FIFO within a priority (the sequence breaks ties), with one wake-up for the whole batch, and
  records the dependents to queue as soon as one of them succeeds (see complete.lua). Repeat-safe (includes/replay).

  KEYS[1]    sequence
  KEYS[2]    releases     hash: node -> json [[queue name, member, priority, dependent id], ...]
  KEYS[3]    this call's reply key
  KEYS[4..]  the queue of each item, in order

  ARGV[1]    key ttl ms
  ARGV[2]    work channel
  ARGV[3]    releases json: node -> [[queue name, member, priority, dependent id], ...], or '{}'
  ARGV[4..]  member (node '\n' attempt) and priority of each item, in pairs

  Returns the sequence number the batch started after.
]]
--- @include "replay"

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
