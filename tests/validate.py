#!/usr/bin/python3
"""Checks the machine-readable output of a built site against its standard.

Atom (RFC 4287 section 4 constraints), iCalendar (RFC 5545: parsed with
python3-icalendar, plus CRLF, 75-octet folding, UID and DTSTAMP), JSON-LD
(JobPosting and Event fields that search engines require), canonical and
Open Graph tags, and that no page asks another host for anything.
Prints one line per problem and ends with "N passed, N failed".
Usage: validate.py PUBLIC_DIR BASE_URL
"""
import html.parser
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

import icalendar

passed = failed = 0
problems = []


def ok(cond, what):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        problems.append(what)
    return cond


RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
A = "{http://www.w3.org/2005/Atom}"


def check_atom(path):
    root = ET.parse(path).getroot()
    ok(root.tag == A + "feed", "atom: root is atom:feed")
    for el in [root] + root.findall(A + "entry"):
        where = "atom feed" if el is root else "atom entry"
        for name in ("id", "title", "updated"):
            ok(len(el.findall(A + name)) == 1, f"{where}: exactly one atom:{name}")
        upd = el.find(A + "updated")
        ok(upd is not None and RFC3339.match(upd.text or ""), f"{where}: updated is RFC 3339")
    feed_author = root.find(A + "author") is not None
    entries = root.findall(A + "entry")
    ok(len(entries) > 0, "atom: feed has entries")
    for e in entries:
        ok(feed_author or e.find(A + "author") is not None, "atom entry: has an author")
        alt = [l for l in e.findall(A + "link") if l.get("rel", "alternate") == "alternate"]
        ok(len(alt) == 1, "atom entry: one alternate link")
    ok(any(l.get("rel") == "self" for l in root.findall(A + "link")), "atom: rel=self link")


def check_ics(path):
    raw = open(path, "rb").read()
    ok(b"\n" not in raw.replace(b"\r\n", b""), f"{path}: every line ends in CRLF")
    for line in raw.split(b"\r\n"):
        ok(len(line) <= 75, f"{path}: line longer than 75 octets: {line[:40]!r}")
    cal = icalendar.Calendar.from_ical(raw)
    ok(cal.get("VERSION") == "2.0" and cal.get("PRODID"), f"{path}: VERSION and PRODID")
    events = [c for c in cal.walk() if c.name == "VEVENT"]
    for ev in events:
        ok(ev.get("UID") and ev.get("DTSTAMP") and ev.get("DTSTART"), f"{path}: VEVENT has UID, DTSTAMP, DTSTART")
        ok(ev.decoded("DTEND") >= ev.decoded("DTSTART"), f"{path}: DTEND not before DTSTART")
        ok(ev.decoded("DTSTART").tzinfo is not None, f"{path}: DTSTART has a time zone")
    uids = [str(ev.get("UID")) for ev in events]
    ok(len(uids) == len(set(uids)), f"{path}: UIDs unique")


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.scripts, self.meta, self.links, self.srcs = [], {}, [], []
        self._in_ld = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "script" and a.get("type") == "application/ld+json":
            self._in_ld = True
            self.scripts.append("")
        if tag == "meta" and "property" in a:
            self.meta[a["property"]] = a.get("content", "")
        if tag == "link":
            self.links.append(a)
        for attr in ("src", "href", "action", "srcset"):
            if attr in a and a[attr]:
                self.srcs.append((tag, attr, a[attr]))

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_ld = False

    def handle_data(self, data):
        if self._in_ld:
            self.scripts[-1] += data


def check_page(path, rel, base):
    p = Page()
    p.feed(open(path, encoding="utf-8").read())
    canon = [l for l in p.links if l.get("rel") == "canonical"]
    if not re.fullmatch(r"[45]\d\d\.html", rel):	# error pages live at any URL
        ok(len(canon) == 1 and canon[0]["href"].startswith(base), f"{rel}: one canonical URL on {base}")
        for prop in ("og:title", "og:type", "og:url", "og:site_name"):
            ok(p.meta.get(prop), f"{rel}: Open Graph {prop}")
    for tag, attr, url in p.srcs:
        if tag in ("a",) and attr == "href":
            ok(not url.lower().startswith(("javascript:", "data:", "vbscript:")), f"{rel}: unsafe link {url}")
            continue
        if tag == "link" and attr == "href" and canon and url == canon[0].get("href"):
            continue
        if tag == "meta":
            continue
        ok(not re.match(r"^(https?:)?//", url), f"{rel}: {tag} {attr} asks another host: {url}")
    for text in p.scripts:
        ok("</" not in text.lower() or "<\\/" in text, f"{rel}: JSON-LD cannot close its script")
        data = json.loads(text)
        t = data.get("@type")
        if t == "JobPosting":
            for k in ("title", "description", "datePosted", "validThrough", "hiringOrganization",
                      "jobLocation", "employmentType", "educationRequirements"):
                ok(k in data, f"{rel}: JobPosting has {k}")
            ok(data.get("employmentType") == "INTERN", f"{rel}: employmentType INTERN")
        elif t == "Event":
            for k in ("name", "startDate", "endDate", "location"):
                ok(k in data, f"{rel}: Event has {k}")
            ok(re.match(r".*[+-]\d\d:\d\d$", data.get("startDate", "")), f"{rel}: Event startDate has an offset")
        else:
            ok(False, f"{rel}: unexpected JSON-LD type {t}")
    return p


def main():
    out, base = sys.argv[1], sys.argv[2]
    check_atom(os.path.join(out, "feed.xml"))
    jobs = events = 0
    for dirpath, _, files in os.walk(out):
        for f in files:
            path = os.path.join(dirpath, f)
            rel = os.path.relpath(path, out)
            if f.endswith(".ics"):
                check_ics(path)
            elif f.endswith(".html"):
                p = check_page(path, rel, base)
                for text in p.scripts:
                    t = json.loads(text).get("@type")
                    jobs += t == "JobPosting"
                    events += t == "Event"
    ok(jobs > 0, "some pages carry JobPosting JSON-LD")
    ok(events > 0, "some pages carry Event JSON-LD")
    for p in sorted(set(problems)):
        print("FAIL - " + p)
    print(f"validate.py: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
