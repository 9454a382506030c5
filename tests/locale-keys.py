#!/usr/bin/env python3
"""Every locale key the theme and the programs use exists in theme/locale/nl.yaml.

A missing key shows up as an empty text (a template) or as the bare key
(the programs), so nobody sees it break until a user does. Checks:
  - every {{t.KEY}} in theme/**/*.mustache,
  - every whole-key string literal in generator/*.c and cgi/*.c that looks
    like a locale key (ctx_t, site_t, site_tf, theme_string arguments and
    the message codes of diags_add_coded / problem),
  - the file's own format (key: "text", no quotes or backslashes inside),
  - every {placeholder} a message uses is one its code fills in.
The hyphen in the name is on purpose: a tests/locale.py would shadow
Python's locale module for every script that puts tests/ on sys.path.
"""
import glob
import os
import re
import sys

top = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
passed = failed = 0


def result(ok, name, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print("ok - " + name)
    else:
        failed += 1
        print("FAIL - " + name + (("\n    " + detail) if detail else ""), file=sys.stderr)


locale = {}
bad_lines = []
with open(os.path.join(top, "theme/locale/nl.yaml"), encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = re.fullmatch(r'([a-z0-9_]+): "([^"\\]*)"\n?', line)
        if not m:
            bad_lines.append("nl.yaml:%d: %s" % (n, line.rstrip()))
            continue
        if m.group(1) in locale:
            bad_lines.append("nl.yaml:%d: '%s' appears twice" % (n, m.group(1)))
        locale[m.group(1)] = m.group(2)
result(not bad_lines, "nl.yaml: every line is key: \"text\", each key once", "\n    ".join(bad_lines))

used = {}
for path in glob.glob(os.path.join(top, "theme/**/*.mustache"), recursive=True):
    with open(path, encoding="utf-8") as f:
        for key in re.findall(r"\{\{\{?[#^/]?\s*t\.([a-z0-9_]+)", f.read()):
            used.setdefault(key, os.path.relpath(path, top))
# Literal keys in C: arguments of the lookup functions, and message codes.
lookup = re.compile(r'\b(?:ctx_t|site_t|site_tf|theme_string)\([^,()]+,\s*"([a-z0-9_]+)"')
code = re.compile(r'"((?:veldfout|beheer_fout|beheer_import)_[a-z0-9_]+)"')
for path in glob.glob(os.path.join(top, "generator/*.c")) + glob.glob(os.path.join(top, "cgi/*.c")):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    for key in lookup.findall(text) + code.findall(text):
        used.setdefault(key, os.path.relpath(path, top))
missing = sorted("%s (used in %s)" % (k, p) for k, p in used.items() if k not in locale)
result(not missing, "%d keys used by templates and programs all exist in nl.yaml" % len(used),
       "\n    ".join(missing))
result(len(used) > 300 and any(k.startswith("veldfout_") for k in used),
       "the scan found the templates' keys and the field messages")

# The field messages fill only these placeholders (generator/entry.c ARGS).
fills = {"veldfout_te_lang": {"max"}, "veldfout_getal_bereik": {"van", "tot"},
         "veldfout_tekst_te_lang": {"kb"}, "beheer_import_dubbel": {"regel"},
         "beheer_terug_ongeldig": {"veld", "fout"}}
wrong = []
for key, text in locale.items():
    if key.startswith("veldfout_") or key in fills:
        extra = set(re.findall(r"\{([a-z]+)\}", text)) - fills.get(key, set())
        if extra:
            wrong.append("%s uses {%s}, which nothing fills in" % (key, ", ".join(sorted(extra))))
result(not wrong, "field messages use only placeholders their code fills in", "\n    ".join(wrong))
english = [k for k, t in locale.items() if k.startswith("veldfout_") and
           re.search(r"\b(must|missing|required|should|the)\b", t)]
result(not english, "field messages are not English", ", ".join(english))

print("locale: %d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
