-- The server's clock in milliseconds, as `now`: leases and heartbeats are judged by one clock, never an instance's.
local now = (function()
  local t = redis.call('TIME')
  return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end)()
