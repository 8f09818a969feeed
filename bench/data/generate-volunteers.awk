# Writes a CSV of generated volunteers in the import format of POST /api/volunteers/import (README).
# Usage: awk -v n=100000 -v seed=42 -f generate-volunteers.awk > volunteers.csv
# Deterministic for a given seed. Postal codes come from 40 Flemish municipalities, skills from core's seeded
# taxonomy (1 to 3 each), so a search by skill + postal code matches a few hundred volunteers.
BEGIN {
  srand(seed)
  split("Emma Noah Olivia Louis Mila Arthur Nora Jules Louise Adam Lina Liam Marie Lucas Fien Victor Elena Mohamed Yasmine Finn", first, " ")
  split("Peeters Janssens Maes Jacobs Mertens Willems Claes Goossens Wouters DeSmet Dubois Lambert Dupont Hermans Aerts Martens Smets Vermeulen Pauwels Claeys", last, " ")
  split("3500 3510 3511 3512 3520 3530 3540 3550 3560 3570 3580 3590 1730 1731 1745 1750 1755 1760 1770 1780 2000 2018 2060 2100 2140 2600 9000 9030 9040 9050 3000 3001 3010 3012 8000 8200 8310 2800 2300 3600", postal, " ")
  split("administration bookkeeping catering childcare companionship cooking crafts driving event-setup first-aid gardening guiding handyman home-visits it-support language-coaching library music photography reception social-media sports-coaching stewarding translation tutoring", skill, " ")
  split("nl fr en de ar tr pl es it ro", lang, " ")
  split("Centrum Noord Zuid Oost West Kiewit Kuringen Runkst Sint-Lambrechts-Herk Godsheide", district, " ")
  split("lezen wandelen koken muziek sport natuur technologie kunst geschiedenis reizen", interest, " ")
  split("OCCASIONAL REGULAR BOTH", preference, " ")
  split("ACTIVE ACTIVE ACTIVE CANDIDATE INACTIVE", status, " ")
  print "firstName;lastName;email;phone;birthDate;postalCode;district;languages;skills;interests;preference;status"
  for (i = 1; i <= n; i++) {
    f = first[int(rand() * 20) + 1]; l = last[int(rand() * 20) + 1]
    skills = skill[int(rand() * 25) + 1]
    extra = int(rand() * 3)
    for (k = 0; k < extra; k++) { s = skill[int(rand() * 25) + 1]; if (index("|" skills "|", "|" s "|") == 0) skills = skills "|" s }
    languages = "nl"; if (rand() < 0.4) languages = languages "|" lang[int(rand() * 9) + 2]
    printf "%s;%s;%s.%s.%d@example.org;+32 4%02d %02d %02d %02d;%04d-%02d-%02d;%s;%s;%s;%s;%s|%s;%s;%s\n",
      f, l, tolower(f), tolower(l), i, int(rand() * 100), int(rand() * 100), int(rand() * 100), int(rand() * 100),
      1946 + int(rand() * 62), int(rand() * 12) + 1, int(rand() * 28) + 1,
      postal[int(rand() * 40) + 1], district[int(rand() * 10) + 1], languages, skills,
      interest[int(rand() * 10) + 1], interest[int(rand() * 10) + 1], preference[int(rand() * 3) + 1], status[int(rand() * 5) + 1]
  }
}
