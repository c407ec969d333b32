-- wrk script: a mix of what the web UI asks for, over a store made by GenerateEvents.java.
-- Prints p50/p90/p99 latency and the error count in one line at the end.
local paths = {
  function() return "/api/events?limit=50" end,
  function() return "/api/events?actor=PRK&limit=50" end,
  function() return "/api/events?actor=RUS&recipient=UKR&type=ASSAULT&limit=20" end,
  function() return "/api/events?from=2023-01-01&to=2023-01-31&sort=date&limit=50" end,
  function() return "/api/events/ev" .. math.random(0, 999999) end,
  function() return "/api/articles/load-" .. math.random(0, 199999) end,
  function() return "/api/clusters/ev" .. math.random(0, 999999) end,
  function() return "/api/sanctions?limit=50" end,
  function() return "/api/dyads/PRK/RUS/timeline?interval=month" end,
  function() return "/api/actors?q=kor" end,
  function() return "/api/health" end,
  function() return "/api/network?from=2024-01-01&to=2024-01-31&limit=60" end,
}
local n = 0

request = function()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1]())
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  io.write(string.format(
    "RESULT requests=%d seconds=%.1f rps=%.1f p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f max_ms=%.1f errors=%d (status %d, timeout %d, socket %d)\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, errors, summary.errors.status, summary.errors.timeout,
    summary.errors.connect + summary.errors.read + summary.errors.write))
end
