--[[
  Records that an instance is alive and extends the leases it still holds.

  KEYS[1] beats
  KEYS[2] leases
  KEYS[3] deadlines
  KEYS[4] manifest

  ARGV[1]    instance index
  ARGV[2]    lease ms
  ARGV[3]    key ttl ms
  ARGV[4]    '1' when the manifest must exist (see claim.lua)
  ARGV[5..]  node, token pairs the instance holds

  Returns the node, token pairs that are no longer the instance's (their modules must stop); or {'gone'} when the
  manifest must exist and does not: leases missing from a Redis that lost the run are not lost to another instance.
]]
--- @include "now"

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
