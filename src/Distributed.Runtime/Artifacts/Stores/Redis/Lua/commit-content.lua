--[[
  Makes stored content visible, once every one of its chunks is present with its full length: a chunk lost before
  this point (expired, evicted, never written) keeps the content invisible rather than visible and cut.

  KEYS[1] the content's record
  KEYS[2..] its chunk keys, in order

  ARGV[1] size in bytes
  ARGV[2] chunk size in bytes (every chunk but the last is this long)
  ARGV[3] key ttl ms

  Returns {'ok'}, or {'missing', index} naming the first chunk (from 0) that is absent or short.
]]
local size = tonumber(ARGV[1])
local chunk = tonumber(ARGV[2])
for i = 2, #KEYS do
  local expected = math.min(chunk, size - (i - 2) * chunk)
  if redis.call('STRLEN', KEYS[i]) ~= expected then
    return {'missing', i - 2}
  end
  redis.call('PEXPIRE', KEYS[i], ARGV[3])
end

redis.call('SET', KEYS[1], size .. ' ' .. chunk .. ' ' .. (#KEYS - 1), 'PX', ARGV[3])
return {'ok'}
