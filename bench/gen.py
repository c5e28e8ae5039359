#!/usr/bin/env python3
"""gen.py OUT-DIR - writes the plans bench/run measures: synthetic plans of
1k, 10k and 100k tasks (1k/bench.yaml, …, with bench-v2.yaml.txt beside
each: a revision of it for diff, named so that a directory of plans does
not load it) and a directory of 200 plans of 50 tasks (many/), drawn from the four shipped plans - their task texts,
units, deadline phrases, products and notes - with sections, subtasks,
statuses and comments in the proportions the shipped plans have, and the
shipped unit registry beside them.  The same seed gives the same files.
Each plan is then laid out by `plan fmt -w`, as the files plan writes are,
so that `fmt --check` measures the usual case: a file already canonical.

Reads the shipped plans through `plan list --format json` (PLAN, default
build/plan), so that it needs no YAML library."""
import json, os, random, shutil, subprocess, sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "build", "bench")
plan = os.environ.get("PLAN", os.path.join(root, "build", "plan"))
tasks = json.loads(subprocess.run([plan, "list", "--format", "json", os.path.join(root, "plans")],
                                  check=True, capture_output=True, text=True).stdout)


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def task_lines(rnd, ref, indent, subtasks):
    t = rnd.choice(tasks)
    pad = " " * indent
    lines = []
    if rnd.random() < 0.1:
        lines.append(pad + "# " + rnd.choice(tasks)["task"][:60])
    lines.append(pad[:-2] + "- id: " + q(ref))
    lines.append(pad + "task: " + q(t["task"]))
    for key in ("lead", "support"):
        if t[key]:
            lines.append(pad + key + ":")
            lines += [pad + "  - " + q(u) for u in t[key]]
    for key in ("deadline", "product", "funding", "note"):
        if t[key]:
            lines.append(pad + key + ": " + q(t[key]))
    if t["status"] != "todo":
        lines.append(pad + "status: " + t["status"])
    if subtasks:
        lines.append(pad + "subtasks:")
        for k in range(subtasks):
            lines += task_lines(rnd, "%s.%d" % (ref, k + 1), indent + 4, 0)
    return lines


def write_plan(path, ident, n, seed):
    rnd = random.Random(seed)
    lines = ["# synthetic: %d tasks drawn from the shipped plans" % n, "plan: " + ident,
             "number: 1/QĐ-BTP", "title: " + q("Kế hoạch thử nghiệm hiệu năng"),
             "issuer: Bộ Tư pháp", "issued: 2024-03-15", "year: 2024", "sections:"]
    made, section = 0, 0
    while made < n:
        section += 1
        lines += ["  - id: " + q("S%d" % section), "    title: " + q("Phần %d" % section), "    tasks:"]
        for _ in range(min(50, n - made)):
            if made >= n:
                break
            sub = rnd.choice((0, 0, 0, 0, 2, 3)) if n - made > 4 else 0
            lines += task_lines(rnd, str(made + 1), 8, sub)
            made += 1 + sub
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def canonical(*paths):
    subprocess.run([plan, "fmt", "-w"] + list(paths), check=True)


os.makedirs(out, exist_ok=True)
shutil.copy(os.path.join(root, "plans", "units.yaml"), os.path.join(out, "units.yaml"))
for n, name in ((1000, "1k"), (10000, "10k"), (100000, "100k")):
    d = os.path.join(out, name)
    os.makedirs(d, exist_ok=True)
    shutil.copy(os.path.join(root, "plans", "units.yaml"), os.path.join(d, "units.yaml"))
    write_plan(os.path.join(d, "bench.yaml"), "bench-" + name, n, n)
    canonical(os.path.join(d, "bench.yaml"))
    # a revision for diff: every 20th deadline moved, every 50th task's note changed
    with open(os.path.join(d, "bench.yaml"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    seen = 0
    for i, line in enumerate(lines):
        if line.lstrip().startswith("deadline: "):
            seen += 1
            if seen % 20 == 0:
                lines[i] = line[:line.index("deadline: ")] + "deadline: Quý IV/2025"
        elif line.lstrip().startswith("note: ") and seen % 50 == 0:
            lines[i] = line[:-1] + " (sửa)\"" if line.endswith('"') else line + " (sửa)"
    with open(os.path.join(d, "bench-v2.yaml.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
many = os.path.join(out, "many")
os.makedirs(many, exist_ok=True)
shutil.copy(os.path.join(root, "plans", "units.yaml"), os.path.join(many, "units.yaml"))
for i in range(200):
    write_plan(os.path.join(many, "p%03d.yaml" % i), "bench-many-%03d" % i, 50, 1000 + i)
canonical(*[os.path.join(many, "p%03d.yaml" % i) for i in range(200)])
print(out)
