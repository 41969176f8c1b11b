-- Releases the detection-run lock, only if ARGV[1] holds it (never another run's lock).
-- KEYS[1] lock key. Returns 1 when released, 0 otherwise.
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
