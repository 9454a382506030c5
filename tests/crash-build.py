#!/usr/bin/env python3
"""The generator killed with SIGKILL during builds (issue 6, section 3).

usage: crash-build.py STAGEBUREAU WORKDIR ITERATIONS SEED [SCRATCH]

SCRATCH (default WORKDIR) holds the reference builds; a tmpfs makes
them cheaper to make and remove.

Makes a content repository from the sample region and builds it. Then,
ITERATIONS times: one to three random content changes, each one commit
pushed to the repository, each followed by a build that is killed (the
whole process group: the build and its forked worker) after a random
0-400 ms, landing while it indexes, while it writes pages, or after it
finished. After every kill:
  - no file of the public site is partial: pages end in </html>, JSON
    and XML files parse, iCalendar files end in END:VCALENDAR, and every
    file is byte for byte the one the last complete build left, or the
    one a full build of the commit being built makes, or one already
    checked after the previous kill (only files of other kinds when no
    full build of the commit was made: the middle of a chain); only
    *.tmp files are extra;
  - both processes are gone;
  - 'stagebureau check' passes when the index is at HEAD, or says it
    is behind (the kill came before the index transaction committed).
Then a normal build must succeed and leave the site byte for byte equal
to a full build of the same commit into a fresh folder from a fresh
database (so every leftover *.tmp file is gone), and 'stagebureau check'
must find the index equal to a fresh index of HEAD.

The changes include reverts and toggles back and forth (an organisation's
name, the site's description and page size, a sector's name), so a build
sometimes meets inputs it has seen before, and commits share a timestamp
now and then, as scripted pushes do. Two fixed scenarios follow: a
page rewritten by a killed build whose inputs then return to those of
the last complete build, and an index catching up over a change and its
revert. Prints "ok - ..." / "FAIL - ..." lines (with VERBOSE set, also
the phase each kill landed in), a summary of the kills and
"crash-build: N passed, N failed".
"""
import ctypes
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from incremental import Editor, files, read, referenced, set_field, write  # noqa: E402

TODAY = "2026-11-23"


class Test:
    def __init__(self, sb, work, seed, scratch=None):
        self.sb, self.work, self.scratch = sb, work, scratch or work
        self.rnd = random.Random(seed)
        self.passed = self.failed = 0
        self.repo = os.path.join(work, "repo")
        self.tree = os.path.join(work, "tree")
        self.out = os.path.join(work, "public")
        self.db = os.path.join(work, "site.db")
        self.phases = {}
        self.clock = 0
        self.commits = 0
        self.refused = 0
        self.tmp_left = 0
        self.build_seconds = 0.4  # how long the last build after a kill took

    # -- reporting ---------------------------------------------------------

    def ok(self, what):
        self.passed += 1
        print("ok - " + what)

    def fail(self, what, detail=""):
        self.failed += 1
        print("FAIL - " + what)
        if detail:
            print("\n".join("    " + line for line in detail.rstrip("\n").split("\n")[:25]))
        sys.stdout.flush()

    def expect(self, cond, what, detail=""):
        if cond:
            self.ok(what)
        else:
            self.fail(what, detail)
        return cond

    # -- git and the program -----------------------------------------------

    def git(self, *args, check=True):
        env = dict(os.environ)
        stamp = "@%d +0000" % self.clock
        env.update(GIT_AUTHOR_DATE=stamp, GIT_COMMITTER_DATE=stamp)
        r = subprocess.run(["git", *args], cwd=self.tree, capture_output=True, text=True, env=env)
        if check and r.returncode != 0:
            raise RuntimeError("git %s: %s" % (" ".join(args), r.stderr))
        return r

    def command(self, db, out, *args):
        return [self.sb, "-r", self.repo, "-d", db, "-o", out, "--today", TODAY, *args]

    def run(self, db, out, *args):
        return subprocess.run(self.command(db, out, *args), capture_output=True, text=True)

    def check_index(self):
        """Runs 'stagebureau check'; 'ok', 'behind' or the failure text."""
        r = subprocess.run([self.sb, "-r", self.repo, "-d", self.db, "check"], capture_output=True, text=True)
        if r.returncode == 0:
            return "ok"
        if "the index is at commit" in r.stderr and "run 'stagebureau index' to catch up" in r.stderr:
            return "behind"
        return "exit %d: %s%s" % (r.returncode, r.stdout, r.stderr)

    def head(self):
        return self.git("rev-parse", "HEAD").stdout.strip()

    # -- the site ------------------------------------------------------------

    _read_cache = {}

    @classmethod
    def snapshot(cls, root):
        """Every file below root: relative path -> bytes. A file whose inode,
        size and mtime are those of the last read is not read again (the
        build writes by rename, so a rewritten file is a new inode)."""
        out = {}
        for dirpath, _, names in os.walk(root):
            for n in names:
                full = os.path.join(dirpath, n)
                st = os.stat(full)
                sig = (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
                hit = cls._read_cache.get(full)
                if hit and hit[0] == sig:
                    data = hit[1]
                else:
                    with open(full, "rb") as f:
                        data = f.read()
                    cls._read_cache[full] = (sig, data)
                out[os.path.relpath(full, root)] = data
        return out

    def full_build(self):
        """A full build of HEAD into a fresh folder from a fresh database: its files, or None."""
        ref, db = os.path.join(self.scratch, "ref"), os.path.join(self.scratch, "ref.db")
        shutil.rmtree(ref, ignore_errors=True)
        for suffix in ("", "-wal", "-shm", "-journal"):
            if os.path.exists(db + suffix):
                os.unlink(db + suffix)
        r = self.run(db, ref, "-q", "--full", "build")
        if r.returncode != 0:
            return None, r.stderr
        return self.snapshot(ref), ""

    PARSED = (".html", ".json", ".xml", ".ics")

    @staticmethod
    def well_formed(rel, data):
        """Why a file of the site looks cut short, or None."""
        if rel.endswith(".html"):
            return None if data.endswith(b"</html>\n") else "does not end in </html>"
        if rel.endswith(".json"):
            try:
                json.loads(data)
            except ValueError as e:
                return "JSON: %s" % e
        if rel.endswith(".xml"):
            try:
                ET.fromstring(data)
            except ET.ParseError as e:
                return "XML: %s" % e
        if rel.endswith(".ics"):
            return None if data.endswith(b"END:VCALENDAR\r\n") else "does not end in END:VCALENDAR"
        return None

    def partial_files(self, site, known, complete):
        """Files of site that are cut short; the *.tmp files.

        Every page, JSON, XML and iCalendar file must parse or end as it
        should. With complete (the full build of the commit being built is
        among known), every file must also be byte for byte one of the known
        versions; otherwise (a kill after a commit whose full build was not
        made) only the files of other kinds are held to that."""
        bad, tmp = [], []
        for rel, data in sorted(site.items()):
            if rel.endswith(".tmp"):
                tmp.append(rel)
                continue
            why = self.well_formed(rel, data)
            if why:
                bad.append("%s: %s (%d bytes)" % (rel, why, len(data)))
            elif (complete or not rel.endswith(self.PARSED)) and not any(k.get(rel) == data for k in known):
                bad.append("%s: bytes that neither the last complete build nor a full build of this commit has"
                           " (%d bytes)" % (rel, len(data)))
        return bad, tmp

    @staticmethod
    def differences(a, b):
        diff = ["%s (only in the site)" % p for p in sorted(a.keys() - b.keys())]
        diff += ["%s (only in the full build)" % p for p in sorted(b.keys() - a.keys())]
        diff += [p for p in sorted(a.keys() & b.keys()) if a[p] != b[p]]
        return diff

    # -- changes ---------------------------------------------------------------

    def toggle(self, path, pairs):
        """Replaces one of the (a, b) texts of a file by the other; the pair chosen at random."""
        text = read(path)
        a, b = self.rnd.choice(pairs)
        if a in text:
            text = text.replace(a, b, 1)
        elif b in text:
            text = text.replace(b, a, 1)
        else:
            return False
        write(path, text)
        return True

    def change(self, editor):
        """Applies one random change to the work tree and commits it; a description."""
        self.clock += self.rnd.choice([0, 0, 1, 1, 2, 5, 60, 3600])
        what = self.rnd.choice(["vacature"] * 6 + ["nieuw", "weg", "organisatie", "naam", "ander",
                                                    "site", "sector", "terug", "terug"])
        editor.n += 1
        if what == "terug" and self.commits > 0:
            r = self.git("revert", "--no-edit", "HEAD", check=False)
            if r.returncode == 0:
                return "revert of the last commit"
            self.git("revert", "--abort", check=False)
            what = "vacature"
        if what == "site":
            pairs = [("per_pagina: 20", "per_pagina: 15"), ("omschrijving: \"Alle stages", "omschrijving: \"Elke stage")]
            if self.toggle(os.path.join(self.tree, "site.yaml"), pairs):
                desc = "site.yaml toggled"
            else:
                desc = editor.edit_vacancy()
        elif what == "sector":
            pairs = [("naam: Techniek\n", "naam: Techniek en technologie\n"), ("naam: Onderwijs\n", "naam: Het onderwijs\n")]
            if self.toggle(os.path.join(self.tree, "vocabularies", "sectoren.yaml"), pairs):
                desc = "sector name toggled"
            else:
                desc = editor.edit_vacancy()
        elif what == "naam":
            # Two names taken in turn: a build meets an organisation name it knew before.
            path = self.rnd.choice(files(self.tree, "organisaties")[:3])
            text = read(path)
            m = re.search(r"^naam: (.*)$", text, re.M)
            name = m.group(1).strip('"') if m else "Organisatie"
            new = name[:-len(" (B)")] if name.endswith(" (B)") else name + " (B)"
            write(path, set_field(text, "naam", '"%s"' % new))
            desc = "organisatie %s: naam %s" % (os.path.basename(path), new)
        elif what == "nieuw":
            desc = editor.create_vacancy()
        elif what == "weg":
            desc = editor.delete_vacancy()
        elif what == "organisatie":
            desc = editor.edit_org()
        elif what == "ander":
            desc = editor.edit_other()
        else:
            desc = editor.edit_vacancy()
        self.git("add", "-A", ".")
        if self.git("diff", "--cached", "--quiet", check=False).returncode == 0:
            # The edit changed nothing (a status set to what it was): one that always does.
            path = self.rnd.choice(editor.vacancies())
            write(path, read(path).rstrip("\n") + "\n\nNog een alinea %d.\n" % editor.n)
            desc = "vacature %s: body" % os.path.basename(path)
            self.git("add", "-A", ".")
        self.git("commit", "-q", "-m", desc)
        return desc

    def push(self):
        self.git("push", "-q", "origin", "HEAD:main")
        self.commits += 1

    # -- the killed build --------------------------------------------------------

    def killed_build(self, jobs, full):
        """Starts a build in a session of its own and kills the session; what happened."""
        args = (["-j", "1"] if jobs == 1 else []) + (["--full"] if full else []) + ["-q", "build"]
        # Every kill within 400 ms: a quarter early (start-up, indexing), a quarter
        # anywhere, half within the time a build like the last one took, so that
        # short incremental builds are caught while they write too.
        x = self.rnd.random()
        span = 0.06 if x < 0.25 else 0.4 if x < 0.5 or full else min(0.4, 1.2 * self.build_seconds)
        delay = self.rnd.uniform(0, span)
        # Standard error to a file: a pipe would hang this test if the worker outlived the kill.
        with open(os.path.join(self.work, "killed.err"), "w+") as errf:
            p = subprocess.Popen(self.command(self.db, self.out, *args), stdout=subprocess.DEVNULL,
                                 stderr=errf, start_new_session=True)
            time.sleep(delay)
            finished = p.poll() is not None
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            p.wait()
            errf.seek(0)
            err = errf.read()
        # The worker, orphaned by the kill, is this process's child (a subreaper): reap it.
        gone = False
        for _ in range(300):
            try:
                while os.waitpid(-1, os.WNOHANG)[0] > 0:
                    pass
            except ChildProcessError:
                pass
            try:
                os.killpg(p.pid, 0)
            except ProcessLookupError:
                gone = True
                break
            time.sleep(0.01)
        return {"delay": delay, "finished": finished, "rc": p.returncode, "stderr": err, "gone": gone}

    # -- the test ------------------------------------------------------------------

    def classify(self, k, state, site, last_good, ref, tmp):
        if k["finished"]:
            return "build finished before the kill"
        if state == "behind":
            return "start-up or index"
        if ref is not None and site == ref and site != last_good:
            return "after the pages"
        if site == last_good and not tmp:
            return "index done, no page yet"
        return "writing pages"

    def main(self, iterations):
        # Orphans of the killed build (its worker) become children of this process.
        try:
            ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
        except (OSError, AttributeError):
            pass
        subprocess.run([self.sb, "-q", "init", self.repo, "content"], check=True)
        subprocess.run(["git", "clone", "-q", self.repo, self.tree], check=True, capture_output=True)
        self.git("config", "user.name", "Test")
        self.git("config", "user.email", "test@example.nl")
        self.clock = int(self.git("log", "-1", "--format=%ct").stdout.strip()) + 10
        first = self.run(self.db, self.out, "-q", "build")
        if first.returncode != 0:
            self.fail("first build", first.stderr)
            return self.finish(iterations, 0)
        last_good = self.snapshot(self.out)
        editor = Editor(self.tree, self.rnd)
        kills = 0
        for i in range(1, iterations + 1):
            chain = self.rnd.choice([1, 1, 1, 1, 2, 3])
            ref, seen = None, {}
            for link in range(chain):
                desc = self.change(editor)
                # A change the content format refuses is undone, as an editor would.
                r = subprocess.run([self.sb, "-q", "check", self.tree], capture_output=True, text=True)
                if r.returncode != 0:
                    self.refused += 1
                    self.git("revert", "--no-edit", "HEAD")
                    desc += " (refused, reverted)"
                self.push()
                if link == chain - 1:
                    # The reference: a full build of this commit, fresh folder, fresh database.
                    ref, err = self.full_build()
                    if ref is None:
                        self.fail("iteration %d: a full build of %s" % (i, self.head()[:12]), err)
                        return self.finish(i, kills)
                jobs = self.rnd.choice([1, 2, 2, 2])
                full = self.rnd.random() < 0.15
                k = self.killed_build(jobs, full)
                kills += 1
                label = "iteration %d, kill %d/%d (%s; -j %d%s; %.0f ms)" % (
                    i, link + 1, chain, desc, jobs, " --full" if full else "", k["delay"] * 1000)
                if not k["gone"]:
                    self.fail(label + ": the build and its worker are gone after SIGKILL")
                if k["finished"] and k["rc"] != 0:
                    self.fail(label + ": the build finished before the kill, with exit %s" % k["rc"], k["stderr"])
                site = self.snapshot(self.out)
                # Files an earlier kill of this chain left were checked then.
                bad, tmp = self.partial_files(site, [last_good, seen] + ([ref] if ref else []), ref is not None)
                seen = site
                self.expect(not bad, label + ": no partial file", "\n".join(bad))
                state = self.check_index()
                if state in ("ok", "behind"):
                    self.ok(label + ": the index %s" % ("equals a fresh index of HEAD" if state == "ok" else
                                                        "is at the previous commit, unharmed"))
                else:
                    self.fail(label + ": 'stagebureau check' after the kill", state)
                phase = self.classify(k, state, site, last_good, ref, tmp)
                self.phases[phase] = self.phases.get(phase, 0) + 1
                self.tmp_left += len(tmp)
                if os.environ.get("VERBOSE"):
                    print("#   %s: %s, %d *.tmp left" % (label, phase, len(tmp)))
            # The next normal build repairs everything.
            t0 = time.monotonic()
            r = self.run(self.db, self.out, "build")
            seconds = time.monotonic() - t0
            self.build_seconds = seconds
            label = "iteration %d (%d kill%s)" % (i, chain, "" if chain == 1 else "s")
            good = self.expect(r.returncode == 0, label + ": the build after the kill succeeds", r.stdout + r.stderr)
            if good:
                self.expect(seconds < 8, label + ": the build after the kill waits for no stale lock (%.1f s)" % seconds)
                site = self.snapshot(self.out)
                diff = self.differences(site, ref)
                good = self.expect(not diff, label + ": the site equals a full build of the same commit, no *.tmp left",
                                   "\n".join(diff[:20]) + ("\n(%d differences)" % len(diff) if len(diff) > 20 else "")
                                   + "\nbuild said: " + r.stdout.strip())
            state = self.check_index()
            good = self.expect(state == "ok", label + ": the index equals a fresh index of HEAD", state) and good
            if not good:
                # Start the next iteration from a sound site, so one failure is reported once.
                self.run(self.db, self.out, "-q", "--full", "build")
            last_good = self.snapshot(self.out) if not good else ref
        self.stale_key_scenario()
        self.change_and_revert_scenario()
        return self.finish(iterations, kills)

    def stale_key_scenario(self):
        """A page rewritten by a killed build, then its inputs back to what they were.

        Deterministic: a vacancy that is not on the first page of /vacatures/
        is deleted; the build is killed as soon as it has rewritten
        vacatures/index.html (count and facets changed); the deletion is
        reverted, so that page's inputs are again those of the last complete
        build; the next build must still make the page a full build makes."""
        page = os.path.join(self.out, "vacatures", "index.html")
        with open(page, "rb") as f:
            before = f.read()
        listed = set(re.findall(rb'href="/vacatures/([a-z0-9-]+)/"', before))
        candidates = [p for p in files(self.tree, "vacatures")
                      if os.path.basename(p)[:-3].encode() not in listed
                      and re.search(r"^status: open", read(p), re.M)]
        refs = referenced(self.tree)
        candidates = [p for p in candidates if os.path.basename(p)[:-3] not in refs]
        if not candidates:
            self.fail("stale page key scenario: no vacancy to delete")
            return
        victim = candidates[0]
        self.clock += 60
        os.unlink(victim)
        self.git("add", "-A", ".")
        self.git("commit", "-q", "-m", "verwijderd: " + os.path.basename(victim))
        self.push()
        p = subprocess.Popen(self.command(self.db, self.out, "-q", "build"), stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL, start_new_session=True)
        killed = False
        while p.poll() is None:
            try:
                with open(page, "rb") as f:
                    now = f.read()
            except OSError:
                now = before
            if now != before:
                os.killpg(p.pid, signal.SIGKILL)
                killed = True
                break
            time.sleep(0.001)
        p.wait()
        time.sleep(0.05)
        try:
            while os.waitpid(-1, os.WNOHANG)[0] > 0:
                pass
        except ChildProcessError:
            pass
        if not killed:
            self.fail("stale page key scenario: the build finished before vacatures/index.html changed")
            return
        self.clock += 60
        self.git("revert", "--no-edit", "HEAD")
        self.push()
        r = self.run(self.db, self.out, "build")
        ref, err = self.full_build()
        diff = self.differences(self.snapshot(self.out), ref or {})
        self.expect(r.returncode == 0 and ref is not None and not diff,
                    "a page a killed build rewrote is made again when its inputs return to those of the "
                    "last complete build (%s deleted, killed, restored)" % os.path.basename(victim),
                    "\n".join(diff[:20]) + "\nbuild said: " + (r.stdout + r.stderr).strip() + err)

    def change_and_revert_scenario(self):
        """The index catching up over a change and its revert, both pushed at once.

        The random chains above meet this when a build was killed before
        its index caught up; here it is made on purpose, without a kill:
        the file is the same at both ends, but its last change is the
        revert, and a fresh index dates it so."""
        path = self.rnd.choice(files(self.tree, "vacatures"))
        self.run(self.db, self.out, "-q", "--full", "build")  # whatever the scenario before left
        self.clock += 60
        write(path, set_field(read(path), "titel", '"Even een andere titel"'))
        self.git("commit", "-q", "-a", "-m", "titel: " + os.path.basename(path))
        self.clock += 60
        self.git("revert", "--no-edit", "HEAD")
        self.push()
        r = self.run(self.db, self.out, "build")
        ref, err = self.full_build()
        diff = self.differences(self.snapshot(self.out), ref or {})
        state = self.check_index()
        self.expect(r.returncode == 0 and state == "ok" and not diff,
                    "an index that catches up over a change and its revert equals a fresh index, and "
                    "the site a full build (%s)" % os.path.basename(path),
                    "check: %s\nsite differs from a full build in: %s\nbuild said: %s%s" % (
                        state, " ".join(diff[:10]), (r.stdout + r.stderr).strip(), err))

    def finish(self, iterations, kills):
        r = self.git("rev-list", "--count", "HEAD", check=False) if os.path.isdir(self.tree) else None
        commits = int(r.stdout) - 1 if r is not None and r.returncode == 0 else 0
        landed = ", ".join("%s %d" % kv for kv in sorted(self.phases.items(), key=lambda kv: -kv[1]))
        print("# crash-build: %d iterations, %d kills, %d commits (%d refused), %d *.tmp files left by kills;"
              " kills landed: %s" % (iterations, kills, commits, self.refused, self.tmp_left, landed))
        print("crash-build: %d passed, %d failed" % (self.passed, self.failed))
        return 1 if self.failed else 0

if __name__ == "__main__":
    sb, work, n, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    sys.exit(Test(sb, work, seed, sys.argv[5] if len(sys.argv) > 5 else None).main(n))
