-- wrk's summary for deploy/prove: wrk prints the 50/75/90/99th percentiles only, the issue
-- asks for the 95th. One line, parsed by deploy/prove.py (parse_wrk).
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "PROVE requests=%d duration_us=%d p95_us=%d connect=%d read=%d write=%d timeout=%d status=%d\n",
    summary.requests, summary.duration, latency:percentile(95),
    e.connect, e.read, e.write, e.timeout, e.status))
end
