#!/usr/bin/env python3
"""score.py TRUTH JSON - how much of a real appendix an import kept.

TRUTH is a transcription made by hand, independently of plan (one object
per task: section, id, task, lead, support, deadline, product); JSON is
`plan list --format json` of the imported plan.  Prints, per measure, how
many tasks agree exactly, and exits 1 when task texts, deadline cells or
numbering and sections fall under 98%, or unit lists under 90%: the bar
plan import is held to.
"""
import json
import sys

truth = json.load(open(sys.argv[1], encoding="utf-8"))
got = {t["id"]: t for t in json.load(open(sys.argv[2], encoding="utf-8"))}
n = len(truth)
score = {"numbering and sections": 0, "task texts": 0, "deadline cells": 0,
         "lead lists": 0, "support lists": 0, "products": 0}
misses = {k: [] for k in score}
for want in truth:
    t = got.get(want["id"])
    checks = {
        "numbering and sections": t is not None and t["section"] == want["section"]
        and t["parent"] == want.get("parent"),
        "task texts": t is not None and t["task"] == want["task"],
        "deadline cells": t is not None and t["deadline"] == want["deadline"],
        "lead lists": t is not None and t["lead"] == want["lead"],
        "support lists": t is not None and t["support"] == want["support"],
        "products": t is not None and t["product"] == want["product"],
    }
    for k, ok in checks.items():
        score[k] += ok
        if not ok:
            misses[k].append(want["id"])
extra = len(got) - sum(1 for w in truth if w["id"] in got)
bar = {"numbering and sections": 98, "task texts": 98, "deadline cells": 98,
       "lead lists": 90, "support lists": 90, "products": 98}
failed = extra != 0
for k, v in score.items():
    pct = 100.0 * v / n
    print(f"{k:24} {v:4}/{n} {pct:6.2f}%  (at least {bar[k]}%)"
          + (f"  misses: {' '.join(misses[k][:12])}" if misses[k] else ""))
    failed = failed or pct < bar[k]
if extra:
    print(f"{extra} task(s) the document does not have")
sys.exit(1 if failed else 0)
