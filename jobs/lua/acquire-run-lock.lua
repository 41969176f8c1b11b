-- Takes the detection-run lock for ARGV[1] (the run id) for ARGV[2] ms; the same owner may take it again.
-- KEYS[1] lock key. Returns 1 when the caller holds the lock, 0 when another run does.
local current = redis.call('GET', KEYS[1])
if current == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
if current then
  return 0
end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 1
