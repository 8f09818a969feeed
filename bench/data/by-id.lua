-- wrk script: GET of one volunteer by id per request, ids drawn at random from the file named by BENCH_IDS.
local ids = {}
for line in io.lines(os.getenv("BENCH_IDS")) do ids[#ids + 1] = line end
wrk.headers["Authorization"] = os.getenv("BENCH_AUTH")
request = function()
  return wrk.format("GET", "/api/volunteers/" .. ids[math.random(#ids)])
end
