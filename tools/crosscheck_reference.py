#!/usr/bin/env python3
"""Cross-check the dataset's heads of state and government against the Wikidata snapshot.

A development tool, not part of the product: it reads ../shared/reference/ (a noisy
second opinion that is never copied or cited) and lists every disagreement with our
tenures, for a curator to resolve with a checked public source.

Usage: python3 tools/crosscheck_reference.py [--reference CSV] [--dataset DIR] [--days N]
Prints: holders the snapshot has that we lack (by country and role), date differences of
more than N days (default 3) for holders both have, and a summary line.
"""
import argparse
import csv
import datetime
import glob
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))


def fold(name):
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return " ".join("".join(ch if ch.isalnum() else " " for ch in s).split())


def day(s):
    if not s:
        return None
    parts = [int(p) for p in s.split("-")]
    while len(parts) < 3:
        parts.append(1)
    try:
        return datetime.date(*parts)
    except ValueError:
        return None


def load_dataset(root):
    people, offices, tenures = {}, {}, []
    for path in glob.glob(os.path.join(root, "**", "*.json"), recursive=True):
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        if not isinstance(doc, dict):
            continue
        for p in doc.get("people", []):
            names = {fold(p["name"])} | {fold(a) for a in p.get("aliases", [])}
            people.setdefault(p["id"], set()).update(names)
        for o in doc.get("offices", []):
            offices[o["id"]] = o
        tenures.extend(doc.get("tenures", []))
    return people, offices, tenures


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reference", default=os.path.join(HERE, "..", "..", "shared", "reference", "wikidata-heads-2025.csv"))
    ap.add_argument("--dataset", default=os.path.join(HERE, "..", "assets", "dataset"))
    ap.add_argument("--days", type=int, default=3)
    args = ap.parse_args()

    people, offices, tenures = load_dataset(args.dataset)
    ours = {}  # (iso3, role) -> list of (names, start, end, tenure id)
    for t in tenures:
        o = offices.get(t["office"])
        if not o or not o.get("jurisdiction", "").startswith("country/"):
            continue
        roles = {o["role"]} | set(o.get("also", []))
        iso3 = o["jurisdiction"].split("/")[1].upper()
        for role in roles & {"head_of_state", "head_of_government"}:
            ours.setdefault((iso3, role), []).append((people.get(t["person"], set()), t.get("start"), t.get("end"), t["id"]))

    missing, differ, matched = [], [], 0
    with open(args.reference, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            key = (row["iso3"], row["role"])
            end = day(row["end"])
            if end and end < datetime.date(2000, 1, 1):
                continue
            name = fold(row["person"])
            candidates = [c for c in ours.get(key, []) if name in c[0] or any(name.split()[-1:] == n.split()[-1:] for n in c[0])]
            if not candidates:
                missing.append("%s %s: %s %s..%s (not in our tenures)" % (row["iso3"], row["role"], row["person"], row["start"], row["end"] or "open"))
                continue
            matched += 1
            best = min(candidates, key=lambda c: abs(((day(c[1]) or datetime.date.min) - (day(row["start"]) or datetime.date.min)).days))
            for label, ref, mine in (("start", row["start"], best[1]), ("end", row["end"], best[2])):
                a, b = day(ref), day(mine)
                if (a is None) != (b is None) or (a and b and abs((a - b).days) > args.days):
                    differ.append("%s: %s ours %s, snapshot %s" % (best[3], label, mine or "open", ref or "open"))
    for line in sorted(set(missing)):
        print("missing  " + line)
    for line in sorted(set(differ)):
        print("differs  " + line)
    print("summary: %d snapshot rows matched, %d missing from ours, %d date differences over %d days" % (
        matched, len(set(missing)), len(set(differ)), args.days))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
