#!/usr/bin/env python3
"""The table of make bench: medians of the runs in raw.tsv (bench/run.sh).

    python3 bench/report.py RAW.tsv MACHINE.txt RESULTS.json

Prints one table (per N: our full build, Hugo and the floor, with the
ratios Hugo/ours and ours/floor, then the extra measurements of our
program), then issue 5's targets at the largest N, met or missed, with
the profile of each missed one (CPU split and the build's phases, from
the phases-build.tsv that bench/run.sh keeps beside raw.tsv), and writes
RESULTS.json: {"machine": {...}, "records": [...], "ratios": [...],
"targets": [...]}.  Wall time, CPU time and load are the median of the runs,
peak RSS the largest of them; files/s is files divided by the median wall
time.  A measurement stopped by BENCH_TIMEOUT shows as "> LIMIT" (in JSON:
"timeout": LIMIT and no wall_s).

A row of raw.tsv may carry a ninth column, extra: NAME=SECONDS,... figures
that go into its record as they are (for "edit to live page": p95_s and
each step's p50 and p95, from one run of bench/commit).
"""

import json
import os
import sys

ORDER = ["stagebureau", "hugo", "floor", "index from scratch",
         "rebuild, nothing changed", "rebuild, 1 vacancy edited", "edit to live page",
         "one commit"]
LABEL = {
    "stagebureau": "stagebureau build (full)",
    "hugo": "hugo",
    "floor": "floor (disk only)",
    "index from scratch": "  index from scratch",
    "rebuild, nothing changed": "  rebuild, nothing changed",
    "rebuild, 1 vacancy edited": "  rebuild, 1 vacancy edited",
    "edit to live page": "  edit to live page (p50 / p95)",
    "one commit": "  one commit (median of 20)",
}
# Rows whose CPU time and files/s are not measured (shown as "-").
NO_CPU = ("edit to live page",)
# What the files column counts, per row.
FILES = {
    "stagebureau": "files in the output",
    "hugo": "files in the output",
    "floor": "files in the output",
    "index from scratch": "files read (index prints it)",
    "rebuild, nothing changed": "files written (build prints it)",
    "rebuild, 1 vacancy edited": "files written (build prints it)",
    "edit to live page": "vacancy pages written per edit",
    "one commit": "bytes the repository grew per commit",
}


# Issue 5's targets, at N = 100,000: (name, tool, test, what the figure is).
TARGETS = [
    ("full build at least 6x faster than Hugo", "stagebureau",
     lambda rec, ratio: ratio.get("hugo_over_ours"), lambda v: v >= 6, "%.2fx"),
    ("full build within 1.5x of the floor", "stagebureau",
     lambda rec, ratio: ratio.get("ours_over_floor"), lambda v: v <= 1.5, "%.2fx"),
    ("full build peak memory at most 256 MB", "stagebureau",
     lambda rec, ratio: rec.get("peak_mb"), lambda v: v <= 256, "%.0f MB"),
    ("unchanged rebuild at most 1 s", "rebuild, nothing changed",
     lambda rec, ratio: rec.get("wall_s"), lambda v: v <= 1, "%.2f s"),
    ("unchanged rebuild writes no file", "rebuild, nothing changed",
     lambda rec, ratio: rec.get("files"), lambda v: v == 0, "%d files"),
    ("edit to live page p50 at most 100 ms", "edit to live page",
     lambda rec, ratio: rec.get("wall_s"), lambda v: v <= 0.1, "%.3f s"),
    ("edit to live page p95 at most 250 ms", "edit to live page",
     lambda rec, ratio: rec.get("p95_s"), lambda v: v <= 0.25, "%.3f s"),
    ("index from scratch at most 10 s", "index from scratch",
     lambda rec, ratio: rec.get("wall_s"), lambda v: v <= 10, "%.1f s"),
    ("one commit at most 20 ms", "one commit",
     lambda rec, ratio: rec.get("wall_s"), lambda v: v <= 0.02, "%.4f s"),
    ("one commit grows the repository at most 10 KB", "one commit",
     lambda rec, ratio: rec.get("files"), lambda v: v <= 10240, "%d bytes"),
]
# Where to look when a target is missed (bench/README.md has the analysis),
# and what would close the gap, in short.
CLOSE = {
    "stagebureau": "bench/README.md, 'Full build: where the time goes'",
    "index from scratch": "bench/README.md, 'Index from scratch: where the time goes'",
}
GAP = {
    "stagebureau": [
        "the vacancy fields a card and a page need kept in columns, not parsed from JSON",
        "  (json_loads and json_pack: about a fifth of the samples, and most of malloc's)",
        "pages rendered from flat contexts instead of jansson trees built and freed per page",
        "the lists shared by both processes like the vacancy pages: they are the longest phase and run",
        "  in one process, and the wall is about 6 s above half the CPU time",
        "the floor itself is the disk: 1.5x of it leaves about 20 s for everything a page needs",
    ],
    "index from scratch": [
        "cheaper facet indexes (two sorts of 734,000 rows whose leading columns repeat)",
        "fewer bytes to write (the database is 626 MB, the rendered HTML 177 MB of it)",
        "fewer allocations in the parsing processes (a fifth of their time)",
    ],
}


def phase_profile(path):
    """The phases stagebureau -v printed (bench/run.sh phases), longest first."""
    try:
        with open(path, encoding="utf-8") as f:
            rows = [line.rstrip("\n").split("\t") for line in f if "\t" in line]
    except OSError:
        return []
    rows = [(name, float(secs)) for name, secs in rows]
    return sorted(rows, key=lambda r: -r[1])


def print_targets(by_key, ratio, raw_dir):
    """Each target of issue 5 at the largest N measured; the profile of a missed one."""
    ns = sorted({n for (n, tool) in by_key if tool == "stagebureau"})
    if not ns:
        return []
    n = ns[-1]
    print()
    print("Targets (issue 5), at N = %d%s:" % (n, "" if n >= 100000 else
          " (they are set for N = 100000; this run stopped lower)"))
    verdicts = []
    missed_tools = []
    for name, tool, get, ok, fmt in TARGETS:
        rec = by_key.get((n, tool))
        value = get(rec, ratio.get(n, {})) if rec and "wall_s" in rec else None
        if value is None:
            state, shown = "not measured", "-"
        else:
            state, shown = ("met" if ok(value) else "MISSED"), fmt % value
        print("  %-48s %14s  %s" % (name, shown, state))
        verdicts.append({"N": n, "target": name, "value": value, "met": state == "met"})
        if state == "MISSED" and tool not in missed_tools:
            missed_tools.append(tool)
    for tool in missed_tools:
        rec = by_key[(n, tool)]
        print()
        print("  Where the time goes, %s at N = %d (%.3f s wall, load %.1f):" % (
            LABEL.get(tool, tool).strip(), n, rec["wall_s"], rec["load1"]))
        if "user_s" in rec:
            line = "    CPU: %.1f s user + %.1f s system" % (rec["user_s"], rec["sys_s"])
            floor = by_key.get((n, "floor"))
            if tool == "stagebureau" and floor and "sys_s" in floor:
                line += "; the floor: %.1f s user + %.1f s system" % (floor["user_s"], floor["sys_s"])
            print(line)
        if tool == "stagebureau":
            prof = phase_profile("%s/n%d/phases-build.tsv" % (raw_dir, n))
            if prof:
                print("    phases (-v; the search index runs in the second process, the vacancy pages in both, last):")
                for name, secs in prof:
                    if secs >= 0.05:
                        print("      %-24s %8.2f s" % (name, secs))
        if tool in GAP:
            print("    what would close the gap:")
            for line in GAP[tool]:
                print("      " + line)
        if tool in CLOSE:
            print("    the profile and the analysis: %s" % CLOSE[tool])
    return verdicts


def median(xs):
    s = sorted(xs)
    k = len(s)
    return s[k // 2] if k % 2 else (s[k // 2 - 1] + s[k // 2]) / 2


def main():
    if len(sys.argv) != 4:
        sys.stderr.write("usage: report.py RAW.tsv MACHINE.txt RESULTS.json\n")
        return 2
    runs = {}
    with open(sys.argv[1], encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            row = dict(zip(header, line.rstrip("\n").split("\t")))
            key = (int(row["N"]), row["tool"])
            runs.setdefault(key, []).append(row)
    machine = {}
    with open(sys.argv[2], encoding="utf-8") as f:
        for line in f:
            k, _, v = line.rstrip("\n").partition("=")
            machine[k] = v

    records = []
    by_key = {}
    for (n, tool) in sorted(runs, key=lambda k: (k[0], ORDER.index(k[1]) if k[1] in ORDER else 99)):
        rs = runs[(n, tool)]
        loads = [float(r["load1"]) for r in rs]
        done = [r for r in rs if r["wall_s"] != "timeout"]
        if not done:
            rec = {"N": n, "tool": tool, "timeout": int(machine.get("timeout", 0)),
                   "runs": len(rs),
                   "load1": median(loads)}
            records.append(rec)
            by_key[(n, tool)] = rec
            continue
        rs = done
        walls = [float(r["wall_s"]) for r in rs]
        files = [int(r["files"]) for r in rs]
        wall = median(walls)
        rec = {
            "N": n,
            "tool": tool,
            "wall_s": round(wall, 3),
            "peak_mb": round(max(int(r["peak_kb"]) for r in rs) / 1024, 1),
            "files": files[-1],
            "files_per_s": round(files[-1] / wall) if wall > 0 else None,
            "cpu_s": round(median([float(r["cpu_s"]) for r in rs]), 2),
            "runs": len(rs),
            "load1": median(loads),
            "wall_s_runs": walls,
            "files_counts": FILES.get(tool, "files"),
        }
        if len(set(files)) > 1 and tool in ("stagebureau", "hugo", "floor"):
            rec["files_runs"] = files
        if tool in NO_CPU:
            rec["cpu_s"] = None
            rec["files_per_s"] = None
        extra = {}
        for r in rs:
            for item in filter(None, (r.get("extra") or "").split(",")):
                k, _, v = item.partition("=")
                extra.setdefault(k, []).append(float(v))
        for k, vs in extra.items():
            rec[k] = round(median(vs), 4)
        records.append(rec)
        by_key[(n, tool)] = rec

    ratios = []
    for n in sorted({k[0] for k in by_key}):
        ours = by_key.get((n, "stagebureau"))
        hugo = by_key.get((n, "hugo"))
        floor = by_key.get((n, "floor"))
        r = {"N": n}
        if ours and hugo and "wall_s" in ours and "wall_s" in hugo:
            r["hugo_over_ours"] = round(hugo["wall_s"] / ours["wall_s"], 2)
        if ours and floor and "wall_s" in ours and "wall_s" in floor:
            r["ours_over_floor"] = round(ours["wall_s"] / floor["wall_s"], 2)
        ratios.append(r)


    cols = ("N", "tool / measurement", "wall s", "peak MB", "files", "files/s",
            "Hugo/ours", "ours/floor", "cpu s", "load")
    fmt = "%7s  %-31s %13s %8s %8s %8s %9s %10s %8s %5s"
    print(fmt % cols)
    print("-" * 119)
    ratio = {r["N"]: r for r in ratios}
    last = None
    for rec in records:
        n = rec["N"]
        if last is not None and n != last:
            print()
        last = n
        hr = fr = ""
        if rec["tool"] == "stagebureau":
            if "hugo_over_ours" in ratio[n]:
                hr = "%.2f" % ratio[n]["hugo_over_ours"]
            if "ours_over_floor" in ratio[n]:
                fr = "%.2f" % ratio[n]["ours_over_floor"]
        if "wall_s" not in rec:
            print(fmt % (n, LABEL.get(rec["tool"], rec["tool"]), "> %d" % rec["timeout"],
                         "-", "-", "-", "", "", "-", "%.1f" % rec["load1"]))
            continue
        wall = "%.3f" % rec["wall_s"]
        if "p95_s" in rec:
            wall += " / %.3f" % rec["p95_s"]
        print(fmt % (n, LABEL.get(rec["tool"], rec["tool"]), wall,
                     "%.1f" % rec["peak_mb"], rec["files"],
                     rec["files_per_s"] if rec["files_per_s"] is not None else "-",
                     hr, fr, "%.2f" % rec["cpu_s"] if rec["cpu_s"] is not None else "-",
                     "%.1f" % rec["load1"]))
    print()
    print("Median of %s runs (%s at N >= 100000); peak RSS: the largest run; load: the"
          % (machine.get("runs", "?"), machine.get("runs_100k", "?")))
    print("machine's 1-minute load average as a run started (2 CPUs: above ~1, other work"
          " competed).")
    print("Files: the output's files for the first three rows; files read for the index;"
          " files written")
    print("(the count build prints) for the rebuilds. Hugo/ours and ours/floor: ratios of"
          " median wall times.")
    print("Edit to live page: p50 / p95 of 20 edits, each a commit, the index catching up"
          " and the")
    print("vacancy page written (bench/commit), as the admin does before it answers a save.")
    if machine.get("measured_s"):
        m = int(machine["measured_s"])
        print("Measuring took %d min %d s." % (m // 60, m % 60))
    print("Machine: %s CPUs (%s), %s memory, %s; hugo %s; build date %s; %s." % (
        machine.get("nproc", "?"), machine.get("cpu", "?"), machine.get("memory", "?"),
        machine.get("disk", "?"), machine.get("hugo", "?"), machine.get("today", "?"),
        machine.get("date", "?")))
    verdicts = print_targets(by_key, ratio, os.path.dirname(os.path.abspath(sys.argv[1])))

    with open(sys.argv[3], "w", encoding="utf-8") as f:
        json.dump({"machine": machine, "records": records, "ratios": ratios, "targets": verdicts},
                  f, indent=1, ensure_ascii=False)
        f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
