--[[
  Counts a file's content against the run's artifact byte limit before its chunks are stored. Content is counted
  once: a second upload of the same SHA-256 (running, finished or failed) is not counted again, and the bytes of a
  failed upload stay counted, since its chunks stay in Redis until the run's keys expire.

  KEYS[1] content counted (hash: 'total' -> bytes counted, then sha-256 -> size for each content counted)
  KEYS[2] the content's record (exists once every chunk is stored)

  ARGV[1] sha-256
  ARGV[2] size in bytes
  ARGV[3] the run's limit in bytes
  ARGV[4] key ttl ms

  Returns {'stored'} when the content is already complete; {'counted', total} when it is counted (now or before);
  {'limit', total} when counting it would pass the limit (then nothing is counted).
]]
if redis.call('EXISTS', KEYS[2]) == 1 then
  return {'stored'}
end

local total = tonumber(redis.call('HGET', KEYS[1], 'total') or '0')
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 1 then
  return {'counted', total}
end

local size = tonumber(ARGV[2])
if total + size > tonumber(ARGV[3]) then
  return {'limit', total}
end

redis.call('HSET', KEYS[1], ARGV[1], size, 'total', total + size)
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return {'counted', total + size}
