#!/usr/bin/env python3
"""Merge a curator's cross-check result into the ledger (a development tool, not part of the product).

A curator who resolves lines of tools/crosscheck_reference.py hands in one JSON file:
  {"patches": [...], "resolved": [...], "new": {"people": [...], "tenures": [...]}, "not_verified": [...]}
`patches` go through tools/apply_patches.py; this tool checks the `resolved` entries (each must
name a line the cross-check prints now, a known decision and an https source) and appends them
to docs/curation/crosscheck-resolved.json; `new` records are written to the file given with
--new-file (appended to its collections) for review.

  python3 tools/merge_crosscheck_results.py RESULT.json [--write] [--new-file officials/X.json]
  python3 tools/merge_crosscheck_results.py --prune [--write]   # drop ledger lines a fix has removed
"""
import argparse
import json
import pathlib
import sys

from crosscheck_reference import DECISIONS, disagreements

HERE = pathlib.Path(__file__).resolve().parent
LEDGER = HERE.parent / "docs" / "curation" / "crosscheck-resolved.json"
DATASET = HERE.parent / "assets" / "dataset"
REFERENCE = HERE.parent.parent / "shared" / "reference" / "wikidata-heads-2025.csv"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("result", nargs="?")
    ap.add_argument("--prune", action="store_true", help="drop ledger entries whose line no longer occurs")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--new-file", help="dataset file (relative to assets/dataset) that receives the new records")
    args = ap.parse_args()

    current, _ = disagreements(str(DATASET), str(REFERENCE))
    ledger = json.loads(LEDGER.read_text(encoding="utf-8"))
    if args.prune:
        keep = [e for e in ledger["resolved"] if e.get("pattern") or e.get("line") in current]
        for e in ledger["resolved"]:
            if e not in keep:
                print("stale: " + e["line"])
        if args.write:
            ledger["resolved"] = keep
            LEDGER.write_text(json.dumps(ledger, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        return 0
    result = json.loads(pathlib.Path(args.result).read_text(encoding="utf-8"))
    known = {e.get("line") for e in ledger["resolved"]}
    added, problems = [], 0
    for e in result.get("resolved", []):
        line = e.get("line", "")
        why = None
        if line not in current:
            why = "not a current line"
        elif e.get("decision") not in DECISIONS:
            why = "unknown decision %r" % e.get("decision")
        elif not str(e.get("source", "")).startswith("https://"):
            why = "source is not https"
        elif line in known:
            why = "already in the ledger"
        if why:
            print("REJECT %s: %s" % (why, line))
            problems += 1
            continue
        added.append({"line": line, "decision": e["decision"], "source": e["source"], "note": e.get("note", "")})
        known.add(line)
    print("%d ledger entries accepted, %d rejected; %d patches, %d new records, %d not verified" % (
        len(added), problems, len(result.get("patches", [])),
        sum(len(v) for v in result.get("new", {}).values()), len(result.get("not_verified", []))))
    if args.write:
        ledger["resolved"].extend(added)
        LEDGER.write_text(json.dumps(ledger, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        new = {k: v for k, v in result.get("new", {}).items() if v}
        if new:
            if not args.new_file:
                print("new records present: pass --new-file", file=sys.stderr)
                return 2
            path = DATASET / args.new_file
            doc = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {"format": "claimlight.dataset/1"}
            for coll, records in new.items():
                have = {r["id"] for r in doc.get(coll, [])}
                doc.setdefault(coll, []).extend(r for r in records if r["id"] not in have)
            path.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
