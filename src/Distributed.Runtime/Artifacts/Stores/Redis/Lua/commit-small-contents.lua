--[[
  Counts and makes visible a batch of contents of one chunk at most each, whose chunks the caller has just written with
  plain SETs on the same connection (so they are there when this runs). The counting is reserve-content.lua's, the
  record commit-content.lua's: build outputs are mostly small files, for which a round trip each would cost more than
  their bytes, so a batch of them takes one. The contents do not pass through Lua: a script argument of tens of
  kilobytes cost Redis about 80 µs a call, a SET of it a few (docs/benchmarks.md). The caller read each content once
  and hashed what it sent, so a chunk that is there is whole by construction.

  KEYS[1]           content counted (hash: 'total' -> bytes counted, then sha-256 -> size for each content counted)
  KEYS[2n]          the n-th content's record (exists once its chunk is stored)
  KEYS[2n+1]        its one chunk key (not written for an empty content)

  ARGV[1]           the run's limit in bytes
  ARGV[2]           key ttl ms
  ARGV[3]           chunk size in bytes
  ARGV[2n+2]        the n-th content's sha-256
  ARGV[2n+3]        its size in bytes (at most the chunk size)

  Returns {total, status, status, ...}, the run's bytes counted and one status per content in order: 'stored' when it
  was already complete (its chunk just written holds the same bytes), 'ok' when it is now stored, 'lost' when its chunk
  is not there (Redis evicted it, or its SET failed). At the first content that counting would take past the limit the
  list ends with 'limit': it and the contents after it are not counted, and their chunks are deleted unless their
  content is complete.
]]
local counted = KEYS[1]
local limit = tonumber(ARGV[1])
local total = tonumber(redis.call('HGET', counted, 'total') or '0')
local count = (#KEYS - 1) / 2
local reply = {0}
local changed = false

for n = 1, count do
  local record, chunk = KEYS[2 * n], KEYS[2 * n + 1]
  local sha, size = ARGV[2 * n + 2], tonumber(ARGV[2 * n + 3])
  if redis.call('EXISTS', record) == 1 then
    reply[#reply + 1] = 'stored'
  else
    if redis.call('HEXISTS', counted, sha) == 0 then
      if total + size > limit then
        for later = n, count do
          if redis.call('EXISTS', KEYS[2 * later]) == 0 then
            redis.call('DEL', KEYS[2 * later + 1])
          end
        end

        reply[#reply + 1] = 'limit'
        break
      end

      total = total + size
      redis.call('HSET', counted, sha, size, 'total', total)
      changed = true
    end

    if size > 0 and redis.call('EXISTS', chunk) == 0 then
      reply[#reply + 1] = 'lost'
    else
      redis.call('SET', record, size .. ' ' .. ARGV[3] .. ' ' .. (size > 0 and 1 or 0), 'PX', ARGV[2])
      reply[#reply + 1] = 'ok'
    end
  end
end

if changed then
  redis.call('PEXPIRE', counted, ARGV[2])
end

reply[1] = total
return reply
