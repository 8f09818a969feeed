-- wrk script: a search by skill + postal code per request, both drawn at random from what the generator uses.
local skills = {"administration", "bookkeeping", "catering", "childcare", "companionship", "cooking", "crafts",
  "driving", "event-setup", "first-aid", "gardening", "guiding", "handyman", "home-visits", "it-support",
  "language-coaching", "library", "music", "photography", "reception", "social-media", "sports-coaching",
  "stewarding", "translation", "tutoring"}
local postal = {"3500", "3510", "3511", "3512", "3520", "3530", "3540", "3550", "3560", "3570", "3580", "3590",
  "1730", "1731", "1745", "1750", "1755", "1760", "1770", "1780", "2000", "2018", "2060", "2100", "2140", "2600",
  "9000", "9030", "9040", "9050", "3000", "3001", "3010", "3012", "8000", "8200", "8310", "2800", "2300", "3600"}
wrk.headers["Authorization"] = os.getenv("BENCH_AUTH")
request = function()
  local path = "/api/volunteers?skill=" .. skills[math.random(#skills)] .. "&postalCode=" .. postal[math.random(#postal)]
  return wrk.format("GET", path)
end
