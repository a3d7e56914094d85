#!/usr/bin/env python3
"""Writes Sources/DemoDataVocabulary/Words/USPlaceData.swift: every active STANDARD (street
delivery) ZIP code of the 50 states and DC, grouped by city, with the ZIP's telephone area
codes and an estimate of the people it serves.

Sources (see NOTICE): the ZIP codes, their cities, states, coordinates and area codes come from
the `zipcodes` package on PyPI (MIT licence); the state populations are the 2020 Census
resident counts in `Sources/DemoDataVocabulary/Words/USStates.swift`. No ZIP-level population is
in either, so a ZIP's share of its state's people is estimated from how many street-delivery
ZIPs lie within 15 km of it (urban ZIPs are dense, rural ones sparse), and the state's count is
split over its ZIPs in proportion.

Usage: make_places.py ZIPCODES_PACKAGE_DIR  (a directory holding the unpacked wheel)
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
        total = sum(weight(neighbours[z["zip_code"]]) for z in members)
        cities = defaultdict(list)
        for z in members:
            people = max(1, round(populations[state] * weight(neighbours[z["zip_code"]]) / total))
            codes = sorted(set(z["area_codes"]))
            cities[z["city"]].append((z["zip_code"], people, codes))
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
        "/// estimated number of residents the ZIP serves (its state's 2020 Census count split\n"
        "/// over its ZIPs by urban density).\n"
        "enum USPlaceData {\n"
        '    static let text = """\n'
        + body + '\n        """\n}\n')
    print(f"{len(zips)} ZIPs, {len(lines)} cities, {OUTPUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
