--[[
  Leases up to ARGV[4] of the best queued nodes to an instance and reads the run's status in the same call, so an idle
  instance learns that the run ended, or that the master went silent, for free. A claim that took leases is
  repeat-safe (includes/replay); one that took none has nothing to repeat.

  KEYS[1]    leases       hash: node -> token '\n' instance '\n' attempt
  KEYS[2]    deadlines    sorted set: node -> lease deadline (server ms)
  KEYS[3]    tokens       the fencing token counter
  KEYS[4]    stopping     set once a Failed or TimedOut result is stored: only always-run queues are served
  KEYS[5]    outcome      set when the run ended
  KEYS[6]    beats
  KEYS[7]    events       the run's event log (a stream)
  KEYS[8]    manifest
  KEYS[9]    this call's reply key
  KEYS[10..] the queues the instance serves

  ARGV[1]    instance index
  ARGV[2]    lease ms
  ARGV[3]    key ttl ms
  ARGV[4]    most leases to take
  ARGV[5]    '1' when the manifest must exist: this instance saw it, so its absence means the run's state was lost
  ARGV[6..]  the always-run flag ('1'/'0') of each queue

  Returns {outcome or '', master silence ms or '-1', node, attempt, token, ...}; or {'gone'} when the manifest must
  exist and does not (a Redis restarted without persistence: claiming what a master queues into that void would run
  modules twice).
]]
--- @include "now"
--- @include "replay"
--- @include "claim-nodes"

if ARGV[5] == '1' and redis.call('EXISTS', KEYS[8]) == 0 then return {'gone'} end
local previous = answered(KEYS[9])
if previous then return previous end
local reply = {redis.call('GET', KEYS[5]) or ''}
local beat = redis.call('ZSCORE', KEYS[6], '0')
reply[2] = beat and tostring(now - tonumber(beat)) or '-1'
local wanted = tonumber(ARGV[4])
if reply[1] ~= '' then wanted = 0 end
local queues, always = {}, {}
for i = 10, #KEYS do
  table.insert(queues, KEYS[i])
  table.insert(always, ARGV[i - 4])
end
local taken = claim_nodes(reply, wanted, queues, always, ARGV[1], ARGV[2], ARGV[3], KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[7])
if taken > 0 then keep(KEYS[9], reply, ARGV[3]) end
return reply
