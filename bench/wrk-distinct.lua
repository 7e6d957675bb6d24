-- wrk script: every request different. Reads /api/search URLs (one per line) from the file in
-- $URLS, written by `nianbao bench queries --distinct N --write-urls FILE`; thread k sends lines
-- k, k+T, k+2T, ... (T = $THREADS, wrk's -t), so no request repeats while the file lasts.
-- Usage: URLS=/tmp/urls.txt THREADS=2 wrk -t2 -c8 -d30s --latency -s bench/wrk-distinct.lua http://127.0.0.1:7070
local counter = 0
setup = function(thread)
  thread:set("id", counter)
  counter = counter + 1
end
init = function(args)
  urls = {}
  for line in io.lines(os.getenv("URLS")) do
    urls[#urls + 1] = line
  end
  stride = tonumber(os.getenv("THREADS") or "1")
  i = id
end
request = function()
  local u = urls[(i % #urls) + 1]
  i = i + stride
  return wrk.format("GET", u)
end
done = function(summary, latency, requests)
  io.write(string.format("errors: connect %d, read %d, write %d, status %d, timeout %d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout))
  io.write(string.format("latency ms: p50 %.2f p90 %.2f p99 %.2f max %.2f\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
