#!/usr/bin/env python3
"""Helper of bench/load.sh (issue 6 §4, "Load"). Standard library only.

    load.py login BASE USER PASSWORD
        logs in and prints the session cookie ("sb_sessie=...") for wrk.
    load.py saves BASE MODE SECONDS OUT.json USER:PASSWORD... -- SLUG...
        one thread per account, each its own session, saves vacancies for
        SECONDS: MODE "own" gives thread i the i-th SLUG, "same" gives every
        thread the first. Each save reads the edit form (so it is based on
        the revision it read: the form's "rev"), sets a title with a unique
        marker and posts it. Every attempt goes to OUT.json.
    load.py verify REPO START_COMMIT PUBLIC SHELL_CHECKS SAVES.json... > CHECKS.json
        after the server stopped: every save answered with success is a
        commit on HEAD whose file has the save's marker and whose parent had
        exactly the revision the save was based on (so nothing was
        overwritten); no other save's marker is in the history; no commit
        was made that was not answered; conflicts were answered 409 with the
        conflict page; each entry's public page shows its last save.
        SHELL_CHECKS has the checks load.sh made itself, "name<TAB>ok" or
        "name<TAB>FAIL<TAB>detail" a line (git fsck, index, site).
    load.py report RESULTS.jsonl MACHINE.txt OUT.json
        prints the table of bench/load.sh and writes OUT.json.
"""

import json
import os
import re
import secrets
import subprocess
import sys
import threading
import time

sys.dont_write_bytecode = True   # no __pycache__ in tests/ or bench/
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests"))
from adminclient import Admin, _Form  # noqa: E402

CONFLICT_TEXT = "Iemand anders was je voor"   # beheer_conflict_titel, theme/locale/nl.yaml
MARKER = re.compile(r"LT[os][0-9]+n[0-9]+x[0-9a-f]{8}")


def login(base, user, password):
    a = Admin(base)
    st = a.login(user, password)
    if st != 303:
        sys.exit(f"load.py: login of {user} answered {st}, not 303")
    for c in a.jar:
        if c.name == "sb_sessie":
            print(f"{c.name}={c.value}")
            return 0
    sys.exit("load.py: no session cookie after login")


def save_loop(base, mode, seconds, i, user, password, slug, out, start, began):
    a = Admin(base)
    try:
        st = a.login(user, password)
    except Exception as e:  # noqa: BLE001
        st = f"error:{type(e).__name__}"
    start.wait()    # every thread gets here, logged in or not, or the others would wait for ever
    if st != 303:
        out.append({"thread": i, "user": user, "slug": slug, "phase": "login", "status": st})
        return
    began.append(time.monotonic())
    deadline = began[-1] + seconds
    path = f"/beheer/vacatures/{slug}/"
    k = 0
    while time.monotonic() < deadline:
        marker = f"LT{mode[0]}{i}n{k}x{secrets.token_hex(4)}"
        rec = {"thread": i, "user": user, "slug": slug, "marker": marker}
        k += 1
        try:
            t0 = time.monotonic()
            st, _, page = a.request(path)
            rec["get_ms"] = round((time.monotonic() - t0) * 1000, 1)
            if st != 200:
                rec.update(phase="form", status=st)
                out.append(rec)
                continue
            p = _Form()
            p.feed(page)
            fields = p.fields
            rec["rev"] = dict(fields).get("rev", "")
            data = [(n, f"Belastingtest {marker}" if n == "titel" else v) for n, v in fields]
            t1 = time.monotonic()
            st, headers, body = a.request(path, data, timeout=60)
            rec["post_ms"] = round((time.monotonic() - t1) * 1000, 1)
            rec["t"] = round(t0 - (deadline - seconds), 3)
            rec["phase"] = "save"
            rec["status"] = st
            loc = headers.get("Location") or ""
            rec["location"] = loc
            if st == 303:
                m = re.search(r"opgeslagen=([0-9a-f]*)", loc)
                rec["commit"] = m.group(1) if m else None
                m = re.search(r"tijd=(\d+)", loc)
                rec["server_ms"] = int(m.group(1)) if m else None
            elif st == 409:
                rec["conflict_page"] = CONFLICT_TEXT in body
            elif st >= 500:
                rec["body"] = " ".join(re.sub(r"<[^>]*>", " ", body).split())[:300]
        except Exception as e:  # noqa: BLE001
            rec.update(phase=rec.get("phase", "save"), status=f"error:{type(e).__name__}", error=str(e)[:200])
        out.append(rec)


def saves(argv):
    base, mode, seconds, outfile = argv[0], argv[1], float(argv[2]), argv[3]
    rest = argv[4:]
    sep = rest.index("--")
    accounts = [a.split(":", 1) for a in rest[:sep]]
    slugs = rest[sep + 1:]
    if mode not in ("own", "same") or (mode == "own" and len(slugs) < len(accounts)) or not slugs:
        sys.exit("load.py saves: MODE is own (a SLUG per account) or same")
    out = []
    start = threading.Barrier(len(accounts))
    began = []
    threads = []
    for i, (user, password) in enumerate(accounts):
        slug = slugs[i] if mode == "own" else slugs[0]
        t = threading.Thread(target=save_loop, args=(base, mode, seconds, i, user, password, slug, out, start,
                                                        began))
        t.start()
        threads.append(t)
    for t in threads:
        t.join()
    # From the first save to the last answer (the logins before are not counted).
    wall = time.monotonic() - min(began) if began else 0.0
    with open(outfile, "w", encoding="utf-8") as f:
        json.dump({"label": os.path.basename(outfile)[:-5], "mode": mode, "sessions": len(accounts),
                   "seconds": seconds, "wall_s": round(wall, 3), "slugs": sorted({r["slug"] for r in out}), "attempts": out}, f, indent=1)
        f.write("\n")
    return 0


def git(repo, *args, check=True):
    r = subprocess.run(["git", "-C", repo, *args], capture_output=True, text=True)
    if check and r.returncode != 0:
        raise RuntimeError(f"git {' '.join(args)}: {r.stderr.strip()}")
    return r


def verify(argv):
    repo, start, public, shell = argv[0], argv[1], argv[2], argv[3]
    runs = [json.load(open(p, encoding="utf-8")) for p in argv[4:]]
    head = git(repo, "rev-parse", "HEAD").stdout.strip()
    paths = {}
    for line in git(repo, "ls-tree", "-r", "--name-only", "HEAD", "vacatures").stdout.split():
        paths[os.path.basename(line)[:-3]] = line
    # Every marker in the history since the start, with its commit.
    in_history = {}
    log = git(repo, "log", "-p", "--format=commit %H", f"{start}..HEAD").stdout
    commit = None
    for line in log.splitlines():
        if line.startswith("commit "):
            commit = line[7:]
        elif line.startswith("+") and not line.startswith("+++"):
            for m in MARKER.findall(line):
                in_history.setdefault(m, commit)
    commits = git(repo, "rev-list", f"{start}..HEAD").stdout.split()
    blobs = {}

    def head_blob(slug):
        if slug not in blobs:
            blobs[slug] = git(repo, "rev-parse", f"HEAD:{paths[slug]}").stdout.strip()
        return blobs[slug]
    problems = []
    checks = {"kind": "checks", "head": head, "commits_since_start": len(commits)}
    summary = {}
    answered_commits = set()
    for run in runs:
        mode, label = run["mode"], run["label"]
        ok = conflicts = s5 = other = lost = phantom = conflict_without_page = false_conflicts = 0
        for r in run["attempts"]:
            st = r.get("status")
            if r.get("phase") == "save" and st == 303 and r.get("commit"):
                ok += 1
                path = paths.get(r["slug"])
                why = []
                c = git(repo, "rev-parse", "--verify", "--quiet", r["commit"] + "^{commit}", check=False).stdout.strip()
                if not c:
                    why.append("commit not in the repository")
                else:
                    answered_commits.add(c)
                    if git(repo, "merge-base", "--is-ancestor", c, "HEAD", check=False).returncode != 0:
                        why.append("commit not on HEAD")
                    shown = git(repo, "show", f"{c}:{path}", check=False)
                    if shown.returncode != 0 or f"titel: Belastingtest {r['marker']}" not in shown.stdout \
                            and f'titel: "Belastingtest {r["marker"]}"' not in shown.stdout:
                        why.append("the file of the commit does not have the saved title")
                    base = git(repo, "rev-parse", f"{c}^:{path}", check=False).stdout.strip()
                    if base != r.get("rev"):
                        why.append(f"based on {base[:12]}, not on the revision read {r.get('rev', '')[:12]} (overwrite)")
                    author = git(repo, "log", "-1", "--format=%ae", c).stdout.strip()
                    if author != f"{r['user']}@example.nl":
                        why.append(f"author {author}, not {r['user']}@example.nl")
                    changed = git(repo, "diff-tree", "--no-commit-id", "--name-only", "-r", c).stdout.split()
                    if changed != [path]:
                        why.append(f"the commit changes {changed}, not only {path}")
                if in_history.get(r["marker"]) is None:
                    why.append("marker not in the history")
                if why:
                    lost += 1
                    problems.append(f"{label}: save {r['marker']} to {r['slug']} answered {r['commit']}: " + "; ".join(why))
            else:
                if r.get("phase") == "save" and st == 409:
                    conflicts += 1
                    if not r.get("conflict_page"):
                        conflict_without_page += 1
                        problems.append(f"{label}: 409 without the conflict page for {r['marker']}")
                    # The revision it read was current then; unless a later
                    # save replaced it, the conflict was a false one.
                    if r.get("rev") and r["rev"] == head_blob(r["slug"]):
                        false_conflicts += 1
                        problems.append(f"{label}: 409 for {r['marker']} although the revision it read "
                                        f"({r['rev'][:12]}) is still the entry's")
                elif isinstance(st, int) and st >= 500:
                    s5 += 1
                    problems.append(f"{label}: {st} on {r.get('phase')} of {r['slug']}: {r.get('body', '')[:200]}")
                else:
                    other += 1
                    problems.append(f"{label}: {st} on {r.get('phase')} of {r['slug']} {r.get('error', '')}")
                if r.get("marker") and r["marker"] in in_history:
                    phantom += 1
                    problems.append(f"{label}: save {r['marker']} was answered {st} but is in commit "
                                    f"{in_history[r['marker']][:12]}")
        if mode == "own" and conflicts:
            problems.append(f"{label}: {conflicts} conflicts although every session saved its own vacancy")
        checks[label] = {"ok": ok, "conflicts": conflicts, "s5xx": s5, "other": other, "lost": lost,
                        "answered_failed_but_committed": phantom,
                        "conflicts_without_page": conflict_without_page, "false_conflicts": false_conflicts}
    unanswered = [c for c in commits if c not in answered_commits]
    checks["commits_not_answered"] = len(unanswered)
    if unanswered:
        problems.append(f"{len(unanswered)} commits nobody was told about: {[c[:12] for c in unanswered[:5]]}")
    # The last successful save of each entry is what HEAD has (the checks
    # above make the saves one chain) and what its public page shows.
    final = {}
    stale = []
    for run in runs:
        for slug in run["slugs"]:
            text = git(repo, "show", f"HEAD:{paths[slug]}").stdout
            m = MARKER.search(text)
            final[slug] = m.group(0) if m else None
            try:
                page = open(os.path.join(public, "vacatures", slug, "index.html"), encoding="utf-8").read()
            except OSError:
                page = ""
            if final[slug] and final[slug] not in page:
                stale.append(slug)
    checks["final_titles"] = final
    if stale:
        problems.append(f"public page does not show the last save: {stale}")
    for run in runs:
        if run["label"] in checks:
            c = checks[run["label"]]
            summary[run["label"]] = (f"{c['ok']} saved, {c['conflicts']} conflicts, {c['s5xx']} 5xx, "
                                          f"{c['other']} other failures, {c['lost']} lost or corrupted, {c['false_conflicts']} false conflicts, "
                                          f"{c['answered_failed_but_committed']} committed but not answered as saved")
    summary["commits made but not answered"] = len(unanswered)
    summary["public pages show the last save"] = "yes" if not stale else f"NO: {stale}"
    with open(shell, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 2:
                continue
            summary[parts[0]] = parts[1] if parts[1] == "ok" else "FAIL " + " ".join(parts[2:])[:300]
            if parts[1] != "ok":
                problems.append(f"{parts[0]}: " + " ".join(parts[2:])[:500])
    checks["summary"] = summary
    checks["problems"] = problems
    json.dump(checks, sys.stdout)
    sys.stdout.write("\n")
    return 0


def pct(v, p):
    v = sorted(v)
    return v[min(len(v) - 1, int(round(p * (len(v) - 1))))] if v else None


WRK_KEYS = ("kind", "name", "connections", "threads", "seconds", "requests", "rps", "p50_ms", "p90_ms", "p99_ms",
            "max_ms", "mean_ms", "s2xx", "s3xx", "s4xx", "s5xx", "cut_pages", "err_connect", "err_read", "err_write",
            "err_timeout", "paths", "first_bad", "load1")


def report(argv):
    rows = [json.loads(line) for line in open(argv[0], encoding="utf-8") if line.strip()]
    machine = {}
    for line in open(argv[1], encoding="utf-8"):
        k, _, v = line.rstrip("\n").partition("=")
        machine[k] = v
    checks = next((r for r in rows if r.get("kind") == "checks"), {})
    problems = list(checks.get("problems", []))
    records = []
    for r in rows:
        if r.get("kind") in ("static", "admin", "during", "during-admin"):
            rec = {k: r.get(k) for k in WRK_KEYS}
            rec["not_2xx"] = r["requests"] - r["s2xx"] + r["err_connect"] + r["err_read"] + r["err_write"] \
                + r["err_timeout"]
            records.append(rec)
            if rec["not_2xx"] or r["cut_pages"]:
                problems.append(f"{r['name']}, {r['connections']} connections: {r['s3xx']} 3xx, {r['s4xx']} 4xx, "
                                f"{r['s5xx']} 5xx (first: {r['first_bad'] or '-'}), {r['cut_pages']} pages cut short, "
                                f"errors: {r['err_connect']} connect, {r['err_read']} read, {r['err_write']} write, "
                                f"{r['err_timeout']} timeout")
        elif r.get("kind") == "saves":
            run = json.load(open(r["file"], encoding="utf-8"))
            att = [a for a in run["attempts"] if a.get("phase") == "save"]
            okd = [a for a in att if a.get("status") == 303]
            posts = [a["post_ms"] for a in att if "post_ms" in a]
            c = checks.get(run["label"], {})
            records.append({
                "kind": "saves", "name": r["name"], "mode": run["mode"], "sessions": run["sessions"],
                "seconds": run["seconds"], "wall_s": run["wall_s"], "attempts": len(att),
                "ok": len(okd), "ok_per_s": round(len(okd) / run["wall_s"], 2) if run["wall_s"] else None,
                "conflicts": sum(1 for a in att if a.get("status") == 409),
                "s5xx": sum(1 for a in run["attempts"] if isinstance(a.get("status"), int) and a["status"] >= 500),
                "other": c.get("other"), "lost": c.get("lost"),
                "answered_failed_but_committed": c.get("answered_failed_but_committed"),
                "post_p50_ms": pct(posts, .5), "post_p99_ms": pct(posts, .99),
                "server_p50_ms": pct([a["server_ms"] for a in okd if a.get("server_ms") is not None], .5),
                "load1": r["load1"],
            })
    out = {"machine": machine, "records": records,
           "checks": {k: v for k, v in checks.items() if k not in ("kind", "problems")}, "problems": problems}
    with open(argv[2], "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")

    print()
    print(f"Load (issue 6 §4): the sample region ({machine.get('vacancies', '?')} vacancies, "
          f"{machine.get('files', '?')} files) served by lighttpd {machine.get('lighttpd', '?')} on loopback,")
    print(f"the admin as {machine.get('admin_procs', '?')} FastCGI processes; wrk {machine.get('wrk', '?')}, "
          f"{machine.get('wrk_threads', '?')} threads, {machine.get('seconds', '?')} s a row; "
          f"{machine.get('sessions', '?')} sessions save for {machine.get('save_seconds', '?')} s.")
    print()
    fmt = "%-36s %5s %8s %8s %8s %8s %8s %7s %5s %5s"
    print(fmt % ("wrk", "conns", "requests", "req/s", "p50 ms", "p99 ms", "max ms", "not 2xx", "5xx", "load"))
    print("-" * 108)
    for r in records:
        if r["kind"] != "saves":
            print(fmt % (r["name"], r["connections"], r["requests"], "%.0f" % r["rps"], "%.2f" % r["p50_ms"],
                         "%.2f" % r["p99_ms"], "%.1f" % r["max_ms"], r["not_2xx"], r["s5xx"], r["load1"]))
    print()
    fmt = "%-36s %5s %8s %6s %9s %4s %5s %7s %7s %7s %5s"
    print(fmt % ("concurrent saves (python threads)", "sess.", "attempts", "saved", "conflicts", "5xx", "lost",
                 "p50 ms", "p99 ms", "server", "load"))
    print("-" * 108)
    for r in records:
        if r["kind"] == "saves":
            print(fmt % (r["name"], r["sessions"], r["attempts"], r["ok"], r["conflicts"], r["s5xx"],
                         r["lost"] if r["lost"] is not None else "?",
                         "%.0f" % r["post_p50_ms"] if r["post_p50_ms"] is not None else "-",
                         "%.0f" % r["post_p99_ms"] if r["post_p99_ms"] is not None else "-",
                         r["server_p50_ms"] if r["server_p50_ms"] is not None else "-", r["load1"]))
    print()
    print("not 2xx: any other status, and connections wrk lost or timed out (10 s). Saves: attempts are")
    print("posts of an edit form just read; p50/p99 from the post to the answer (commit, index, the")
    print("vacancy's own page written); server: p50 of the admin's own time for that (the \"tijd\" it")
    print("reports); the lists, feeds and search follow in a background build after the answer.")
    print("load: 1-minute load average as the row started (2 CPUs: above ~1, other work competed).")
    print()
    print(f"Checks (server stopped after the background builds finished, in {machine.get('builds_settled_s', '?')} s):")
    for k, v in checks.get("summary", {}).items():
        print(f"  {k}: {v}")
    if problems:
        print(f"PROBLEMS ({len(problems)}):")
        for p in problems[:30]:
            print("  " + p)
    else:
        print("  no problems: zero 5xx and zero other failures, zero lost or corrupted saves, every conflict")
        print("  answered 409 with the conflict page, no page served cut short")
    print(f"Machine: {machine.get('nproc', '?')} CPUs ({machine.get('cpu', '?')}); {machine.get('date', '?')}; "
          f"uptime before: {machine.get('uptime_before', '?')}")
    print(f"  after: {machine.get('uptime_after', '?')}")
    return 1 if problems else 0


def main():
    cmd, argv = (sys.argv[1], sys.argv[2:]) if len(sys.argv) > 1 else ("", [])
    if cmd == "login" and len(argv) == 3:
        return login(*argv)
    if cmd == "saves" and len(argv) >= 6:
        return saves(argv)
    if cmd == "verify" and len(argv) >= 5:
        return verify(argv)
    if cmd == "report" and len(argv) == 3:
        return report(argv)
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main())
