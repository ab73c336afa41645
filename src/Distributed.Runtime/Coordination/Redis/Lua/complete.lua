--[[
  Stores a node's result if the completing lease is still current (exactly one result per attempt; late ones are
  rejected) and tells the master. A success queues the dependents planned for it (enqueue.lua), unless the run is
  stopping or over, and the log entry names them. Then, in the same step, the completing instance claims its next
  nodes for the slot it frees, so a chain moves on in one round trip; others are woken only for released nodes it did
  not take. The module's last forwarded lines, if any, come along and go into the log just before its result (as
  append-output.lua would put them): one call per module instead of two. The reply is kept under the node and
  token: a completion sent again because its reply was lost with the connection gets the same answer, not a false
  rejection and a second claim whose leases nobody would run.

  KEYS[1]    leases
  KEYS[2]    deadlines
  KEYS[3]    results      hash: node -> result json
  KEYS[4]    events
  KEYS[5]    stopping
  KEYS[6]    releases
  KEYS[7]    sequence
  KEYS[8]    outcome
  KEYS[9]    tokens
  KEYS[10]   manifest
  KEYS[11]   replies      hash: node -> token '\n' reply json
  KEYS[12..] queues: every queue a release may target and every queue the completer claims from

  ARGV[1]    node
  ARGV[2]    token
  ARGV[3]    result json
  ARGV[4]    '1' when the result stops the run (Failed, TimedOut)
  ARGV[5]    key ttl ms
  ARGV[6]    completion channel
  ARGV[7]    '1' when the result is a success
  ARGV[8]    work channel
  ARGV[9]    completing instance
  ARGV[10]   lease ms of the next claim
  ARGV[11]   most leases to take next
  ARGV[12]   '1' when the manifest must exist (see claim.lua)
  ARGV[13]   the module's last output: instance '\n' lines joined by '\n' (append-output.lua's entry), or ''
  ARGV[14..] per queue of KEYS[12..], in triples: name, always-run flag, '1' when the completer claims from it

  Returns {1 or 0 (accepted), node, attempt, token, ...}; {-1} when the manifest must exist and does not; or
  {-2, queue name, ...} having changed nothing, when a planned release targets a queue not in KEYS: the caller sends
  the call again with those queues.
]]
--- @include "now"
--- @include "claim-nodes"

if ARGV[12] == '1' and redis.call('EXISTS', KEYS[10]) == 0 then return {-1} end
local answered = redis.call('HGET', KEYS[11], ARGV[1])
if answered and string.sub(answered, 1, #ARGV[2] + 1) == ARGV[2] .. '\n' then
  return cjson.decode(string.sub(answered, #ARGV[2] + 2))
end

local queueKey, queues, always = {}, {}, {}
for i = 12, #KEYS do
  local at = 14 + (i - 12) * 3
  queueKey[ARGV[at]] = KEYS[i]
  if ARGV[at + 2] == '1' then
    table.insert(queues, KEYS[i])
    table.insert(always, ARGV[at + 1])
  end
end

local current = redis.call('HGET', KEYS[1], ARGV[1])
local separator = current and string.find(current, '\n', 1, true)
local accepted = separator and string.sub(current, 1, separator - 1) == ARGV[2]
local plan = nil
if accepted and ARGV[7] == '1' and redis.call('EXISTS', KEYS[5]) == 0 and redis.call('EXISTS', KEYS[8]) == 0 then
  local stored = redis.call('HGET', KEYS[6], ARGV[1])
  if stored then
    plan = cjson.decode(stored)
    local missing = {-2}
    for _, entry in ipairs(plan) do
      if not queueKey[entry[1]] then table.insert(missing, entry[1]) end
    end
    if #missing > 1 then return missing end
  end
end

-- Past every early return (a repeat, a missing manifest, an unknown queue), so the lines are logged once.
if ARGV[13] ~= '' then
  redis.call('XADD', KEYS[4], '*', 'node', ARGV[1], 'output', ARGV[13])
  redis.call('PEXPIRE', KEYS[4], ARGV[5])
end

local reply = {0}
local released = {}
if accepted then
  reply[1] = 1
  redis.call('HDEL', KEYS[1], ARGV[1])
  redis.call('ZREM', KEYS[2], ARGV[1])
  redis.call('HSET', KEYS[3], ARGV[1], ARGV[3])
  redis.call('HDEL', KEYS[6], ARGV[1])
  if plan then
    for _, entry in ipairs(plan) do
      local sequence = redis.call('INCR', KEYS[7])
      redis.call('ZADD', queueKey[entry[1]], tonumber(entry[3]) * 4294967296 + sequence, entry[2])
      redis.call('PEXPIRE', queueKey[entry[1]], ARGV[5])
      table.insert(released, entry[4])
    end
  end
  redis.call('XADD', KEYS[4], '*', 'node', ARGV[1], 'result', ARGV[3], 'released', table.concat(released, '\n'))
  if ARGV[4] == '1' then redis.call('SET', KEYS[5], '1', 'PX', ARGV[5]) end
  redis.call('PEXPIRE', KEYS[3], ARGV[5])
  redis.call('PEXPIRE', KEYS[4], ARGV[5])
  redis.call('PUBLISH', ARGV[6], 'completed')
end

local wanted = tonumber(ARGV[11])
if redis.call('EXISTS', KEYS[8]) == 1 then wanted = 0 end
claim_nodes(reply, wanted, queues, always, ARGV[9], ARGV[10], ARGV[5], KEYS[1], KEYS[2], KEYS[9], KEYS[5], KEYS[4])
-- Others are woken for every released node the completer did not take itself (it may have taken a better one).
local unclaimed = #released
for _, node in ipairs(released) do
  for i = 2, #reply, 3 do
    if reply[i] == node then unclaimed = unclaimed - 1 break end
  end
end
if unclaimed > 0 then redis.call('PUBLISH', ARGV[8], 'queued') end
redis.call('HSET', KEYS[11], ARGV[1], ARGV[2] .. '\n' .. cjson.encode(reply))
redis.call('PEXPIRE', KEYS[11], ARGV[5])
return reply
