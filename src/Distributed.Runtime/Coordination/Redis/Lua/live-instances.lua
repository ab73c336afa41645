--[[
  The registrations of the instances that beat within a timeout.

  KEYS[1] beats
  KEYS[2] instances

  ARGV[1] timeout ms

  Returns registration json strings (nil where an instance beat but never registered).
]]
--- @include "now"

local live = redis.call('ZRANGEBYSCORE', KEYS[1], now - tonumber(ARGV[1]), '+inf')
if #live == 0 then return {} end
return redis.call('HMGET', KEYS[2], unpack(live))
