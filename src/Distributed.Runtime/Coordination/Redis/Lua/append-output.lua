--[[
  Appends lines modules logged on an instance to the run's event log, where the master reads them with everything
  else it reads (one stream, so no extra read per wake-up). Sent without waiting for the reply, on the same
  connection as the completion that follows it, so a module's lines are in the log before its result.

  KEYS[1] events

  ARGV[1] key ttl ms
  ARGV[2..] node, then instance '\n' lines joined by '\n', in pairs

  Returns how many entries it added.
]]
for i = 2, #ARGV, 2 do
  redis.call('XADD', KEYS[1], '*', 'node', ARGV[i], 'output', ARGV[i + 1])
end
redis.call('PEXPIRE', KEYS[1], ARGV[1])
return (#ARGV - 1) / 2
