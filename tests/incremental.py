#!/usr/bin/env python3
"""Incremental builds equal full builds (issue 5, section 3).

usage: incremental.py STAGEBUREAU WORKDIR STEPS SEED

Makes a content repository from the sample region, builds it, then
applies STEPS rounds of random edits, creations and deletions (vacancy
fields that move it between lists, organisations, events, tips,
materials), each round one commit. After every round the site is built
incrementally into the same folder with the same index, and compared
byte for byte with a full build of the same commit into a fresh folder
from a fresh index. Prints "ok - ..." / "FAIL - ..." lines and a final
"incremental: N passed, N failed".
"""
import filecmp
import os
import random
import re
import shutil
import subprocess
import sys

TODAY = "2026-11-23"
ALPHA = "0123456789abcdefghijklmnopqrstuv"


def fnv1a(text):
    h = 2166136261
    for b in text.encode():
        h ^= b
        h = (h * 16777619) & 0xFFFFFFFF
    return h


def shard(slug):
    """The shard folder of a slug, as stagebureau(5) defines it."""
    h = fnv1a(slug)
    return ALPHA[h & 31] + "/" + ALPHA[(h >> 5) & 31]


def git(*args, cwd):
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout


def vocab_slugs(tree, name):
    with open(os.path.join(tree, "vocabularies", name + ".yaml"), encoding="utf-8") as f:
        return re.findall(r"^- slug: (\S+)", f.read(), re.M)


def places(tree):
    with open(os.path.join(tree, "vocabularies", "gemeenten.yaml"), encoding="utf-8") as f:
        text = f.read()
    return re.findall(r"^\s+- slug: (\S+)", text, re.M) or re.findall(r"slug: (\S+)", text)


def files(tree, folder):
    out = []
    for root, _, names in os.walk(os.path.join(tree, folder)):
        out += [os.path.join(root, n) for n in names if n.endswith(".md")]
    return sorted(out)


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def set_field(text, key, value):
    """Replaces a top-level front-matter field (or adds it after the first line)."""
    line = "%s: %s" % (key, value)
    new, n = re.subn(r"^%s:.*$" % re.escape(key), line, text, count=1, flags=re.M)
    return new if n else text.replace("---\n", "---\n" + line + "\n", 1)


def referenced(tree):
    """Slugs named anywhere in another file, so deleting them would break a reference."""
    text = ""
    for folder in ("organisaties", "evenementen", "materialen", "handboeken", "tips", "paginas"):
        for path in files(tree, folder):
            text += read(path)
    return text


class Editor:
    def __init__(self, tree, rnd):
        self.tree, self.rnd = tree, rnd
        self.sectors = vocab_slugs(tree, "sectoren")
        self.levels = vocab_slugs(tree, "niveaus")
        self.n = 0

    def vacancies(self):
        return files(self.tree, "vacatures")

    def orgs(self):
        return [os.path.basename(p)[:-3] for p in files(self.tree, "organisaties")]

    def edit_vacancy(self):
        path = self.rnd.choice(self.vacancies())
        text = read(path)
        # Edits that move no vacancy between lists come often: they are the ones
        # where a build must find the few pages that show the vacancy.
        what = self.rnd.choice(["titel", "titel", "body", "body", "status", "sector", "org", "bezet",
                                "geplaatst", "niveaus"])
        if what == "titel":
            text = set_field(text, "titel", '"Bewerkte stage %d"' % self.n)
        elif what == "status":
            text = set_field(text, "status", self.rnd.choice(["open", "vol", "verlopen"]))
        elif what == "sector":
            text = set_field(text, "sectoren", "[%s]" % self.rnd.choice(self.sectors))
        elif what == "org":
            text = set_field(text, "organisatie", self.rnd.choice(self.orgs()))
        elif what == "bezet":
            m = re.search(r"^plaatsen: (\d+)", text, re.M)
            text = set_field(text, "bezet", str(self.rnd.randint(0, int(m.group(1)) if m else 1)))
        elif what == "geplaatst":
            text = set_field(text, "geplaatst", "2026-%02d-%02d" % (self.rnd.randint(1, 11), self.rnd.randint(1, 28)))
        elif what == "niveaus":
            text = set_field(text, "niveaus", "[%s]" % ", ".join(self.rnd.sample(self.levels, 2)))
        else:
            text = text.rstrip("\n") + "\n\nNieuwe alinea %d over deze stage.\n" % self.n
        write(path, text)
        return "vacature %s: %s" % (os.path.basename(path), what)

    def create_vacancy(self):
        src = self.rnd.choice(self.vacancies())
        slug = "nieuwe-stage-%d-%d" % (self.n, self.rnd.randint(0, 99999))
        text = set_field(read(src), "titel", '"Nieuwe stage %d"' % self.n)
        text = set_field(text, "geplaatst", "2026-11-%02d" % self.rnd.randint(1, 22))
        write(os.path.join(self.tree, "vacatures", shard(slug), slug + ".md"), text)
        return "vacature %s: nieuw" % slug

    def delete_vacancy(self):
        path = self.rnd.choice(self.vacancies())
        if os.path.basename(path)[:-3] in referenced(self.tree):
            return self.edit_vacancy()
        os.unlink(path)
        return "vacature %s: verwijderd" % os.path.basename(path)

    def edit_org(self):
        path = self.rnd.choice(files(self.tree, "organisaties"))
        text = read(path)
        if self.rnd.random() < 0.5:
            text = set_field(text, "naam", '"Organisatie %d"' % self.n)
            what = "naam"
        else:
            text = text.rstrip("\n") + "\n\nMeer over ons, deel %d.\n" % self.n
            what = "tekst"
        write(path, text)
        return "organisatie %s: %s" % (os.path.basename(path), what)

    def edit_other(self):
        folder = self.rnd.choice(["evenementen", "tips", "materialen", "handboeken"])
        path = self.rnd.choice(files(self.tree, folder))
        text = set_field(read(path), "titel", '"Andere titel %d"' % self.n)
        write(path, text)
        return "%s %s: titel" % (folder, os.path.basename(path))

    def step(self):
        self.n += 1
        ops = [self.edit_vacancy] * 5 + [self.create_vacancy] * 2 + [self.delete_vacancy] * 2 + \
            [self.edit_org, self.edit_other]
        return [self.rnd.choice(ops)() for _ in range(self.rnd.choice([1, 1, 1, 2, 3]))]


def main():
    sb, work, steps, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    rnd = random.Random(seed)
    passed = failed = 0
    repo, tree = os.path.join(work, "repo"), os.path.join(work, "tree")
    inc, db = os.path.join(work, "inc"), os.path.join(work, "inc.db")
    env = dict(os.environ, SOURCE_DATE_EPOCH="1767225600")
    subprocess.run([sb, "-q", "init", repo, "content"], check=True, env=env)
    git("clone", "-q", repo, tree, cwd=work)
    git("config", "user.name", "Test", cwd=tree)
    git("config", "user.email", "test@example.nl", cwd=tree)

    def build(out, database, *extra):
        return subprocess.run([sb, "-q", "-r", repo, "-d", database, "-o", out, "--today", TODAY, *extra, "build"],
                              capture_output=True, text=True)

    first = build(inc, db)
    if first.returncode != 0:
        print("FAIL - first build\n" + first.stderr)
        print("incremental: 0 passed, 1 failed")
        return 1
    editor = Editor(tree, rnd)
    for i in range(1, steps + 1):
        what = editor.step()
        git("add", "-A", ".", cwd=tree)
        git("commit", "-q", "--allow-empty", "-m", "; ".join(what), cwd=tree)
        git("push", "-q", "origin", "HEAD:main", cwd=tree)
        r = build(inc, db)
        full = os.path.join(work, "full")
        shutil.rmtree(full, ignore_errors=True)
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(os.path.join(work, "full.db" + suffix)):
                os.unlink(os.path.join(work, "full.db" + suffix))
        f = build(full, os.path.join(work, "full.db"), "--full")
        label = "step %d (%s)" % (i, "; ".join(what))
        if r.returncode != 0 or f.returncode != 0:
            # An edit the content format refuses is refused by both builds alike.
            if r.returncode != 0 and f.returncode != 0:
                print("ok - %s: refused by both builds" % label)
                passed += 1
                git("revert", "--no-edit", "HEAD", cwd=tree)
                git("push", "-q", "origin", "HEAD:main", cwd=tree)
                build(inc, db)
                continue
            print("FAIL - %s: build failed\n%s%s" % (label, r.stderr, f.stderr))
            failed += 1
            continue
        diff = compare(inc, full)
        if diff:
            print("FAIL - %s: incremental and full builds differ: %s" % (label, ", ".join(diff[:5])))
            failed += 1
        else:
            print("ok - %s: incremental build equals full build" % label)
            passed += 1
    # Built again with nothing new, the build stops at once; a page deleted
    # by hand is noticed and written again.
    again = subprocess.run([sb, "-r", repo, "-d", db, "-o", inc, "--today", TODAY, "build"],
                           capture_output=True, text=True)
    if "nothing changed since the last build" in again.stdout:
        print("ok - a build with nothing new stops at once")
        passed += 1
    else:
        print("FAIL - a build with nothing new stops at once\n" + again.stdout + again.stderr)
        failed += 1
    pages = sorted(p for p in compare_listing(inc) if p.startswith("vacatures/") and p.endswith("index.html"))
    for p in pages[:1] + pages[-1:]:
        os.unlink(os.path.join(inc, p))
    build(inc, db)
    full = os.path.join(work, "full-last")
    build(full, os.path.join(work, "full-last.db"), "--full")
    diff = compare(inc, full)
    if diff:
        print("FAIL - pages deleted by hand are written again: %s" % ", ".join(diff[:5]))
        failed += 1
    else:
        print("ok - pages deleted by hand are written again")
        passed += 1
    print("incremental: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


def compare_listing(root):
    """Relative paths of the files below root."""
    out = []
    for dirpath, _, names in os.walk(root):
        out += [os.path.relpath(os.path.join(dirpath, n), root) for n in names]
    return out


def compare(a, b):
    """Relative paths whose bytes differ between two folders, or that exist in one only."""
    def listing(root):
        out = {}
        for dirpath, _, names in os.walk(root):
            for n in names:
                full = os.path.join(dirpath, n)
                out[os.path.relpath(full, root)] = full
        return out

    left, right = listing(a), listing(b)
    diff = [p + " (only in incremental)" for p in sorted(left.keys() - right.keys())]
    diff += [p + " (only in full)" for p in sorted(right.keys() - left.keys())]
    for p in sorted(left.keys() & right.keys()):
        if not filecmp.cmp(left[p], right[p], shallow=False):
            diff.append(p)
    return diff


if __name__ == "__main__":
    sys.exit(main())
