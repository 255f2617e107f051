#!/usr/bin/env python3
"""List (or rewrite) the manifest's known gaps in head-of-state and head-of-government offices.

A development tool for curators. It computes, for every head-of-state or head-of-government
office, the periods of more than 60 days between 2000-01-01 (or the office's `tracked_from`)
and the dataset's `as_of` date (or the office's `abolished` date) in which no tenure is
recorded — the same rule as `claimlight validate`.

  python3 tools/known_gaps.py            # print the gaps and how the manifest declares them
  python3 tools/known_gaps.py --write    # rewrite manifest.json's known_gaps to match

With --write, declared vacancies (`"vacant": true`, with their source) are kept as they are;
every other gap becomes a "not yet curated" entry, and entries for gaps that were filled
are dropped.
"""
import argparse
import datetime as dt
import json
import pathlib

REASON = "holders in this period are not yet curated with a checked source"


def day(s, end=False):
    """First (or last) day of a full or partial ISO date."""
    parts = [int(p) for p in s.split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    if len(parts) == 2:
        y, m = parts
        if not end:
            return dt.date(y, m, 1)
        nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    return dt.date(parts[0], 12, 31) if end else dt.date(parts[0], 1, 1)


def load(root):
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    offices, tenures = {}, []
    for name in manifest["files"]:
        data = json.loads((root / name).read_text(encoding="utf-8"))
        for o in data.get("offices", []):
            offices[o["id"]] = o
        tenures += data.get("tenures", [])
    return manifest, offices, tenures


def gaps(manifest, offices, tenures):
    as_of = day(manifest["as_of"])
    by_office = {}
    for t in tenures:
        by_office.setdefault(t["office"], []).append(t)
    out = []
    for oid, o in sorted(offices.items()):
        if o.get("role") not in ("head_of_state", "head_of_government"):
            continue
        ts = by_office.get(oid, [])
        if not ts:
            continue  # an office with no holders at all is a coverage matter, not a gap
        start = max(dt.date(2000, 1, 1), day(o["tracked_from"]) if o.get("tracked_from") else dt.date(2000, 1, 1))
        stop = min(as_of, day(o["abolished"], True) if o.get("abolished") else as_of)
        spans = sorted((day(t["start"]), day(t["end"], True) if t.get("end") else dt.date.max) for t in ts)
        covered = start
        for a, b in spans:
            if b < start:
                continue
            if covered != dt.date.max and a > covered + dt.timedelta(days=60) and a <= stop:
                out.append((oid, covered, a))
            covered = max(covered, b)
        if covered != dt.date.max and covered + dt.timedelta(days=60) < stop:
            out.append((oid, covered, stop))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dataset", default=str(pathlib.Path(__file__).resolve().parent.parent / "assets" / "dataset"))
    ap.add_argument("--write", action="store_true", help="rewrite manifest.json's known_gaps")
    args = ap.parse_args()
    root = pathlib.Path(args.dataset)
    manifest, offices, tenures = load(root)
    found = gaps(manifest, offices, tenures)
    declared = manifest.get("known_gaps", [])
    vacancies = [g for g in declared if g.get("vacant")]

    def covered_by(g, oid, a, b):
        return g["office"] == oid and day(g["from"]) <= a + dt.timedelta(days=1) and day(g["to"], True) >= b - dt.timedelta(days=1)

    new = list(vacancies)
    for oid, a, b in found:
        if any(covered_by(g, oid, a, b) for g in vacancies):
            continue
        # Keep the reason a curator wrote for an earlier version of this gap.
        reason = next((g.get("reason", REASON) for g in declared if not g.get("vacant") and g["office"] == oid
                       and day(g["from"]) <= b and day(g["to"], True) >= a), REASON)
        new.append({"office": oid, "from": a.isoformat(), "to": b.isoformat(), "reason": reason})
        print(f"gap  {oid}  {a} .. {b}")
    print(f"{len(found)} gap(s); {len(vacancies)} declared vacanc(ies); {len(new) - len(vacancies)} not yet curated")
    if args.write:
        manifest["known_gaps"] = sorted(new, key=lambda g: (g["office"], g["from"]))
        (root / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print("manifest.json rewritten")


if __name__ == "__main__":
    main()
