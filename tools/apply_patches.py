#!/usr/bin/env python3
"""Apply a curator's patch file to the dataset (a development tool, not part of the product).

Curators (people or helpers) who verify existing records hand in their corrections as a patch
file instead of editing the dataset files, so that several can work at once and the lead can
review every change:

  {"patches": [{"file": "officials/europe-west.json", "collection": "tenures",
                "id": "tenure/…", "path": "", "set": {"start": "1996-05-05", "source": "https://…"},
                "was": {"start": "1996-05"}, "evidence": "what the source says, in our words"}]}

A patch applies only when every value in `was` still equals the dataset's (otherwise it is
reported as stale and skipped). `path` is an optional JSON pointer inside the record (e.g.
"/members/100" for one membership of an organisation).

  python3 tools/apply_patches.py PATCHES.json            # show what would change
  python3 tools/apply_patches.py PATCHES.json --write    # apply it
  python3 tools/apply_patches.py PATCHES.json --write --skip ID [--skip ID …]
"""
import argparse
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent / "assets" / "dataset"


def resolve(record, pointer):
    node = record
    for part in [p for p in pointer.split("/") if p]:
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("patches")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--skip", action="append", default=[], help="a record id to leave alone")
    args = ap.parse_args()

    patches = json.loads(pathlib.Path(args.patches).read_text(encoding="utf-8"))["patches"]
    files, applied, problems = {}, 0, 0
    for p in patches:
        where = "%s %s %s%s" % (p["file"], p["collection"], p["id"], p.get("path", ""))
        if p["id"] in args.skip:
            print("skip   " + where)
            continue
        if p["file"] not in files:
            files[p["file"]] = json.loads((ROOT / p["file"]).read_text(encoding="utf-8"))
        records = [r for r in files[p["file"]].get(p["collection"], []) if r.get("id") == p["id"]]
        if len(records) != 1:
            print("MISSING %s" % where)
            problems += 1
            continue
        target = resolve(records[0], p.get("path", ""))
        stale = {k: target.get(k) for k, v in p.get("was", {}).items() if target.get(k) != v}
        if stale:
            print("STALE  %s: now %s" % (where, json.dumps(stale, ensure_ascii=False)))
            problems += 1
            continue
        changes = {k: v for k, v in p["set"].items() if target.get(k) != v}
        for k, v in changes.items():
            print("set    %s %s: %s -> %s" % (where, k, json.dumps(target.get(k), ensure_ascii=False), json.dumps(v, ensure_ascii=False)))
            target[k] = v
        applied += bool(changes)

    if args.write:
        for name, data in files.items():
            text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
            (ROOT / name).write_text(text, encoding="utf-8")
    print("%d patch(es) %s, %d problem(s)" % (applied, "applied" if args.write else "would apply", problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
