--[[
  Stores a content that fits in one chunk in one round trip: counts it against the run's artifact byte limit as
  reserve-content.lua does, writes its one chunk and makes it visible as commit-content.lua does. The caller has read
  and checked the whole content (size and SHA-256) before sending it, so the chunk is whole by construction. Build
  outputs are mostly small files, for which the three round trips of the chunked path cost more than their bytes.

  KEYS[1] content counted (hash: 'total' -> bytes counted, then sha-256 -> size for each content counted)
  KEYS[2] the content's record (exists once every chunk is stored)
  KEYS[3] its one chunk key (unused for an empty content)

  ARGV[1] sha-256
  ARGV[2] size in bytes (at most the chunk size)
  ARGV[3] the run's limit in bytes
  ARGV[4] key ttl ms
  ARGV[5] chunk size in bytes
  ARGV[6] the content

  Returns {'stored'} when the content was already complete (nothing written); {'ok', total} when it is now stored;
  {'limit', total} when counting it would pass the limit (then nothing is counted or written).
]]
if redis.call('EXISTS', KEYS[2]) == 1 then
  return {'stored'}
end

local size = tonumber(ARGV[2])
local total = tonumber(redis.call('HGET', KEYS[1], 'total') or '0')
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 0 then
  if total + size > tonumber(ARGV[3]) then
    return {'limit', total}
  end

  total = total + size
  redis.call('HSET', KEYS[1], ARGV[1], size, 'total', total)
  redis.call('PEXPIRE', KEYS[1], ARGV[4])
end

local chunks = 0
if size > 0 then
  redis.call('SET', KEYS[3], ARGV[6], 'PX', ARGV[4])
  chunks = 1
end

redis.call('SET', KEYS[2], size .. ' ' .. ARGV[5] .. ' ' .. chunks, 'PX', ARGV[4])
return {'ok', total}
