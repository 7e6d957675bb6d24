-- wrk script: rotates /api/search over the benchmark query mix (same mix as `nianbao bench queries`).
-- Usage: wrk -t2 -c8 -d30s --latency -s bench/wrk-search.lua http://127.0.0.1:7070
local queries = {
  "q=%E5%8C%BA%E5%9D%97%E9%93%BE",                                   -- 区块链 (rare)
  "q=%E5%BE%AE%E4%BF%A1%E5%85%AC%E4%BC%97%E5%8F%B7",                 -- 微信公众号
  "q=%E5%85%AC%E5%BC%80",                                             -- 公开 (common)
  "q=%E6%94%BF%E5%8A%A1%E6%96%B0%E5%AA%92%E4%BD%93+%E6%8A%96%E9%9F%B3", -- 政务新媒体 抖音
  "q=%E6%8A%96%E9%9F%B3+OR+%E5%BE%AE%E5%8D%9A",                       -- 抖音 OR 微博
  "q=%E5%BE%AE%E4%BF%A1%E5%85%AC%E4%BC%97%E5%8F%B7+-%E6%8A%96%E9%9F%B3", -- 微信公众号 -抖音
  "q=%E8%A1%8C%E6%94%BF%E5%A4%8D%E8%AE%AE",                           -- 行政复议
  "q=%E4%BE%9D%E7%94%B3%E8%AF%B7%E5%85%AC%E5%BC%80",                   -- 依申请公开
  "q=%E5%BE%AE%E4%BF%A1%E5%85%AC%E4%BC%97%E5%8F%B7&county=%COUNTY%",  -- 微信公众号 + county
  "q=%E5%85%AC%E5%BC%80&year=%YEAR%&sort=newest",                    -- 公开 + year, newest
  "q=%E8%A1%8C%E6%94%BF%E5%A4%8D%E8%AE%AE&section=4",                 -- 行政复议 in section 4
  "q=%E6%94%BF%E5%8A%A1%E6%96%B0%E5%AA%92%E4%BD%93+%E6%8A%96%E9%9F%B3&county=%COUNTY%&year=%YEAR%&sort=newest",
  "county=%COUNTY%&sort=newest",                                      -- browse a county
}
local county = os.getenv("BENCH_COUNTY") or "%E9%87%91%E4%B9%A1%E5%8E%BF" -- 金乡县, URL-encoded
local year = os.getenv("BENCH_YEAR") or "2021"
-- '%' is special in gsub replacements: escape the URL-encoded values once
local county_r = county:gsub("%%", "%%%%")
local year_r = year:gsub("%%", "%%%%")
local i = 0
request = function()
  i = i + 1
  local q = queries[(i % #queries) + 1]:gsub("%%COUNTY%%", county_r):gsub("%%YEAR%%", year_r)
  return wrk.format("GET", "/api/search?" .. q)
end
done = function(summary, latency, requests)
  io.write(string.format("errors: connect %d, read %d, write %d, status %d, timeout %d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout))
  io.write(string.format("latency ms: p50 %.2f p90 %.2f p99 %.2f max %.2f\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
