--[[
  Counts and makes visible a content that fits in one chunk, whose chunk the caller has just written with a plain SET
  on the same connection (so it is there when this runs). The counting is reserve-content.lua's, the record
  commit-content.lua's: build outputs are mostly small files, for which the chunked path's three round trips cost
  more than their bytes. The content does not pass through Lua: a script argument of tens of kilobytes cost Redis
  about 80 µs a call, a SET of it a few (docs/benchmarks.md). The caller read and checked the whole content (size and
  SHA-256) before writing it, so the chunk is whole by construction.

  KEYS[1] content counted (hash: 'total' -> bytes counted, then sha-256 -> size for each content counted)
  KEYS[2] the content's record (exists once every chunk is stored)
  KEYS[3] its one chunk key (not written for an empty content)

  ARGV[1] sha-256
  ARGV[2] size in bytes (at most the chunk size)
  ARGV[3] the run's limit in bytes
  ARGV[4] key ttl ms
  ARGV[5] chunk size in bytes

  Returns {'stored'} when the content was already complete (the chunk just written holds the same bytes);
  {'ok', total} when it is now stored; {'limit', total} when counting it would pass the limit (then nothing is
  counted and the chunk is deleted); {'lost'} when the chunk is not there (Redis evicted it, or its SET failed).
]]
if redis.call('EXISTS', KEYS[2]) == 1 then
  return {'stored'}
end

local size = tonumber(ARGV[2])
local total = tonumber(redis.call('HGET', KEYS[1], 'total') or '0')
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 0 then
  if total + size > tonumber(ARGV[3]) then
    redis.call('DEL', KEYS[3])
    return {'limit', total}
  end

  total = total + size
  redis.call('HSET', KEYS[1], ARGV[1], size, 'total', total)
  redis.call('PEXPIRE', KEYS[1], ARGV[4])
end

local chunks = 0
if size > 0 then
  if redis.call('EXISTS', KEYS[3]) == 0 then
    return {'lost'}
  end

  chunks = 1
end

redis.call('SET', KEYS[2], size .. ' ' .. ARGV[5] .. ' ' .. chunks, 'PX', ARGV[4])
return {'ok', total}
