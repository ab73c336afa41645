--[[
  The master opens the run (publishes its manifest) and any instance joins it (registers and beats).

  KEYS[1] manifest
  KEYS[2] instances      hash: index -> registration json
  KEYS[3] beats          sorted set: index -> last beat (server ms)

  ARGV[1] manifest json, or '' to only join
  ARGV[2] instance index
  ARGV[3] registration json, or '' (the master's open registers nothing)
  ARGV[4] key ttl ms
  ARGV[5] work channel: opening publishes on it, so workers that started first stop waiting at once

  Returns {'ok', manifest}, {'waiting'} when nobody opened the run yet, or {'conflict', manifest} when the run id is
  taken by another manifest.
]]
--- @include "now"

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
