--[[
  Stores a result the master decided without a lease (skipped, cancelled before it started, failed for want of a
  capable instance), so instances reading it as a dependency find it. It is not a completion: it releases nothing.

  KEYS[1] results
  KEYS[2] stopping
  KEYS[3] releases

  ARGV[1] node
  ARGV[2] result json
  ARGV[3] '1' when the result stops the run
  ARGV[4] key ttl ms

  Returns 1.
]]
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('HDEL', KEYS[3], ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
if ARGV[3] == '1' then redis.call('SET', KEYS[2], '1', 'PX', ARGV[4]) end
return 1
