-- Extends the detection-run lock to ARGV[2] ms, only if ARGV[1] still holds it.
-- KEYS[1] lock key. Returns 1 when renewed, 0 when the lock is gone or held by another run.
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
return 0
