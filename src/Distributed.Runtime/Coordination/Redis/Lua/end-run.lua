--[[
  The master ends the run. The first outcome wins; every instance is woken to see it.

  KEYS[1] outcome

  ARGV[1] outcome (Completed, Cancelled)
  ARGV[2] key ttl ms
  ARGV[3] work channel

  Returns 1.
]]
redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2])
redis.call('PUBLISH', ARGV[3], 'ended')
return 1
