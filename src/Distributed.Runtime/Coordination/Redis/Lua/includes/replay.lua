-- A call sent again because its reply was lost with the connection must not act twice: queue a node a worker has
-- already taken (so it runs twice), or claim leases nobody would run. Such a call keeps its reply under its own key
-- (one per logical call, the same for every retry, expiring with the run); a repeat gets that reply back.
local function answered(key)
  local reply = redis.call('GET', key)
  if reply then return cjson.decode(reply) end
  return nil
end

local function keep(key, reply, ttl)
  redis.call('SET', key, cjson.encode(reply), 'PX', ttl)
end
