#!/usr/bin/env python3
"""Cross-check the dataset's heads of state and government against the Wikidata snapshot.

A development tool, not part of the product: it reads ../shared/reference/ (a noisy
second opinion that is never copied or cited) and lists every disagreement with our
tenures, for a curator to resolve with a checked public source.

Usage: python3 tools/crosscheck_reference.py [--reference CSV] [--dataset DIR] [--days N]
                                             [--ledger JSON] [--all] [--country ISO3]

Before comparing, the snapshot is reduced to what the dataset promises to cover:
  - rows for territories that are not among our countries are counted, not listed;
  - rows of one person in one role that follow each other (Wikidata splits a tenure into
    terms) are merged into one span;
  - spans of 30 days or less are counted, not listed (the dataset includes acting holders
    who served more than 30 days).
Our side counts the realm's monarch (a country's head_of_state_office) and governors-general
as heads of state, as the snapshot does.

Every remaining disagreement is a line "missing ..." or "differs ...". A curator who checks
one and finds our record right (or the snapshot row not a holder) records the decision in
the ledger (docs/curation/crosscheck-resolved.json) with the page that settles it; the
tool then stops listing that line. An entry holds either "line" (one exact line) or
"pattern" (a regular expression, for a systematic difference such as Swiss Federal Council
membership given as the presidency). Fixing our record makes the line disappear by itself.
Exit status: 0, or 1 when a ledger entry names a line that no longer occurs (stale).
"""
import argparse
import csv
import datetime
import difflib
import glob
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DECISIONS = {
    "kept": "our record checked and kept; the snapshot is wrong or measures something else",
    "not-a-holder": "the snapshot row is not a holder of this office (another office, a spouse, a claimant)",
    "same-person": "the holder is in our tenures under another spelling or language",
    "gap": "a real holder we lack; listed in the manifest's known gaps or left for a later edition",
}


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
    people, offices, tenures, countries = {}, {}, [], {}
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
        for c in doc.get("countries", []):
            countries[c["iso3"].upper()] = c
        tenures.extend(doc.get("tenures", []))
    return people, offices, tenures, countries


def our_tenures(people, offices, tenures, countries):
    """(iso3, role) -> list of (names, start, end, tenure id)."""
    by_office = {}
    for t in tenures:
        by_office.setdefault(t["office"], []).append(t)
    ours = {}

    def add(iso3, role, t):
        ours.setdefault((iso3, role), []).append((people.get(t["person"], set()), t.get("start"), t.get("end"), t["id"]))

    for oid, o in offices.items():
        if not o.get("jurisdiction", "").startswith("country/"):
            continue
        iso3 = o["jurisdiction"].split("/")[1].upper()
        roles = ({o["role"]} | set(o.get("also", []))) & {"head_of_state", "head_of_government"}
        if oid.endswith("/governor-general"):
            roles.add("head_of_state")
        for t in by_office.get(oid, []):
            for role in roles:
                add(iso3, role, t)
    for iso3, c in countries.items():
        office = c.get("head_of_state_office")
        if office and office.split("/")[1].upper() != iso3:  # a realm: the monarch of another country
            for t in by_office.get(office, []):
                add(iso3, "head_of_state", t)
    return ours


ROMAN = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi"}


def overlaps(s, e, c):
    cs, ce = day(c[1]), day(c[2])
    return (cs is None or e is None or cs <= e) and (ce is None or s is None or s <= ce)


def same_person(person, s, e, c):
    """Whether the snapshot's person is our candidate tenure's holder.

    Exact folded name or same last word first; then, only when the spans overlap, a regnal
    number both names share (labels of monarchs are sometimes in Portuguese) or a close
    spelling of the last word (transliterations: Atambaiev/Atambayev)."""
    name = fold(person)
    words = name.split()
    if name in c[0] or any(words[-1:] == n.split()[-1:] for n in c[0]):
        return True
    if not overlaps(s, e, c):
        return False
    numerals = set(words) & ROMAN
    for n in c[0]:
        theirs = n.split()
        if numerals & set(theirs):
            return True
        if words and theirs and len(words[-1]) > 3 and difflib.SequenceMatcher(None, words[-1], theirs[-1]).ratio() >= 0.8:
            return True
    return False


def merged_rows(path):
    """Snapshot rows with one person's consecutive terms in one role merged into spans."""
    groups = {}
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            groups.setdefault((row["iso3"], row["role"], row["person"]), []).append(row)
    spans = []
    for (iso3, role, person), rows in groups.items():
        rows.sort(key=lambda r: r["start"])
        cur = None
        for r in rows:
            s, e = r["start"], r["end"]
            if cur and (cur[1] == "" or (day(s) and day(cur[1]) and (day(s) - day(cur[1])).days <= 31)):
                if cur[1] != "" and (e == "" or e > cur[1]):
                    cur[1] = e
                continue
            cur = [s, e]
            spans.append((iso3, role, person, cur))
    return [(iso3, role, person, s, e) for (iso3, role, person, (s, e)) in spans]


def disagreements(dataset, reference, days=30, country=None):
    """The cross-check's lines ("missing ..." / "differs ...") and counts of what it skipped."""
    people, offices, tenures, countries = load_dataset(dataset)
    ours = our_tenures(people, offices, tenures, countries)
    lines = set()
    counts = {"territory": 0, "short": 0, "matched": 0}
    for iso3, role, person, start, end in merged_rows(reference):
        if country and iso3 != country.upper():
            continue
        s, e = day(start), day(end)
        if e and e < datetime.date(2000, 1, 1):
            continue
        if iso3 not in countries:
            counts["territory"] += 1
            continue
        if s and e and (e - s).days <= 30:
            counts["short"] += 1
            continue
        candidates = [c for c in ours.get((iso3, role), []) if same_person(person, s, e, c)]
        if not candidates:
            lines.add("missing  %s %s: %s %s..%s (not in our tenures)" % (iso3, role, person, start, end or "open"))
            continue
        counts["matched"] += 1
        best = min(candidates, key=lambda c: abs(((day(c[1]) or datetime.date.min) - (s or datetime.date.min)).days))
        for label, ref, mine in (("start", start, best[1]), ("end", end, best[2])):
            a, b = day(ref), day(mine)
            if label == "start" and a and b and a < datetime.date(2000, 1, 1) and b < datetime.date(2000, 1, 1):
                continue  # both before the period the dataset covers
            if (a is None) != (b is None) or (a and b and abs((a - b).days) > days):
                lines.add("differs  %s: %s ours %s, snapshot %s" % (best[3], label, mine or "open", ref or "open"))
    return lines, counts


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reference", default=os.path.join(HERE, "..", "..", "shared", "reference", "wikidata-heads-2025.csv"))
    ap.add_argument("--dataset", default=os.path.join(HERE, "..", "assets", "dataset"))
    ap.add_argument("--ledger", default=os.path.join(HERE, "..", "docs", "curation", "crosscheck-resolved.json"))
    ap.add_argument("--days", type=int, default=30)
    ap.add_argument("--all", action="store_true", help="also list lines the ledger resolves, with the decision")
    ap.add_argument("--country", help="only this ISO 3166 alpha-3 code")
    args = ap.parse_args()

    ledger = {}
    if os.path.exists(args.ledger):
        with open(args.ledger, encoding="utf-8") as f:
            for entry in json.load(f)["resolved"]:
                if entry.get("decision") not in DECISIONS or not entry.get("source", "").startswith("https://"):
                    print("ledger: bad entry %r (decision must be one of %s, source an https URL)" % (
                        entry.get("line"), ", ".join(DECISIONS)), file=sys.stderr)
                    return 2
                if bool(entry.get("line")) == bool(entry.get("pattern")):
                    print("ledger: an entry needs exactly one of line and pattern: %r" % entry, file=sys.stderr)
                    return 2
                ledger[entry.get("line") or entry["pattern"]] = entry

    lines, counts = disagreements(args.dataset, args.reference, args.days, args.country)

    patterns = [(re.compile(e["pattern"]), e) for e in ledger.values() if e.get("pattern")]
    used = set()

    def decision(line):
        if line in ledger:
            used.add(line)
            return ledger[line]
        for rx, e in patterns:
            if rx.search(line):
                used.add(e["pattern"])
                return e
        return None

    by_decision, open_lines = {}, []
    for line in sorted(lines):
        entry = decision(line)
        if entry:
            by_decision[entry["decision"]] = by_decision.get(entry["decision"], 0) + 1
            if args.all:
                print("%s  [%s] %s (%s)" % (line, entry["decision"], entry.get("note", ""), entry["source"]))
        else:
            open_lines.append(line)
            print(line)
    stale = [] if args.country else sorted(k for k in ledger if k not in used)
    for key in stale:
        print("stale ledger entry (it resolves no current line): " + key, file=sys.stderr)
    open_missing = sum(1 for l in open_lines if l.startswith("missing"))
    open_differs = len(open_lines) - open_missing
    print("summary: %d snapshot spans matched; open: %d missing from ours, %d date differences over %d days; "
          "resolved in the ledger: %s; not listed: %d territory spans, %d spans of 30 days or less" % (
              counts["matched"], open_missing, open_differs, args.days,
              ", ".join("%d %s" % (n, d) for d, n in sorted(by_decision.items())) or "none",
              counts["territory"], counts["short"]))
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
