#!/usr/bin/python3
"""Hostile input through every field: XSS payloads must come out as text.

A corpus of payloads goes into every string field of every kind of content
file (and the site configuration and vocabularies), and through every field
of the admin's forms. The output is then PARSED, not grepped:

  HTML      html.parser: only elements and attributes the theme itself uses
            (learned from a build of clean content) or cmark writes, no on*
            attributes, no script but the theme's own and JSON-LD, no URL
            with a scheme other than http(s), mailto or tel (after entity
            decoding and the whitespace/control stripping browsers do), and
            each payload found intact as text or attribute value where its
            field is shown;
  JSON-LD   parses as JSON, cannot end its <script> (no "</script", "<!--"),
            payloads intact as JSON strings;
  Atom      parses as XML, only Atom elements, payloads intact as text, the
            HTML of <content type="html"> checked as HTML;
  iCalendar parses with python3-icalendar, exactly one VEVENT per event,
            only the properties a clean build writes, payloads intact;
  search    every JSON file under /zoeken/ parses; URLs are site paths;
  sitemap   parses as XML, every <loc> on the site's base URL;
  robots    only User-agent/Allow/Disallow/Sitemap lines.

Values a field must refuse (javascript: web addresses, e-mail addresses
with quotes, line breaks in one-line text, ...) must stop the build with a
message naming the file, and publish nothing.

Usage:
  xss.py content SB THEME FIXTURE WORK
  xss.py admin BASE WORK PUBLIC DB     (lighttpd with the admin at BASE, on WORK/repo and DB)
Prints "ok - ..." or "FAIL - ..." (with indented details) per check.
"""
import fcntl
import hashlib
import html
import html.parser
import http.cookiejar
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
import xml.etree.ElementTree as ET

import icalendar

TODAY = "2026-11-23"

# ---------------------------------------------------------------- corpus

# One-line payloads (no line feed): each fits every one-line text field (at
# most 100 characters); tag() picks those that fit a tag (40).
PAYLOADS = [
    ("script", "<script>alert(1)</script>"),
    ("img-onerror", "\"><img src=x onerror=alert(1)>"),
    ("svg-onload", "'><svg onload=alert(1)>"),
    ("sq-attr", "' onmouseover='alert(1)' x='"),
    ("dq-attr", "\" onfocus=\"alert(1)\" autofocus x=\""),
    ("unquoted-attr", "x onmouseover=alert(1) y=z"),
    ("js-url", "javascript:alert(1)"),
    ("js-url-case", "JaVaScRiPt:alert(document.domain)"),
    ("js-url-entity", "&#106;avascript:alert(1)"),
    ("js-url-hex", "&#x6A;avascript&#x3A;alert(1)"),
    ("js-url-tab", "java\tscript:alert(1)"),
    ("data-url", "data:text/html,<script>alert(1)</script>"),
    ("data-b64", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
    ("vbscript", "vbscript:msgbox(1)"),
    ("close-title", "</title><script>alert(1)</script>"),
    ("close-script", "</script><script>alert(1)</script>"),
    ("close-textarea", "</textarea><script>alert(1)</script>"),
    ("close-style", "</style><script>alert(1)</script>"),
    ("cdata", "]]><script>alert(1)</script><![CDATA["),
    ("comment", "--><script>alert(1)</script><!--"),
    ("mustache", "{{site.titel}}{{{pagina.jsonld}}}{{#t}}x{{/t}}{{>layout}}{{=<% %>=}}"),
    ("template", "${alert(1)}#{alert(1)}<%= 7*7 %>"),
    ("entities", "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot; &#39;"),
    ("json", "\\\"});alert(1);//\u2028\u2029</script>"),
    ("base-meta", "<base href=//evil.example/><meta http-equiv=refresh content=\"0;url=javascript:alert(1)\">"),
    ("iframe", "<iframe src=//evil.example/ srcdoc=\"<script>alert(1)</script>\"></iframe>"),
    ("form", "<form action=javascript:alert(1)><button formaction=javascript:alert(1)>x</button></form>"),
    ("style", "<style>*{display:none}</style><link rel=stylesheet href=//evil.example/x.css>"),
    ("svg-math", "<svg><script>alert(1)</script></svg><math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>"),
    ("nested", "<<script>script>alert(1)<</script>/script>"),
    ("unclosed", "<img src=x onerror=alert(1)//"),
    ("percent", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
    ("ical", "a;b,c\\d:e\rBEGIN:VEVENT\rSUMMARY:gehackt"),
    ("markdown", "[klik](javascript:alert(1)) ![x](data:text/html,x) **vet** <b>x</b>"),
    ("unicode", "＜script＞ \u202eevil\u202c \u00a0ë ✓ 𝒳 \u200b"),
]
# Payloads with line breaks, for long-text fields (and to be refused by one-line fields).
MULTILINE = [
    ("ical-crlf", "eerste regel\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil@example\r\nSUMMARY:gehackt\r\n"
                  "DTSTART:20270101T000000Z"),
    ("ical-lf", "x\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:gehackt\nEND:VEVENT\nEND:VCALENDAR\nBEGIN:VCALENDAR"),
    ("html-lines", "<p>\n<script>\nalert(1)\n</script>\n</p>\n<img\nsrc=x\nonerror=alert(1)>"),
]
# Markdown bodies: unsafe links and images, raw HTML, attribute breakers.
MARKDOWN = [
    "[k1](javascript:alert(1)) [k2](JaVaScRiPt:alert(1)) [k3](&#106;avascript:alert(1)) "
    "[k4](java&#x09;script:alert(1)) [k5](<javascript:alert(1)>) [k6](%6Aavascript:alert(1))",
    "[d1](data:text/html,<script>alert(1)</script>) [d2](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) "
    "[v](vbscript:msgbox(1)) [f](file:///etc/passwd) [d3](DATA:text/html,x)",
    "![i1](javascript:alert(1)) ![i2](data:image/svg+xml,<svg/onload=alert(1)>) "
    "![i3](data:image/png;base64,iVBORw0KGgo=) ![i4](data:text/html,x) [d4](data:image/gif;base64,R0lGODlhAQABAAAAACw=)",
    "<javascript:alert(1)> <data:text/html,x> <vbscript:msgbox(1)> <JAVASCRIPT:alert(1)>",
    "[ref1][r1] [ref2][r2] ![ref3][r3]\n\n[r1]: javascript:alert(1)\n[r2]: data:text/html,x \"titel\"\n"
    "[r3]: data:image/png;base64,iVBORw0KGgo=",
    "<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n<div onclick=\"alert(1)\">x</div>\n\n"
    "Inline <b onmouseover=\"alert(1)\">b</b> en <a href=\"javascript:alert(1)\">a</a>.",
    "<!-- --><script>alert(1)</script> -->\n\n<![CDATA[ ]]><script>alert(1)</script>\n\n<?php echo 1; ?>\n\n"
    "<style>*{display:none}</style>\n\n<!DOCTYPE html><iframe src=//evil.example/>",
    "[t](https://example.nl \"\\\" onmouseover=\\\"alert(1)\") [t2](https://example.nl/\\\"onmouseover=\\\"alert(1)) "
    "![\" onerror=\"alert(1)](x.png \"' onload='alert(1)\") [t3](https://example.nl/'onmouseover='alert(1)')",
    "`<script>alert(1)</script>`\n\n```\"><script>alert(1)</script>\n<img src=x onerror=alert(1)>\n```\n\n"
    "    <script>alert(1)</script>",
    "# </h2><script>alert(1)</script>\n\n## \"><img src=x onerror=alert(1)>\n\n> <iframe src=//evil.example/>\n\n"
    "- <svg onload=alert(1)>\n- [x](javascript:alert(1))",
    "&lt;script&gt;alert(1)&lt;/script&gt; &#60;script&#62;alert(1)&#60;/script&#62; "
    "&#x3C;img src=x onerror=alert(1)&#x3E; \\<script>alert(1)\\</script>",
    "{{site.titel}} {{{pagina.jsonld}}} ${alert(1)} </script><script>alert(1)</script> \u2028 ]]> --> "
    "\r\nEND:VEVENT\r\nBEGIN:VEVENT",
]

N = len(PAYLOADS)


def payload(i):
    return PAYLOADS[i % N][1]


def tag(i, comma=True):
    """A payload that fits a tag of interesses (40 characters; no comma in
    the admin, where a comma separates tags)."""
    while len(payload(i)) > 40 or not comma and "," in payload(i):
        i += 1
    return payload(i)


# ---------------------------------------------------------------- reporting

passed = failed = 0


def check(name, problems):
    """One check: passes when problems (a list of strings) is empty."""
    global passed, failed
    counts = {}
    for p in problems:
        if p:
            counts[p] = counts.get(p, 0) + 1
    problems = [p if n == 1 else "%s (%d times)" % (p, n) for p, n in counts.items()]
    if not problems:
        passed += 1
        print("ok - " + name)
    else:
        failed += 1
        print("FAIL - " + name)
        for p in problems[:12]:
            print("    " + p.replace("\n", "\\n"))
        if len(problems) > 12:
            print("    ... and %d more" % (len(problems) - 12))
    sys.stdout.flush()
    return not problems


def norm(s):
    """Whitespace as an HTML/XML reader sees it: runs collapsed, CR as space."""
    return " ".join(s.replace("\r", " ").split())


def short(s, n=90):
    s = repr(s)
    return s if len(s) <= n else s[:n] + "..."


# ---------------------------------------------------------------- HTML

URL_ATTRS = {"href", "src", "action", "formaction", "poster", "cite", "background", "xlink:href",
             "srcset", "data", "manifest", "ping", "longdesc", "usemap", "codebase", "icon", "lowsrc"}
SAFE_SCHEMES = {"", "http", "https", "mailto", "tel"}
# What cmark (without unsafe HTML) can write into a page, besides the theme.
CMARK = {
    "p": set(), "h1": set(), "h2": set(), "h3": set(), "h4": set(), "h5": set(), "h6": set(),
    "a": {"href", "title"}, "img": {"src", "alt", "title"}, "em": set(), "strong": set(),
    "code": {"class"}, "pre": set(), "blockquote": set(), "ul": set(), "ol": {"start"}, "li": set(),
    "hr": set(), "br": set(),
}


def url_scheme(value):
    """The scheme a browser would see: C0 controls and spaces stripped at the
    ends, tab/CR/LF removed anywhere (after entity decoding by the parser)."""
    v = value.strip("".join(chr(c) for c in range(0x21)))
    v = re.sub(r"[\t\r\n]", "", v)
    m = re.match(r"^([A-Za-z][A-Za-z0-9+.\-]*):", v)
    return m.group(1).lower() if m else ""


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements = []      # (tag, [(name, value)])
        self.texts = []         # text outside script/style
        self.scripts = []       # (attrs dict, content)
        self.comments = []
        self.oddities = []      # declarations, processing instructions, CDATA
        self._script = None
        self._style = False

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, attrs))
        if tag == "script":
            self._script = [dict(attrs), ""]
            self.scripts.append(self._script)
        elif tag == "style":
            self._style = True

    def handle_startendtag(self, tag, attrs):
        self.elements.append((tag, attrs))

    def handle_endtag(self, tag):
        if tag == "script":
            self._script = None
        elif tag == "style":
            self._style = False

    def handle_data(self, data):
        if self._script is not None:
            self._script[1] += data
        elif not self._style:
            self.texts.append(data)

    def handle_comment(self, data):
        self.comments.append(data)

    def handle_decl(self, decl):
        if decl.lower() != "doctype html":
            self.oddities.append("declaration <!%s>" % decl)

    def unknown_decl(self, data):
        self.oddities.append("markup declaration <![%s]>" % data)

    def handle_pi(self, data):
        self.oddities.append("processing instruction <?%s>" % data)

    def strings(self):
        """Every text node and attribute value, normalised, for payload lookups."""
        out = [norm(t) for t in self.texts]
        for _, attrs in self.elements:
            out += [norm(v) for _, v in attrs if v]
        return out


def parse_html(text):
    p = Page()
    p.feed(text)
    p.close()
    return p


class Allowed:
    """The vocabulary of markup learned from pages made of clean content."""

    def __init__(self):
        self.tags = {t: set(a) for t, a in CMARK.items()}
        self.script_srcs = set()
        self.comments = set()

    def learn(self, page):
        for tag, attrs in page.elements:
            self.tags.setdefault(tag, set()).update(n for n, _ in attrs)
            if tag == "script" and dict(attrs).get("src"):
                self.script_srcs.add(dict(attrs)["src"])
        self.comments.update(page.comments)


def html_problems(page, allowed, host, where=""):
    """Everything in a parsed page that its content may have injected."""
    probs = []
    pre = where + ": " if where else ""
    for o in page.oddities:
        probs.append(pre + o)
    for tag, attrs in page.elements:
        names = [n for n, _ in attrs]
        if tag not in allowed.tags:
            probs.append(pre + "element <%s %s> the theme never writes" % (tag, " ".join(names)))
            continue
        if len(set(names)) != len(names):
            probs.append(pre + "<%s> has a repeated attribute: %s" % (tag, names))
        for n, v in attrs:
            if n.startswith("on"):
                probs.append(pre + "event handler <%s %s=%s>" % (tag, n, short(v)))
            elif n not in allowed.tags[tag]:
                probs.append(pre + "attribute <%s %s=%s> the theme never writes" % (tag, n, short(v)))
            if n in URL_ATTRS and v is not None:
                for u in (v.split(",") if n == "srcset" else [v]):
                    s = url_scheme(u)
                    if s not in SAFE_SCHEMES or (tag != "a" and s not in ("", "http", "https")):
                        probs.append(pre + "unsafe URL <%s %s=%s>" % (tag, n, short(v)))
                    elif tag != "a" and (s or u.strip().startswith("//")) and \
                            urllib.parse.urlsplit(u.strip()).hostname != host:
                        probs.append(pre + "<%s %s> asks another host: %s" % (tag, n, short(v)))
            if tag == "meta" and n == "http-equiv":
                probs.append(pre + "<meta http-equiv=%s>" % short(v))
    for attrs, content in page.scripts:
        if attrs.get("type") == "application/ld+json" and "src" not in attrs:
            continue
        if attrs.get("src") in allowed.script_srcs and not content.strip():
            continue
        probs.append(pre + "script the theme does not write: %s %s" % (attrs, short(content)))
    for c in page.comments:
        if c not in allowed.comments and c.strip() != "raw HTML omitted":
            probs.append(pre + "comment %s" % short(c))
    return probs


def jsonld_problems(page, where):
    """The JSON-LD blocks of a page, parsed; returns (problems, [data])."""
    probs, out = [], []
    for attrs, content in page.scripts:
        if attrs.get("type") != "application/ld+json":
            continue
        low = content.lower()
        for bad in ("</script", "<!--", "<script"):
            if bad in low:
                probs.append("%s: JSON-LD contains %r" % (where, bad))
        try:
            data = json.loads(content)
        except ValueError as e:
            probs.append("%s: JSON-LD does not parse: %s" % (where, e))
            continue
        out.append(data)
        for key, value in walk_json(data):
            if key in ("url", "sameAs", "@id", "image", "logo") and isinstance(value, str):
                if url_scheme(value) not in ("http", "https"):
                    probs.append("%s: JSON-LD %s is not a web address: %s" % (where, key, short(value)))
            if key == "description" and isinstance(value, str) and "<" in value:
                # Search engines render this as HTML: it must be safe HTML.
                probs.extend(html_problems(parse_html(value), DESCRIPTION_ALLOWED, None, where + " JSON-LD description"))
    return probs, out


def walk_json(data, key=None):
    if isinstance(data, dict):
        for k, v in data.items():
            yield from walk_json(v, k)
    elif isinstance(data, list):
        for v in data:
            yield from walk_json(v, key)
    else:
        yield key, data


def json_strings(data):
    return [norm(v) for _, v in walk_json(data) if isinstance(v, str)]


DESCRIPTION_ALLOWED = Allowed()


def contains(strings, value):
    """value intact in one of strings (a CR may have been dropped on the way:
    forms send CRLF, the admin stores LF)."""
    vs = {norm(value), norm(value.replace("\r", ""))}
    return any(v in s for s in strings for v in vs)


# ---------------------------------------------------------------- other formats

ATOM = "{http://www.w3.org/2005/Atom}"
ATOM_NAMES = {"feed", "id", "title", "subtitle", "updated", "published", "link", "author", "name", "uri",
              "email", "entry", "summary", "content", "category", "generator", "rights", "icon", "logo",
              "contributor"}


def atom_problems(path, allowed, host):
    probs = []
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        return ["feed.xml does not parse as XML: %s" % e], None
    for el in root.iter():
        if not el.tag.startswith(ATOM) or el.tag[len(ATOM):] not in ATOM_NAMES:
            probs.append("feed.xml: element %s is not Atom" % el.tag)
        if el.tag == ATOM + "link" and url_scheme(el.get("href", "")) not in ("http", "https"):
            probs.append("feed.xml: link href %s" % short(el.get("href")))
        if el.tag in (ATOM + "content", ATOM + "summary"):
            kind = el.get("type", "text")
            if kind == "html":
                probs += html_problems(parse_html(el.text or ""), allowed, host, "feed.xml " + el.tag[len(ATOM):])
            elif kind != "text":
                probs.append("feed.xml: %s type=%s" % (el.tag, kind))
            if len(el):
                probs.append("feed.xml: %s has child elements" % el.tag)
        if el.tag == ATOM + "title" and (len(el) or el.get("type", "text") != "text"):
            probs.append("feed.xml: title is not plain text")
    return probs, root


def ics_problems(path, allowed_props, expect_events):
    """Parses one .ics; returns (problems, [VEVENT])."""
    raw = open(path, "rb").read()
    probs = []
    rel = os.path.basename(os.path.dirname(path)) + "/" + os.path.basename(path)
    if b"\n" in raw.replace(b"\r\n", b"") or b"\r" in raw.replace(b"\r\n", b""):
        probs.append("%s: a bare CR or LF outside a line end" % rel)
    unfolded = raw.replace(b"\r\n ", b"").replace(b"\r\n\t", b"")
    begins = [l for l in unfolded.split(b"\r\n") if l.startswith(b"BEGIN:")]
    if begins.count(b"BEGIN:VEVENT") != expect_events or begins.count(b"BEGIN:VCALENDAR") != 1:
        probs.append("%s: %d BEGIN:VEVENT and %d BEGIN:VCALENDAR lines, want %d and 1" %
                     (rel, begins.count(b"BEGIN:VEVENT"), begins.count(b"BEGIN:VCALENDAR"), expect_events))
    try:
        cals = icalendar.Calendar.from_ical(raw, multiple=True)
    except Exception as e:      # the parser raises ValueError and others
        return probs + ["%s does not parse: %s" % (rel, e)], []
    if len(cals) != 1:
        probs.append("%s: %d calendars" % (rel, len(cals)))
    events = []
    for cal in cals:
        for comp in cal.walk():
            if comp.name == "VEVENT":
                events.append(comp)
            elif (comp.name, None) not in allowed_props:
                probs.append("%s: component %s, not in a clean build" % (rel, comp.name))
            if comp.errors if hasattr(comp, "errors") else False:
                probs.append("%s: %s: parse errors %s" % (rel, comp.name, comp.errors))
            for prop in comp.keys():
                if (comp.name, prop) not in allowed_props:
                    probs.append("%s: %s has property %s, not in a clean build" % (rel, comp.name, prop))
    if len(events) != expect_events:
        probs.append("%s: %d VEVENTs, want %d" % (rel, len(events), expect_events))
    return probs, events


ROBOTS_LINE = re.compile(r"^(|(User-agent|Allow|Disallow|Sitemap): \S*)$")


def other_problems(path, rel, base):
    """robots.txt, sitemap.xml and the JSON files."""
    probs = []
    if rel == "robots.txt":
        for line in open(path, encoding="utf-8").read().split("\n"):
            if not ROBOTS_LINE.match(line):
                probs.append("robots.txt: line %s" % short(line))
    elif rel.endswith(".xml"):
        try:
            root = ET.parse(path).getroot()
            for el in root.iter():
                if el.tag.endswith("}loc") and not (el.text or "").startswith(base + "/"):
                    probs.append("%s: <loc> %s" % (rel, short(el.text)))
        except ET.ParseError as e:
            probs.append("%s does not parse as XML: %s" % (rel, e))
    elif rel.endswith(".json"):
        try:
            data = json.load(open(path, encoding="utf-8"))
        except ValueError as e:
            return ["%s does not parse as JSON: %s" % (rel, e)]
        for key, value in walk_json(data):
            prefix = urllib.parse.urlsplit(base).path.rstrip("/")
            if key == "u" and isinstance(value, str) and not (
                    value.startswith(prefix + "/") and re.match(r"^/[a-z0-9/._-]*$", value[len(prefix):])):
                probs.append("%s: search result URL %s is not a site path" % (rel, short(value)))
    return probs


# ---------------------------------------------------------------- a whole site

class Site:
    """A built public folder, parsed once."""

    def __init__(self, public, base):
        self.public, self.base = public, base
        self.host = urllib.parse.urlsplit(base).hostname
        self.pages = {}         # rel -> Page
        self.files = []
        for dirpath, _, files in os.walk(public):
            for f in files:
                self.files.append(os.path.relpath(os.path.join(dirpath, f), public))
        self.files.sort()
        for rel in self.files:
            if rel.endswith(".html"):
                self.pages[rel] = parse_html(open(os.path.join(public, rel), encoding="utf-8").read())

    def page(self, url):
        """The Page of a site path like /vacatures/x/."""
        return self.pages.get(url.strip("/") + "/index.html" if url.strip("/") else "index.html")


def learn_site(site, allowed, ics_props):
    for p in site.pages.values():
        allowed.learn(p)
    for rel in site.files:
        if rel.endswith(".ics"):
            for comp in icalendar.Calendar.from_ical(open(os.path.join(site.public, rel), "rb").read()).walk():
                ics_props.add((comp.name, None))
                ics_props.update((comp.name, k) for k in comp.keys())


def is_data_url(problem):
    return "unsafe URL" in problem and re.search(r"=['\"]\s*data:", problem, re.I) is not None


def data_url_check(label, problems):
    """cmark keeps data:image/{png,gif,jpeg,webp} URLs; the requirement is that
    data: URLs are dropped. One check for all of them, so that other problems
    stay visible in their own checks."""
    pages = {}
    for p in problems:
        where, _, what = p.partition(": ")
        pages.setdefault(what, set()).add(where)
    check("%s: no data: URL is left in any href or src (Markdown links and images)" % label,
          ["%s on %d pages, e.g. %s" % (what, len(w), sorted(w)[0]) for what, w in sorted(pages.items())])


def check_site(label, site, allowed, ics_props, events, static_dir=None):
    """Safety of every file of a public folder, grouped by kind of file.
    events: {slug: ...} of the published events (for VEVENT counts).
    Returns {rel: jsonld data list} and the feed root for round-trip checks."""
    groups = {}
    jsonld = {}
    data_urls = []
    for rel, page in site.pages.items():
        probs = html_problems(page, allowed, site.host, rel)
        p2, data = jsonld_problems(page, rel)
        jsonld[rel] = data
        section = rel.split("/")[0]
        if section not in ("vacatures", "organisaties", "evenementen", "handboeken", "tips", "materialen", "zoeken"):
            section = "(top)"
        groups.setdefault(section, [0, []])
        groups[section][0] += 1
        groups[section][1].extend(p for p in probs + p2 if not is_data_url(p))
        data_urls += [p for p in probs + p2 if is_data_url(p)]
    for section in sorted(groups):
        n, probs = groups[section]
        check("%s: %d HTML pages under /%s/ parse with nothing injected (elements, attributes, "
              "scripts, URLs, JSON-LD)" % (label, n, section) if section != "(top)" else
              "%s: %d other HTML pages (home, plain pages, 404) parse with nothing injected" % (label, n), probs)
    probs, feed = atom_problems(os.path.join(site.public, "feed.xml"), allowed, site.host)
    check("%s: feed.xml parses as Atom, text only in titles, safe HTML in content" % label,
          [p for p in probs if not is_data_url(p)])
    data_urls += [p for p in probs if is_data_url(p)]
    data_url_check(label, data_urls)
    probs = []
    n = 0
    for rel in site.files:
        if rel.endswith(".ics"):
            n += 1
            slug = os.path.basename(rel)[:-4]
            expect = len(events) if slug == "agenda" else 1
            probs += ics_problems(os.path.join(site.public, rel), ics_props, expect)[0]
    check("%s: %d .ics files parse with one VEVENT per event and no injected property" % (label, n), probs)
    probs = []
    njson = 0
    for rel in site.files:
        if rel.endswith(".json") or rel.endswith(".xml") and rel != "feed.xml" or rel == "robots.txt":
            njson += rel.endswith(".json")
            probs += other_problems(os.path.join(site.public, rel), rel, site.base)
    check("%s: %d search index files parse as JSON with site paths only; sitemap and robots.txt intact"
          % (label, njson), probs)
    if static_dir:
        probs = []
        for rel in site.files:
            if rel.startswith("static/") and not rel.endswith(".html"):
                src = os.path.join(static_dir, rel[len("static/"):])
                src = re.sub(r"\.[0-9a-f]{8,}(\.[a-z]+)$", r"\1", src)
                if os.path.exists(src) and open(src, "rb").read() != open(os.path.join(site.public, rel), "rb").read():
                    probs.append("%s differs from the theme's %s" % (rel, src))
        check("%s: static files are the theme's own" % label, probs)
    return jsonld, feed


def all_problems(site, allowed, ics_props, nevents):
    """check_site() in one list (data: URLs left out: they have their own check)."""
    probs = []
    prefix = urllib.parse.urlsplit(site.base).path.rstrip("/")
    if prefix:      # a base URL with a path: the theme's own scripts live below it
        learned = allowed
        allowed = Allowed()
        allowed.tags, allowed.comments = learned.tags, learned.comments
        allowed.script_srcs = {prefix + u for u in learned.script_srcs}
    for rel, page in site.pages.items():
        probs += html_problems(page, allowed, site.host, rel) + jsonld_problems(page, rel)[0]
    probs += atom_problems(os.path.join(site.public, "feed.xml"), allowed, site.host)[0]
    for rel in site.files:
        if rel.endswith(".ics"):
            expect = nevents if rel.endswith("agenda.ics") else 1
            probs += ics_problems(os.path.join(site.public, rel), ics_props, expect)[0]
        elif rel.endswith(".json") or rel == "robots.txt" or rel.endswith(".xml") and rel != "feed.xml":
            probs += other_problems(os.path.join(site.public, rel), rel, site.base)
    return [p for p in probs if not is_data_url(p)]


# ---------------------------------------------------------------- content files

def yq(s):
    """A YAML double-quoted scalar for any string."""
    out = ['"']
    for ch in s:
        o = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif o < 0x20 or o == 0x7F or 0x80 <= o < 0xA0 or o in (0x2028, 0x2029, 0xFEFF):
            out.append("\\u%04x" % o)
        else:
            out.append(ch)
    return "".join(out) + '"'


class Raw(str):
    """A YAML value written as is (dates, numbers, booleans, slugs)."""


def emit(value, indent=""):
    if isinstance(value, Raw):
        return " " + value
    if isinstance(value, str):
        return " " + yq(value)
    if isinstance(value, dict):
        return "\n" + "".join("%s  %s:%s\n" % (indent, k, emit(v, indent + "  ")) for k, v in value.items()).rstrip("\n")
    if isinstance(value, list):
        if all(isinstance(v, str) for v in value):
            return " [" + ", ".join(v if isinstance(v, Raw) else yq(v) for v in value) + "]"
        lines = []
        for item in value:
            first = True
            for k, v in item.items():
                lines.append("%s  %s %s:%s" % (indent, "-" if first else " ", k, emit(v, indent + "    ")))
                first = False
        return "\n" + "\n".join(lines)
    raise TypeError(value)


def entry_file(fields, body):
    return "---\n" + "".join("%s:%s\n" % (k, emit(v)) for k, v in fields.items()) + "---\n" + body + "\n"


def write(root, rel, text):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def body_of(k):
    """Entry k's Markdown: one construct of the corpus first, a payload as
    plain text, and for every fourth entry the whole corpus."""
    parts = [MARKDOWN[k % len(MARKDOWN)], "Tekst " + payload(k)]
    if k % 4 == 0:
        parts += MARKDOWN
    return "\n\n".join(parts)


# field -> (payload index per entry k); every payload passes every field
def rot(k, j):
    return payload(k + 7 * j)


def long_text(k, j):
    """Long-text fields get the multi-line payloads too."""
    pool = [p for _, p in PAYLOADS] + [p for _, p in MULTILINE]
    return pool[(k + 7 * j) % len(pool)]


SITE = {
    "titel": "Stagebureau </title><script>alert(1)</script>\"><img src=x onerror=alert(1)>",
    "regio": "Regio ' onmouseover='alert(1)' {{site.titel}}",
    "basis_url": Raw("https://stages.example.nl"),
    "taal": Raw("nl"),
    "omschrijving": "Alle stages \" onfocus=\"alert(1)\" autofocus x=\" </script><!--",
    "per_pagina": Raw("5"),
    "contact": {
        "naam": "<svg><script>alert(1)</script></svg>",
        "email": "javascript:alert(1)",
        "telefoon": "<script>alert(1)</script> 0522",
        "adres": "]]><![CDATA[ --><script>alert(1)</script>",
    },
}
VOCAB_FILES = ["sectoren", "niveaus", "soorten", "geschiktheid", "organisatietypen", "evenementsoorten",
               "materiaalsoorten", "doelgroepen"]


def make_content(root):
    """Hostile entries of every type, hostile site.yaml and vocabularies, added
    to a copy of the fixture. Returns what to look for where."""
    exp = {"pages": [], "jsonld": [], "feed": [], "search": [], "ics": []}

    def show(url, field, value):
        exp["pages"].append((url, field, value))

    write(root, "site.yaml", "".join("%s:%s\n" % (k, emit(v)) for k, v in SITE.items()))
    # vocabularies: one hostile name per file (and the kept, unchecked keys)
    for i, name in enumerate(VOCAB_FILES):
        extra = {"groep": payload(i + 3)} if name == "niveaus" else {"omschrijving": payload(i + 5)}
        with open(os.path.join(root, "vocabularies", name + ".yaml"), "a", encoding="utf-8") as f:
            f.write("- slug: xss-%s\n  naam: %s\n" % (name, yq(payload(i))))
            for k, v in extra.items():
                f.write("  %s: %s\n" % (k, yq(v)))
    with open(os.path.join(root, "vocabularies", "gemeenten.yaml"), "a", encoding="utf-8") as f:
        f.write("- slug: xss-gemeente\n  naam: %s\n  provincie: %s\n  lat: 52.7\n  lon: 6.2\n  plaatsen:\n"
                "    - {slug: xss-plaats, naam: %s, lat: 52.71, lon: 6.21}\n"
                % (yq(payload(20)), yq(payload(21)), yq(payload(22))))
    show("/vacatures/sector/xss-sectoren/", "vocabulary sectoren naam", payload(0))
    show("/vacatures/niveau/xss-niveaus/", "vocabulary niveaus naam", payload(1))
    show("/vacatures/plaats/xss-plaats/", "vocabulary gemeenten place naam", payload(22))
    # footer pages: hostile titles on every page of the site
    for j, slug in enumerate(["over-ons", "contact", "hulp", "privacy", "toegankelijkheid"]):
        write(root, "paginas/%s.md" % slug, entry_file({"titel": payload(j + 1), "samenvatting": payload(j + 14)},
                                                      body_of(j)))
        show("/", "footer page %s titel" % slug, payload(j + 1))

    for k in range(N):
        org = "xss-org-%02d" % k
        status = "vol" if k % 6 == 5 else "open"
        vac = {
            "titel": rot(k, 0), "organisatie": Raw(org),
            "plaats": Raw("xss-plaats" if k % 2 else "meppel"),
            "adres": rot(k, 1), "adres_tonen": Raw("true"),
            "sectoren": [Raw("xss-sectoren" if k % 2 else "techniek")],
            "niveaus": [Raw("xss-niveaus"), Raw("havo")] if k % 3 else [Raw("havo")],
            "soort": Raw("xss-soorten" if k % 2 else "snuffelstage"),
            "periode": {"van": Raw("2027-01-04"), "tot": Raw("2027-02-04"), "omschrijving": rot(k, 2)},
            "plaatsen": Raw("3"), "begeleiding": long_text(k, 3),
            "geschiktheid": [Raw("xss-geschiktheid")],
            "reageren": {"via": Raw("direct" if k % 2 else "makelaar"), "naam": rot(k, 4),
                         "email": "javascript:alert(1)@example.nl" if k % 3 == 0 else "a&b+%d@example.nl" % k,
                         "telefoon": "+31 (0)6-1234 5678"},
            "status": Raw(status), "geplaatst": Raw("2026-11-%02d" % (1 + k % 20)),
            "geldig_tot": Raw("2027-06-01"), "geverifieerd": Raw("2026-11-01"),
            "interesses": [tag(k), tag(k + 17)],
        }
        url = "/vacatures/xss-vac-%02d/" % k
        write(root, "vacatures/xs/s/xss-vac-%02d.md" % k, entry_file(vac, body_of(k)))
        for field in ("titel", "adres", "periode.omschrijving", "begeleiding", "interesses"):
            if field == "interesses":
                for v in vac["interesses"]:
                    show(url, "vacature.interesses", v)
                continue
            v = vac[field] if "." not in field else vac["periode"]["omschrijving"]
            show(url, "vacature." + field, v)
        if status == "open":
            show(url, "vacature.reageren.naam", vac["reageren"]["naam"])
            show(url, "vacature.reageren.email", vac["reageren"]["email"])
            exp["jsonld"].append((url, "vacature.titel", vac["titel"]))
            exp["feed"].append(("vacature.titel", vac["titel"]))
            exp["search"].append(("vacature.titel", vac["titel"]))
        show("/organisaties/%s/" % org, "vacature.titel on its organisation", vac["titel"]) if status == "open" else None

        orgd = {
            "naam": rot(k, 0), "type": Raw("xss-organisatietypen" if k % 2 else "bedrijf"),
            "plaats": Raw("xss-plaats" if k % 2 else "meppel"),
            "website": "https://example.nl/?a=1&b=2&lt;script&gt;#javascript:alert(%d)" % k,
            "rollen": [Raw("stagebieder")],
            "contactpersonen": [{"naam": rot(k, 1), "functie": rot(k, 2),
                                 "email": "x'%d@example.nl" % k if False else "x%d&y@example.nl" % k,
                                 "telefoon": "0522 123 456", "openbaar": Raw("true")}],
        }
        write(root, "organisaties/xs/s/%s.md" % org, entry_file(orgd, body_of(k + 1)))
        ourl = "/organisaties/%s/" % org
        show(ourl, "organisatie.naam", orgd["naam"])
        show(ourl, "organisatie.website", orgd["website"])
        show(ourl, "organisatie.contactpersonen.naam", orgd["contactpersonen"][0]["naam"])
        show(ourl, "organisatie.contactpersonen.functie", orgd["contactpersonen"][0]["functie"])
        show(ourl, "organisatie.contactpersonen.email", orgd["contactpersonen"][0]["email"])
        show(url, "organisatie.naam on its vacancy", orgd["naam"])
        if status == "open":
            exp["jsonld"].append((url, "organisatie.naam (hiringOrganization)", orgd["naam"]))

        month = 3 + k % 6
        ev = {
            "titel": rot(k, 0), "soort": Raw("xss-evenementsoorten" if k % 2 else "stagemarkt"),
            "doelgroep": [Raw("xss-doelgroepen")],
            "begin": Raw("2027-%02d-10T15:00" % month if k % 3 else "2026-%02d-10T15:00" % month),
            "eind": Raw("2027-%02d-10T18:00" % month if k % 3 else "2026-%02d-10T18:00" % month),
            "locatie": rot(k, 1), "plaats": Raw("xss-plaats"), "organisator": Raw(org),
            "aanmelden": long_text(k, 2),
            "aanmeld_url": "https://example.nl/aanmelden?x=1&y=%%22%%3E%%3Cscript%%3E&z='%d" % k,
        }
        eslug = "xss-evt-%02d" % k
        write(root, "evenementen/%s.md" % eslug, entry_file(ev, body_of(k + 2)))
        eurl = "/evenementen/%s/" % eslug
        # registering is shown only for events still to come (k % 3 != 0)
        for f in ("titel", "locatie") + (("aanmelden", "aanmeld_url") if k % 3 else ()):
            show(eurl, "evenement." + f, ev[f])
        exp["ics"].append((eslug, ev))
        exp["jsonld"].append((eurl, "evenement.titel", ev["titel"]))

        mat = {
            "titel": rot(k, 0), "soort": Raw("xss-materiaalsoorten" if k % 2 else "brief-aan-bedrijven"),
            "doelgroep": [Raw("xss-doelgroepen")], "eigenaar": Raw(org), "licentie": rot(k, 1),
            "bestanden": [{"naam": Raw("bijlage.txt"), "titel": rot(k, 2)}],
        }
        mslug = "xss-mat-%02d" % k
        write(root, "materialen/%s.md" % mslug, entry_file(mat, body_of(k + 3)))
        write(root, "materialen/%s/bijlage.txt" % mslug, payload(k) + "\n")
        murl = "/materialen/%s/" % mslug
        for f in ("titel", "licentie"):
            show(murl, "materiaal." + f, mat[f])
        show(murl, "materiaal.bestanden.titel", mat["bestanden"][0]["titel"])
        exp["search"].append(("materiaal.titel", mat["titel"]))

        book = "xss-boek-%02d" % k
        write(root, "handboeken/%s/index.md" % book,
              entry_file({"titel": rot(k, 0), "samenvatting": rot(k, 1), "doelgroep": [Raw("xss-doelgroepen")],
                          "volgorde": Raw(str(k))}, body_of(k + 4)))
        write(root, "handboeken/%s/hoofdstuk.md" % book,
              entry_file({"titel": rot(k, 2), "volgorde": Raw("1")}, body_of(k + 5)))
        show("/handboeken/%s/" % book, "handboek.titel", rot(k, 0))
        show("/handboeken/", "handboek.samenvatting", rot(k, 1))
        show("/handboeken/%s/hoofdstuk/" % book, "hoofdstuk.titel", rot(k, 2))
        show("/handboeken/%s/" % book, "hoofdstuk.titel in its book", rot(k, 2))
        exp["search"].append(("hoofdstuk.titel", rot(k, 2)))

        tip = {"titel": rot(k, 0), "samenvatting": rot(k, 1), "volgorde": Raw(str(k))}
        write(root, "tips/xss-tip-%02d.md" % k, entry_file(tip, body_of(k + 6)))
        show("/tips/xss-tip-%02d/" % k, "tip.titel", tip["titel"])
        show("/tips/", "tip.samenvatting", tip["samenvatting"])
        exp["search"].append(("tip.titel", tip["titel"]))

        pag = {"titel": rot(k, 3), "samenvatting": rot(k, 4)}
        write(root, "paginas/xss-pag-%02d.md" % k, entry_file(pag, body_of(k + 7)))
        show("/xss-pag-%02d/" % k, "pagina.titel", pag["titel"])
    for key, value in SITE.items():
        if isinstance(value, str) and key in ("titel",):
            show("/", "site.yaml " + key, value)
    for key in ("naam", "adres", "telefoon", "email"):
        show("/", "site.yaml contact." + key, SITE["contact"][key])
    return exp


def roundtrip_checks(label, site, exp, jsonld, feed):
    """Each payload intact where its field is shown: proof that it was
    escaped, not dropped, cut or escaped twice."""
    by_field = {}
    for url, field, value in exp["pages"]:
        page = site.page(url)
        by_field.setdefault(field, [0, []])
        by_field[field][0] += 1
        if page is None:
            by_field[field][1].append("%s: no page" % url)
        elif not contains(page.strings(), value):
            by_field[field][1].append("%s: %s not found intact as text or attribute value" % (url, short(value)))
    for field in sorted(by_field):
        n, probs = by_field[field]
        check("%s: %s: %d payloads intact as text on their pages" % (label, field, n), probs)
    probs = []
    for url, field, value in exp["jsonld"]:
        rel = url.strip("/") + "/index.html"
        strings = [s for d in jsonld.get(rel, []) for s in json_strings(d)]
        if not contains(strings, value):
            probs.append("%s: %s %s not intact in JSON-LD" % (url, field, short(value)))
    check("%s: %d JSON-LD values (JobPosting, Event) are the payloads, intact" % (label, len(exp["jsonld"])), probs)
    if feed is not None:
        titles = [norm(e.findtext(ATOM + "title") or "") for e in feed.findall(ATOM + "entry")]
        probs = [("feed entry title %s missing" % short(v)) for _, v in exp["feed"] if norm(v) not in titles]
        check("%s: %d feed entry titles are the payloads, intact" % (label, len(exp["feed"])), probs)
    strings = []
    for rel in site.files:
        if rel.startswith("zoeken/") and "/m/" in rel:
            strings += json_strings(json.load(open(os.path.join(site.public, rel), encoding="utf-8")))
    probs = [("%s %s not intact in the search index" % (f, short(v))) for f, v in exp["search"]
             if not contains(strings, v)]
    check("%s: %d titles intact in the search index" % (label, len(exp["search"])), probs)
    if exp["ics"]:
        probs = []
        agenda = ics_problems(os.path.join(site.public, "evenementen", "agenda.ics"), ANY, -1)[1]
        summaries = [norm(str(e.get("SUMMARY"))) for e in agenda]
        for slug, ev in exp["ics"]:
            path = os.path.join(site.public, "evenementen", slug + ".ics")
            events = ics_problems(path, ANY, 1)[1] if os.path.exists(path) else []
            if len(events) != 1:
                probs.append("%s.ics: no single VEVENT" % slug)
                continue
            e = events[0]
            for prop, field in (("SUMMARY", "titel"), ("LOCATION", "locatie"), ("DESCRIPTION", "aanmelden")):
                if ical_norm(str(e.get(prop, ""))) != ical_norm(ev[field]):
                    probs.append("%s.ics: %s is %s, want %s" % (slug, prop, short(str(e.get(prop))), short(ev[field])))
            if ical_norm(ev["titel"]) not in [ical_norm(s) for s in summaries]:
                probs.append("agenda.ics: no SUMMARY %s" % short(ev["titel"]))
        check("%s: iCalendar SUMMARY, LOCATION and DESCRIPTION of %d events are the payloads, intact"
              % (label, len(exp["ics"])), probs)


class _Any:
    def __contains__(self, x):
        return True


ANY = _Any()


def ical_norm(s):
    """iCalendar drops control characters (CR too); compare the rest."""
    return norm("".join(c for c in s if c in "\t\n" or ord(c) >= 0x20))


def run(cmd, **kw):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, **kw)


def git(*args, cwd):
    return run(["git", "-c", "user.name=Test", "-c", "user.email=test@example.nl",
                "-c", "init.defaultBranch=main"] + list(args), cwd=cwd)


def tree_sums(root):
    h = hashlib.sha1()
    for dirpath, dirs, files in sorted(os.walk(root)):
        dirs.sort()
        for f in sorted(files):
            p = os.path.join(dirpath, f)
            h.update(os.path.relpath(p, root).encode() + b"\0" + open(p, "rb").read())
    return h.hexdigest()


# Hostile values for fields with a format: (file, key path or None to write
# the file, value, words one of which the message must contain, mode).
# Mode REFUSE: the content format says the value is invalid, so the build
# must stop. Mode SAFE: the format does not forbid it; the build may refuse
# it, or publish it, and then every output file must still pass the checks.
REFUSE, SAFE = "refuse", "safe"


def rejections():
    vac = "vacatures/xs/s/xss-vac-01.md"
    org = "organisaties/xs/s/xss-org-01.md"
    evt = "evenementen/xss-evt-01.md"
    mat = "materialen/xss-mat-01.md"
    out = []
    url = ("website", "web address", "http")
    for bad in ("javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "&#106;avascript:alert(1)",
                "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "//evil.example/x",
                "https://example.nl/\"><script>alert(1)</script>", "https://example.nl/' onmouseover='alert(1)",
                "https://example.nl/ onmouseover=alert(1)", "https://example.nl/\nSUMMARY:x",
                "https://example.nl/<script>", "https://example.nl/\tx"):
        out.append((org, ["website"], bad, url, REFUSE))
    for bad in ("javascript:alert(1)", "data:text/html,x", "https://example.nl/\"onmouseover=\"alert(1)",
                "https://example.nl/\r\nBEGIN:VEVENT"):
        out.append((evt, ["aanmeld_url"], bad, ("aanmeld_url",), REFUSE))
    mail = ("email", "e-mail")
    for bad in ("\"><script>alert(1)</script>@example.nl", "a@example.nl\" onmouseover=\"alert(1)",
                "a@example.nl?subject=<script>", "javascript:alert(1)", "a@example.nl\nBcc: x@y.nl",
                "a@b.nl,c@d.nl", "<a@b.nl>", "a@b.nl;x"):
        out.append((vac, ["reageren", "email"], bad, mail, REFUSE))
    # a single quote is allowed in an address (o'brien@...); it must come out escaped
    out.append((vac, ["reageren", "email"], "a'onmouseover='alert(1)'@example.nl", mail, SAFE))
    out.append((org, ["contactpersonen", 0, "email"], "\"><svg onload=alert(1)>@example.nl", mail, REFUSE))
    for bad in ("<script>alert(1)</script>", "javascript:alert(1)", "0522\" onclick=\"x", "0522\n123456"):
        out.append((vac, ["reageren", "telefoon"], bad, ("telefoon", "phone"), REFUSE))
    out.append((org, ["contactpersonen", 0, "telefoon"], "tel:+31522<script>", ("telefoon", "phone"), REFUSE))
    line = ("one line",)
    for key in (["titel"], ["adres"], ["periode", "omschrijving"], ["reageren", "naam"]):
        out.append((vac, key, "regel\n<script>alert(1)</script>", line, REFUSE))
    out.append((vac, ["interesses"], ["tag\r\nBEGIN:VEVENT"], line, REFUSE))
    for key in (["titel"], ["locatie"]):
        out.append((evt, key, "x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:gehackt", line, REFUSE))
    out.append((mat, ["bestanden", 0, "titel"], "a\nb", line, REFUSE))
    for key, bad, msg in ((["sectoren"], ["<script>alert(1)</script>"], "sectoren"),
                          (["plaats"], "\"><img src=x onerror=alert(1)>", "place"),
                          (["organisatie"], "../../etc/passwd", "organisatie"), (["status"], "<script>", "status"),
                          (["soort"], "javascript:x", "soort"), (["reageren", "via"], "\" onclick=\"x", "via")):
        out.append((vac, key, bad, (msg,), REFUSE))
    for bad in ("../../../etc/passwd", "\"><img src=x onerror=alert(1)>.txt"):
        out.append((mat, ["bestanden", 0, "naam"], bad, ("file name",), REFUSE))
    for bad in ("javascript:alert(1)", "data:text/html,x", "https://stages.example.nl\nDisallow: /",
                "//evil.example"):
        out.append(("site.yaml", ["basis_url"], bad, ("basis_url",), REFUSE))
    # stagebureau(5) asks only for an http(s) address here; refused or escaped everywhere
    out.append(("site.yaml", ["basis_url"], "https://stages.example.nl/\"><script>alert(1)</script>", ("basis_url",),
                SAFE))
    for bad in ("../../../../etc/passwd", "<script>"):
        out.append(("site.yaml", ["taal"], bad, ("taal",), REFUSE))
    out.append(("vocabularies/sectoren.yaml", None, "- slug: \"<script>alert(1)</script>\"\n  naam: x\n",
                ("slug",), REFUSE))
    out.append(("tips/\"><img src=x onerror=alert(1)>.md", None, entry_file({"titel": "x"}, "x"),
                ("slug", "file name"), REFUSE))
    out.append(("vacatures/xs/s/java script:alert(1).md", None,
                open(os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                  "fixture/site/vacatures/f/0/zorgassistent-de-horizon.md"), encoding="utf-8").read(),
                ("slug", "file name"), REFUSE))
    return out


def set_field(text, keys, value):
    """Replaces the value at keys (names, and list positions as numbers) in a
    front matter written by entry_file()."""
    fm, body = text[4:].split("\n---\n", 1)
    lines = fm.split("\n")
    start, indent, dash = 0, "", None
    for depth, key in enumerate(keys):
        if isinstance(key, int):    # the key-th "- " item; its first key counts as indented
            items = [i for i in range(start, len(lines)) if lines[i].startswith(indent + "- ")]
            dash = items[key]
            lines[dash] = lines[dash].replace("- ", "  ", 1)
            start, indent = dash, indent + "  "
            continue
        for i in range(start, len(lines)):
            if lines[i].startswith(indent + key + ":"):
                if depth == len(keys) - 1:
                    lines[i] = indent + key + ":" + emit(value)
                else:
                    start, indent = i + 1, indent + "  "
                break
        else:
            raise KeyError(keys)
    if dash is not None:
        lines[dash] = lines[dash][:len(indent) - 2] + "- " + lines[dash][len(indent):]
    return "---\n" + "\n".join(lines) + "\n---\n" + body


def content_main(sb, theme, fixture, work):
    # 1. The clean fixture: what markup the theme writes.
    clean = os.path.join(work, "clean")
    r = run([sb, "-q", "init", clean + ".git", fixture])
    r2 = r.returncode == 0 and run([sb, "-q", "-r", clean + ".git", "-d", clean + ".db", "-t", theme, "-o",
                                    clean + ".public", "--today", TODAY, "build"])
    if not check("content: the clean fixture builds", [] if r.returncode == 0 and r2 and r2.returncode == 0 else
                 [r.stdout + (r2.stdout if r2 else "")]):
        return
    base = "https://stages.example.nl"
    allowed, ics_props = Allowed(), set()
    learn_site(Site(clean + ".public", base), allowed, ics_props)
    DESCRIPTION_ALLOWED.tags = {t: set(a) for t, a in CMARK.items()}

    # 2. The hostile content: every field, every type; build and check.
    src = os.path.join(work, "src")
    shutil.copytree(fixture, src)
    exp = make_content(src)
    repo, db, public = os.path.join(work, "repo"), os.path.join(work, "db"), os.path.join(work, "public")
    r = run([sb, "-q", "init", repo, src])
    ok = r.returncode == 0
    out = r.stdout
    if ok:
        r = run([sb, "-q", "-r", repo, "-d", db, "-t", theme, "-o", public, "--today", TODAY, "build"])
        ok, out = r.returncode == 0, out + r.stdout
    if not check("content: %d payloads in every field of %d entries of every type, site.yaml and the "
                 "vocabularies build" % (N, 8 * N), [] if ok else [out]):
        return
    site = Site(public, base)
    events = [s for s, _ in exp["ics"]] + ["(fixture)"] * 2
    jsonld, feed = check_site("content", site, allowed, ics_props, events, os.path.join(theme, "static"))
    roundtrip_checks("content", site, exp, jsonld, feed)
    check("content: every listed payload vacancy has a page with JSON-LD",
          ["%s has no JSON-LD" % u for u, f, _ in exp["jsonld"] if f == "vacature.titel" and
           not jsonld.get(u.strip("/") + "/index.html")])

    # 3. Values a field must refuse: the build stops naming the file, nothing is published.
    clone = os.path.join(work, "clone")
    git("clone", "-q", repo, clone, cwd=work)
    head = git("rev-parse", "HEAD", cwd=clone).stdout.strip()
    before = tree_sums(public)
    build = [sb, "-q", "-r", repo, "-d", db, "-t", theme, "-o", public, "--today", TODAY, "build"]
    groups = {}
    known = set(all_problems(site, allowed, ics_props, len(events)))   # reported above already
    for path, keys, value, msgs, mode in rejections():
        full = os.path.join(clone, path)
        what = "%s %s = %s" % (path, ".".join(map(str, keys)) if keys else "(new file)", short(value, 70))
        g = groups.setdefault("%s %s" % (path.split("/")[0], ".".join(map(str, keys)) if keys else "file name"),
                              [0, set(), []])
        g[0] += 1
        g[1].add(mode)
        if keys is None:
            if os.path.exists(full):
                with open(full, "a", encoding="utf-8") as f:
                    f.write(value)
            else:
                write(clone, path, value)
        elif path == "site.yaml":
            text = open(full, encoding="utf-8").read()
            text = re.sub(r"(?m)^%s:.*$" % keys[0], lambda m: "%s: %s" % (keys[0], yq(value)), text)
            write(clone, path, text)
        else:
            write(clone, path, set_field(open(full, encoding="utf-8").read(), keys, value))
        git("add", "-A", cwd=clone)
        git("commit", "-qm", "xss", cwd=clone)
        git("push", "-q", "origin", "HEAD:main", cwd=clone)
        r = run(build)
        if r.returncode == 0:
            if mode == REFUSE:
                g[2].append("%s: accepted and published; stagebureau(5) says it is invalid" % what)
            else:
                s2 = Site(public, base if keys != ["basis_url"] else value)
                g[2] += ["%s: accepted, and then %s" % (what, p)
                         for p in all_problems(s2, allowed, ics_props, len(events)) if p not in known]
        else:
            if path.split("/")[-1] not in r.stdout:
                g[2].append("%s: the message does not name the file: %s" % (what, short(r.stdout, 200)))
            elif not any(m in r.stdout for m in msgs):
                g[2].append("%s: the message names none of %s: %s" % (what, msgs, short(r.stdout, 200)))
            if tree_sums(public) != before:
                g[2].append("%s: refused, but the public site changed" % what)
        git("reset", "-q", "--hard", head, cwd=clone)
        git("clean", "-qfdx", cwd=clone)
        git("push", "-q", "-f", "origin", "HEAD:main", cwd=clone)
        if r.returncode == 0:   # publish the good state again for the next case
            run(build)
            before = tree_sums(public)
    for name in sorted(groups):
        n, modes, probs = groups[name]
        check("content: %s: %d hostile values %s" % (name, n, "refused with a message naming the file; nothing "
              "published" if modes == {REFUSE} else "refused (file named, nothing published) or published escaped"),
              probs)


# ---------------------------------------------------------------- admin

class Form(html.parser.HTMLParser):
    """The controls of a page's forms, as a browser would submit them."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms, self.cur, self.select, self.area, self.option = [], None, None, None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.cur = {"action": a.get("action") or "", "enctype": a.get("enctype") or "", "controls": []}
            self.forms.append(self.cur)
        if self.cur is None:
            return
        if tag == "input" and a.get("name"):
            t = (a.get("type") or "text").lower()
            if t in ("submit", "button", "reset", "image", "file"):
                return
            self.cur["controls"].append({"name": a["name"], "type": t, "value": a.get("value", ""),
                                         "checked": "checked" in a, "id": a.get("id")})
        elif tag == "select" and a.get("name"):
            self.select = {"name": a["name"], "type": "select", "options": [], "value": None, "id": a.get("id")}
            self.cur["controls"].append(self.select)
        elif tag == "option" and self.select is not None:
            self.option = [a.get("value"), "", "selected" in a]
        elif tag == "textarea" and a.get("name"):
            self.area = {"name": a["name"], "type": "textarea", "value": "", "id": a.get("id")}
            self.cur["controls"].append(self.area)

    def handle_data(self, data):
        if self.option is not None:
            self.option[1] += data
        if self.area is not None:
            self.area["value"] += data

    def handle_endtag(self, tag):
        if tag == "option" and self.option is not None:
            v = self.option[0] if self.option[0] is not None else self.option[1].strip()
            self.select["options"].append(v)
            if self.option[2]:
                self.select["value"] = v
            self.option = None
        elif tag == "select":
            self.select = None
        elif tag == "textarea" and self.area is not None:
            if self.area["value"].startswith("\n"):
                self.area["value"] = self.area["value"][1:]
            self.area = None
        elif tag == "form":
            self.cur = None


def main_form(page_text, action=None):
    p = Form()
    p.feed(page_text)
    forms = [f for f in p.forms if action is None or action in f["action"]]
    return max(forms, key=lambda f: len(f["controls"])) if forms else None


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Browser:
    def __init__(self, base):
        self.base = base.rstrip("/")
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()),
                                                  NoRedirect)

    def request(self, path, body=None, ctype=None):
        req = urllib.request.Request(self.base + path if path.startswith("/") else path, body)
        if ctype:
            req.add_header("Content-Type", ctype)
        try:
            r = self.opener.open(req, timeout=60)
            return r.status, r.headers, r.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as e:
            return e.code, e.headers, e.read().decode("utf-8", "replace")

    def post(self, path, fields, multipart=False, files=()):
        if multipart or files:
            boundary = "----xss" + uuid.uuid4().hex
            body = b""
            for n, v in fields:
                body += ("--%s\r\nContent-Disposition: form-data; name=\"%s\"\r\n\r\n" % (boundary, n)).encode()
                body += v.encode() + b"\r\n"
            for n, fname, data in files:
                body += ("--%s\r\nContent-Disposition: form-data; name=\"%s\"; filename=\"%s\"\r\n"
                         "Content-Type: text/plain\r\n\r\n" % (boundary, n, fname)).encode() + data + b"\r\n"
            body += ("--%s--\r\n" % boundary).encode()
            return self.request(path, body, "multipart/form-data; boundary=" + boundary)
        return self.request(path, urllib.parse.urlencode(fields).encode(), "application/x-www-form-urlencoded")

    def login(self, user, password):
        _, _, page = self.request("/beheer/inloggen")
        f = main_form(page)
        fields = [(c["name"], c["value"]) for c in f["controls"] if c["type"] == "hidden"]
        return self.post("/beheer/inloggen", fields + [("username", user), ("password", password)])


def submitted(form, changes):
    """The fields a browser sends for form, with changes {name: value or [values]}."""
    out, done = [], set()
    for c in form["controls"]:
        n = c["name"]
        if n in changes:
            if n not in done:
                v = changes[n]
                out += [(n, x) for x in (v if isinstance(v, list) else [v])]
                done.add(n)
            continue
        if c["type"] in ("checkbox", "radio"):
            if c["checked"]:
                out.append((n, c["value"]))
        elif c["type"] == "select":
            v = c["value"] if c["value"] is not None else ""
            out.append((n, v))
        else:
            out.append((n, c["value"]))
    for n, v in changes.items():
        if n not in done:
            out += [(n, x) for x in (v if isinstance(v, list) else [v])]
    return out


VALID = {"date": "2027-02-01", "number": "3", "datetime-local": "2027-03-10T15:00",
         "email": "javascript:alert(1)@example.nl", "tel": "+31 (0)6-1234 5678",
         "url": "https://example.nl/?a=1&b=%22%3E%3Cscript%3E#javascript:alert(1)"}
INVALID = {"email": "\"><script>alert(1)</script>@example.nl", "tel": "<script>alert(1)</script>",
           "url": "javascript:alert(1)", "date": "\"><img src=x onerror=alert(1)>",
           "number": "<script>alert(1)</script>", "datetime-local": "' onmouseover='alert(1)"}
PREFER = {"reageren.via": "direct", "status": "open", "vorm": "individueel", "rollen": "stagebieder",
          "organisatie": "de-horizon", "eigenaar": "csg-testschool", "boek": "leerlingen"}


# Valid values for typed inputs; the date and numbers by field, for a listed vacancy
# whose last check is half a year old (so that it is on the dashboard).
BY_NAME = {"plaatsen": "3", "bezet": "0", "groepsgrootte": "4", "uren_per_week": "4", "volgorde": "4",
           "periode.tot": "2027-06-01", "geldig_tot": "2027-06-01", "eind": "2027-03-10T18:00",
           "geplaatst": "2026-11-20", "geverifieerd": "2026-01-05"}


def fill(form, offset, valid=True, slug=None):
    """Changes for a form: a payload in every free text field (rotating by
    offset; textareas also get a multi-line one), the given slug, the body,
    and for typed inputs (date, number, e-mail, phone, web address) valid
    values, or with valid=False hostile ones. Returns (changes, the values
    typed that the page must show again)."""
    changes, texts = {}, {}
    i = offset
    groups = set()
    for c in form["controls"]:
        n, t = c["name"], c["type"]
        if t == "hidden":
            continue
        if n == "slug":
            changes[n] = slug
        elif n == "tekst":
            changes[n] = body_of(offset)
        elif t in ("text", "search", "textarea"):
            if n.startswith("bestanden."):      # names of attachments: uploads do those
                continue
            if t == "textarea":
                v = payload(i) + "\n" + MULTILINE[i % len(MULTILINE)][1]
            else:
                v = tag(i, False) if n == "interesses" else payload(i)
            changes[n] = texts[n] = v
            i += 1
        elif t in VALID and not valid:
            changes[n] = texts[n] = INVALID[t]
        elif t in VALID:
            v = BY_NAME.get(n, VALID[t])
            changes[n] = v.replace("@", "%d@" % (i % 100), 1) if t == "email" else v
        elif t == "select":
            want = PREFER.get(n)
            opts = [o for o in c["options"] if o]
            changes[n] = want if want in opts else (opts[0] if opts else "")
        elif t == "checkbox":
            if n.endswith(("openbaar", "adres_tonen", "sbb_erkend")):
                changes[n] = c["value"]
            elif n in ("sectoren", "niveaus", "rollen", "geschiktheid", "doelgroep") and n not in groups:
                groups.add(n)
                changes[n] = [o["value"] for o in form["controls"] if o["name"] == n and "xss" in o["value"]] \
                    or [c["value"]]
    return changes, texts


class AdminRun:
    def __init__(self, base, work, public):
        self.base, self.work, self.public = base, work, public
        self.host = "stages.example.nl"
        self.allowed = Allowed()
        self.data_urls = []

    def get(self, b, path):
        s, h, t = b.request(path)
        return s, h, t

    def learn(self, b, paths):
        probs = []
        for p in paths:
            s, _, t = b.request(p)
            if s != 200:
                probs.append("%s answers %s" % (p, s))
            self.allowed.learn(parse_html(t))
        return probs

    def safe(self, label, text, expect=(), extra=()):
        """Parses an admin page: nothing injected; each expected value intact.
        data: URLs (Markdown previews) are gathered for one check of their own."""
        page = parse_html(text)
        where = label.partition(": ")[2].split(" (")[0]
        probs = html_problems(page, self.allowed, self.host, where) + list(extra)
        self.data_urls += [(where, p[len(where) + 2:]) for p in probs if is_data_url(p)]
        probs = [p[len(where) + 2:] if p.startswith(where + ": ") else p for p in probs if not is_data_url(p)]
        strings = page.strings()
        for name, v in expect:
            if not contains(strings, v):
                probs.append("%s: %s not found intact" % (name, short(v)))
        return check(label, probs)


def admin_main(base, work, public, db):
    run_ = AdminRun(base, work, public)
    bea = Browser(base)
    s, h, _ = bea.login("bea", "bea-wachtwoord-1")
    if not check("admin: the beheerder logs in", [] if s == 303 else ["login answered %s" % s]):
        return
    segs = ["vacatures", "organisaties", "evenementen", "materialen", "handboeken", "hoofdstukken", "tips", "paginas"]
    edits = {"vacatures": "helpende-zorg-1", "organisaties": "de-horizon", "evenementen": "stagemarkt-meppel",
             "materialen": "modelbrief", "handboeken": "leerlingen", "hoofdstukken": "leerlingen.voor-je-begint",
             "tips": "sollicitatiegesprek", "paginas": "contact"}
    # 1. What the admin's own pages are made of, from clean content.
    paths = ["/beheer/", "/beheer/wijzigingen", "/beheer/accounts", "/beheer/vocabulaires/sectoren",
             "/beheer/import", "/beheer/wachtwoord", "/beheer/vacatures/helpende-zorg-1/geschiedenis",
             "/beheer/vacatures/helpende-zorg-1/verwijderen"]
    for seg in segs:
        paths += ["/beheer/%s/" % seg, "/beheer/%s/nieuw" % seg, "/beheer/%s/%s/" % (seg, edits[seg])]
    probs = run_.learn(bea, paths)
    run_.allowed.learn(parse_html(Browser(base).request("/beheer/inloggen")[2]))
    # a clean save, its diff, a clean validation error and a clean preview
    _, _, t = bea.request("/beheer/tips/sollicitatiegesprek/")
    f = main_form(t)
    s, h, _ = bea.post("/beheer/tips/sollicitatiegesprek/", submitted(f, {"samenvatting": "Nieuw."}))
    if s != 303:
        probs.append("a clean save answered %s" % s)
    else:
        _, _, t = bea.request(h["Location"])
        run_.allowed.learn(parse_html(t))
        _, _, t = bea.request("/beheer/tips/sollicitatiegesprek/geschiedenis")
        run_.allowed.learn(parse_html(t))
        m = re.search(r'href="([^"]*verschil\?[^"]*)"', t)
        if m:
            run_.allowed.learn(parse_html(bea.request(html.unescape(m.group(1)))[2]))
        else:
            probs.append("the history links no diff")
    _, _, t = bea.request("/beheer/tips/sollicitatiegesprek/")
    f = main_form(t)
    s, _, t = bea.post("/beheer/tips/sollicitatiegesprek/", submitted(f, {"titel": "", "volgorde": "x"}))
    run_.allowed.learn(parse_html(t))
    _, _, t = bea.request("/beheer/tips/sollicitatiegesprek/")
    s, _, t = bea.post("/beheer/tips/sollicitatiegesprek/", submitted(main_form(t), {"voorbeeld": "1"}))
    run_.allowed.learn(parse_html(t))
    _, _, t1 = bea.request("/beheer/tips/sollicitatiegesprek/")
    bea.post("/beheer/tips/sollicitatiegesprek/", submitted(main_form(t1), {"samenvatting": "Een."}))
    s, _, t = bea.post("/beheer/tips/sollicitatiegesprek/", submitted(main_form(t1), {"samenvatting": "Twee."}))
    run_.allowed.learn(parse_html(t))
    if s != 409:
        probs.append("a clean conflict answered %s" % s)
    check("admin: %d clean admin pages answer 200 (the markup they use is the reference)" % len(paths), probs)

    # 2. Accounts made through the accounts form with payloads in every field.
    def add_account(changes):
        _, _, t = bea.request("/beheer/accounts")
        base_fields = {"naam": "", "volledige_naam": "", "email": "", "rol": "makelaar",
                       "wachtwoord": "xss-wachtwoord-1", "organisatie": ""}
        base_fields.update(changes)
        return bea.post("/beheer/accounts", submitted(main_form(t), base_fields))

    angle = "Mia \"><img src=x onerror=alert(1)> </title><script>alert(1)</script>"
    name = "Mia \" onfocus=\"alert(1)\" ' onmouseover='alert(1)' &amp; &#106; {{site.titel}} ${x} javascript:x"
    s, _, t = add_account({"naam": "<script>alert(1)</script>", "volledige_naam": angle, "email": "x@example.nl"})
    run_.safe("admin: accounts form with a hostile username is refused (%s) and re-displayed safely" % s, t, [],
              [] if s == 422 else ["answered %s, want 422" % s])
    s, _, t = add_account({"naam": "xss-school", "volledige_naam": angle, "email": "x@example.nl", "rol": "school",
                           "organisatie": "\"><script>alert(1)</script>"})
    run_.safe("admin: accounts form with a hostile organisation is refused (%s) and re-displayed safely" % s, t, [],
              [] if s == 422 else ["answered %s, want 422" % s])
    # A name with angle brackets: refused, or usable for saving (git signatures cannot hold < >).
    s, _, t = add_account({"naam": "xss-hoek", "volledige_naam": angle, "email": "hoek@example.nl"})
    run_.safe("admin: an account named with angle brackets answers %s and is listed safely" % s, t,
              [("volledige_naam", angle)] if s == 200 else [], [] if s in (200, 422) else ["answered %s" % s])
    if s == 200:
        hoek = Browser(base)
        hoek.login("xss-hoek", "xss-wachtwoord-1")
        _, _, t = hoek.request("/beheer/")
        run_.safe("admin: the dashboard of the account with angle brackets shows its name as text", t,
                  [("volledige_naam", angle)])
        _, _, t = hoek.request("/beheer/tips/bellen-met-een-bedrijf/")
        s, _, t = hoek.post("/beheer/tips/bellen-met-een-bedrijf/", submitted(main_form(t), {"samenvatting": "Anders."}))
        check("admin: an account whose name has angle brackets, once accepted, can save (answered %s)" % s,
              [] if s == 303 else ["the save answered %s: the account form accepts < > in the name, "
                                   "git signatures refuse them" % s])
    s, _, t = add_account({"naam": "xss", "volledige_naam": name, "email": "xss&x'@example.nl"})
    run_.safe("admin: an account named with payloads is added (%s) and listed as text" % s, t,
              [("volledige_naam", name), ("email", "xss&x'@example.nl")],
              [] if s == 200 and "gelukt-blok" in t else ["adding the account answered %s" % s])
    mia = Browser(base)
    s, _, _ = mia.login("xss", "xss-wachtwoord-1")
    if s != 303:
        check("admin: the account with the hostile name logs in", ["login answered %s" % s])
        mia = Browser(base)
        mia.login("mia", "mia-wachtwoord-1")
    _, _, t = mia.request("/beheer/")
    run_.safe("admin: the dashboard shows the hostile account name as text", t, [("volledige_naam", name)])

    # 3. Every kind of entry: a refused save, a good save, a preview, an edit.
    saved = {}
    for k, seg in enumerate(segs):
        label = "admin: %s" % seg
        s, _, t = mia.request("/beheer/%s/nieuw" % seg)
        form = main_form(t)
        if s != 200 or form is None:
            check(label + ": the new form answers 200", ["%s" % s])
            continue
        multipart = "multipart" in form["enctype"]
        changes, texts = fill(form, 3 * k, valid=False, slug="\"><img src=x onerror=alert(1)>")
        s, _, t = mia.post("/beheer/%s/nieuw" % seg, submitted(form, changes), multipart)
        run_.safe(label + ": a refused new entry (%s) re-displays every typed payload intact and safely" % s, t,
                  [(n, v) for n, v in texts.items()] + [("slug", changes["slug"])],
                  [] if s == 422 else ["answered %s, want 422" % s])
        slug = "xss-" + seg
        changes, texts = fill(form, 3 * k, valid=True, slug=slug)
        s, h, t = mia.post("/beheer/%s/nieuw" % seg, submitted(form, changes), multipart)
        if s != 303:
            check(label + ": a new entry with a payload in every text field is saved",
                  ["answered %s" % s] + [l for l in re.findall(r'class="veld-fout"[^>]*>([^<]*)', t)] +
                  re.findall(r'<div class="fout-blok"[^>]*>(.*?)</div>', t, re.S))
            continue
        loc = h["Location"]
        edit = "/beheer/%s/%s/" % (seg, "leerlingen." + slug if seg == "hoofdstukken" else slug)
        saved[seg] = (edit, texts)
        s, _, t = mia.request(loc)
        run_.safe(label + ": the form after the save shows every payload intact and safely", t,
                  list(texts.items()), [] if s == 200 else ["answered %s" % s])
        # materials: an attachment, then a hostile title for it
        if seg == "materialen":
            form = main_form(t)
            s, h, t = mia.post(edit, submitted(form, {}), True,
                               [("upload", "bijlage.txt", b"<script>alert(1)</script>\n")])
            _, _, t = mia.request(edit)
            form = main_form(t)
            v = payload(k + 11)
            s, h, t = mia.post(edit, submitted(form, {"bestanden.0.titel": v}), True)
            texts["bestanden.0.titel"] = v
            _, _, t = mia.request(edit)
            run_.safe(label + ": an attachment with a hostile title (%s) shows it intact and safely" % s, t,
                      [("bestanden.0.titel", v)], [] if s == 303 else ["answered %s" % s])
        # preview of the Markdown corpus
        _, _, t = mia.request(edit)
        form = main_form(t)
        s, _, t = mia.post(edit, submitted(form, {"tekst": "\n\n".join(MARKDOWN), "voorbeeld": "1"}), multipart)
        run_.safe(label + ": the preview of the Markdown corpus (%s) is safe" % s, t,
                  [("tekst", MARKDOWN[0][:10])], [] if s == 200 else ["answered %s" % s])
        # an edit: other payloads in every field
        _, _, t = mia.request(edit)
        form = main_form(t)
        changes, texts2 = fill(form, 3 * k + 13, valid=True)
        changes.pop("slug", None)
        s, h, t = mia.post(edit, submitted(form, changes), multipart)
        if s == 303:
            saved[seg] = (edit, texts2)
        _, _, t = mia.request(edit + "geschiedenis")
        run_.safe(label + ": the history lists both commits, titles and author as text", t,
                  [("author", name)] + ([("titel", texts["titel"])] if "titel" in texts else [("naam", texts.get("naam", ""))]),
                  [] if s == 303 else ["the edit answered %s" % s])
        diffs = re.findall(r'href="([^"]*verschil\?[^"]*)"', t)
        if diffs:
            s, _, t = mia.request(html.unescape(diffs[0]))
            run_.safe(label + ": the diff of the edit is safe", t, [], [] if s == 200 else ["answered %s" % s])
        else:
            check(label + ": the history links a diff", ["no diff link"])
        _, _, t = mia.request(edit + "verwijderen")
        run_.safe(label + ": the delete confirmation is safe", t)
        _, _, t = mia.request("/beheer/%s/" % seg)
        run_.safe(label + ": the list shows the entry's payload title as text", t,
                  [(n, v) for n, v in texts2.items() if n in ("titel", "naam")])

    # 4. Pages that gather many entries.
    for path in ("/beheer/", "/beheer/wijzigingen"):
        _, _, t = mia.request(path)
        want = [("author", name)] if "wijzigingen" in path else []
        if "vacatures" in saved and path == "/beheer/":
            want.append(("vacancy not verified for months", saved["vacatures"][1]["titel"]))
        run_.safe("admin: %s shows hostile titles and author as text" % path, t, want)

    # 5. A conflict: two forms of one revision.
    if "tips" in saved:
        edit = saved["tips"][0]
        _, _, t1 = mia.request(edit)
        _, _, t2 = mia.request(edit)
        a, b = payload(4), payload(15)
        s1, _, _ = mia.post(edit, submitted(main_form(t1), {"samenvatting": a}))
        if s1 == 303:
            saved["tips"][1]["samenvatting"] = a
        s, _, t = mia.post(edit, submitted(main_form(t2), {"samenvatting": b}))
        run_.safe("admin: a conflict (%s) shows both hostile versions as text" % s, t, [("first", a), ("second", b)],
                  [] if s == 409 else ["answered %s, want 409" % s])

    # 6. Vocabularies: hostile names from the beheerder, refused YAML kept.
    _, _, t = bea.request("/beheer/vocabulaires/sectoren")
    f = main_form(t)
    old = [c for c in f["controls"] if c["name"] == "inhoud"][0]["value"]
    vname = payload(1) + " " + payload(14)
    s, _, t = bea.post("/beheer/vocabulaires/sectoren", submitted(f, {"inhoud": old + "- slug: xss-admin\n  naam: %s\n"
                                                                      % yq(vname)}))
    run_.safe("admin: a vocabulary with a hostile name is saved (%s) and shown as text" % s, t, [("inhoud", vname[:20])],
              [] if s == 200 and "gelukt-blok" in t else ["answered %s" % s])
    _, _, t = mia.request("/beheer/vacatures/nieuw")
    run_.safe("admin: the vacancy form lists the hostile sector name as text", t, [("sector", vname)])
    bad = old + "- slug: \"</textarea><script>alert(1)</script>\"\n  naam: x\n"
    s, _, t = bea.post("/beheer/vocabulaires/sectoren", submitted(main_form(bea.request(
        "/beheer/vocabulaires/sectoren")[2]), {"inhoud": bad}))
    run_.safe("admin: a refused vocabulary (%s) keeps the typed YAML intact and safe" % s, t,
              [("inhoud", "</textarea><script>alert(1)</script>")], [] if s == 422 else ["answered %s, want 422" % s])

    # 7. CSV import with payloads.
    imported = False
    csv = ("slug;titel;organisatie;plaats;sectoren;niveaus;soort;periode.van;plaatsen;reageren.via;status;"
           "geplaatst;geldig_tot;tekst\n"
           "xss-import;\"%s\";de-horizon;meppel;techniek;havo;snuffelstage;2027-02-01;1;school;open;2026-11-20;"
           "2027-04-01;\"%s\"\n"
           "\"<script>alert(1)</script>\";\"%s\";de-horizon;meppel;techniek;havo;snuffelstage;2027-02-01;1;school;"
           "\"\"\"><img src=x onerror=alert(1)>\";2026-11-20;2027-04-01;x\n") % (
        payload(1).replace('"', '""'), MARKDOWN[5].replace('"', '""'), payload(14).replace('"', '""'))
    _, _, t = mia.request("/beheer/import")
    f = main_form(t)
    s, _, t = mia.post("/beheer/import", submitted(f, {"soort": "vacatures"}), True,
                       [("csv", "x.csv", csv.encode())])
    run_.safe("admin: the import check of a CSV with payloads (%s) shows rows and errors as text" % s, t,
              [("titel", payload(1))], [] if s == 200 else ["answered %s" % s])
    p = Form()
    p.feed(t)
    confirm = [f for f in p.forms if any(c["name"] == "csv_tekst" for c in f["controls"])]
    if not confirm:
        check("admin: the import check offers to import the good row", ["no form with csv_tekst"])
    else:
        f = confirm[0]
        kept = [c["value"] for c in f["controls"] if c["name"] == "csv_tekst"][0]
        s, _, t = mia.post("/beheer/import", submitted(f, {"bevestig": "1"}))
        run_.safe("admin: confirming the import (%s) is safe; the CSV came back intact in its hidden field" % s, t, [],
                  ([] if s == 200 and "gelukt-blok" in t else ["answered %s" % s]) +
                  ([] if kept.replace("\r\n", "\n") == csv else ["csv_tekst is %s" % short(kept)]))
        imported = True

    # 8. Reflected input: query strings, paths, the login form.
    x = urllib.parse.quote(payload(1) + payload(14), safe="")
    probs = []
    for path in ("/beheer/?actueel=" + x, "/beheer/vacatures/?verwijderd=" + x,
                 "/beheer/vacatures/helpende-zorg-1/?opgeslagen=" + x + "&tijd=" + x,
                 "/beheer/vacatures/helpende-zorg-1/verschil?van=" + x + "&naar=" + x,
                 "/beheer/" + x + "/", "/beheer/vacatures/" + x + "/", "/beheer/vacatures/" + x + "/geschiedenis",
                 "/beheer/vocabulaires/" + x, "/beheer/export/" + x, "/beheer/inloggen?terug=" + x):
        s, _, t = mia.request(path)
        page = parse_html(t)
        probs += html_problems(page, run_.allowed, run_.host, "%s (%s)" % (urllib.parse.unquote(path)[:60], s))
    check("admin: payloads in query strings and paths are not reflected as markup", probs)
    anon = Browser(base)
    s, _, t = anon.login(payload(1), "wrong-password-1")
    run_.safe("admin: a failed login with a hostile username (%s) is safe" % s, t)

    pages = {}
    for where, what in run_.data_urls:
        pages.setdefault(what, set()).add(where)
    check("admin: no data: URL is left in any href or src of admin pages (Markdown previews)",
          ["%s in %d pages, e.g. %s" % (what, len(w), sorted(w)[0]) for what, w in sorted(pages.items())])

    # 9. The public pages the admin's saves produced, once the builds after
    # the answers (forked children, under the build lock) are done.
    head = git("--git-dir", os.path.join(work, "repo"), "rev-parse", "HEAD", cwd=work).stdout.strip()
    built = None
    for _ in range(120):
        with open(db + ".build-lock", "a") as f:
            fcntl.flock(f, fcntl.LOCK_EX)
            con = sqlite3.connect("file:%s?mode=ro" % db, uri=True, timeout=10)
            row = con.execute("SELECT value FROM meta WHERE key = 'built'").fetchone()
            con.close()
        built = row and row[0]
        if built == head:
            break
        time.sleep(0.5)
    check("admin public: the site is built from the last commit after the saves", [] if built == head else
          ["built %s, HEAD %s" % (built, head)])
    site = Site(public, "https://stages.example.nl")
    allowed, ics_props = Allowed(), set()
    clean = os.path.join(work, "clean-public")
    if os.path.isdir(clean):
        learn_site(Site(clean, "https://stages.example.nl"), allowed, ics_props)
    DESCRIPTION_ALLOWED.tags = {t: set(a) for t, a in CMARK.items()}
    events = [f for f in os.listdir(os.path.join(public, "evenementen")) if f.endswith(".ics") and f != "agenda.ics"]
    check_site("admin public", site, allowed, ics_props, events)
    probs = []
    urls = {"vacatures": "/vacatures/xss-vacatures/", "organisaties": "/organisaties/xss-organisaties/",
            "evenementen": "/evenementen/xss-evenementen/", "materialen": "/materialen/xss-materialen/",
            "handboeken": "/handboeken/xss-handboeken/", "hoofdstukken": "/handboeken/leerlingen/xss-hoofdstukken/",
            "tips": "/tips/xss-tips/", "paginas": "/xss-paginas/"}
    n = 0
    for seg, (edit, texts) in saved.items():
        page = site.page(urls[seg])
        if page is None:
            probs.append("%s: no public page %s" % (seg, urls[seg]))
            continue
        for field in ("titel", "naam", "samenvatting", "locatie", "licentie", "adres", "begeleiding", "aanmelden",
                      "contactpersonen.0.naam", "contactpersonen.0.functie", "periode.omschrijving",
                      "bestanden.0.titel", "interesses"):
            if field in texts:
                n += 1
                if not contains(page.strings(), texts[field]):
                    probs.append("%s %s: %s not intact on %s" % (seg, field, short(texts[field]), urls[seg]))
    check("admin public: %d payloads saved through the admin are intact as text on their public pages" % n, probs)
    # the same values in JSON-LD, the feed, iCalendar and the search index
    exp = {"pages": [], "jsonld": [], "feed": [], "search": [], "ics": []}
    if "vacatures" in saved:
        v = saved["vacatures"][1]["titel"]
        exp["jsonld"].append((urls["vacatures"], "vacature.titel", v))
        exp["feed"].append(("vacature.titel", v))
        exp["search"].append(("vacature.titel", v))
    if "evenementen" in saved:
        ev = saved["evenementen"][1]
        exp["jsonld"].append((urls["evenementen"], "evenement.titel", ev["titel"]))
        exp["ics"].append(("xss-evenementen", ev))
    if "tips" in saved:
        exp["search"].append(("tip.titel", saved["tips"][1]["titel"]))
    if imported:
        exp["pages"].append(("/vacatures/xss-import/", "imported vacature.titel", payload(1)))
        exp["search"].append(("imported vacature.titel", payload(1)))
    jsonld = {rel: jsonld_problems(page, rel)[1] for rel, page in site.pages.items()}
    feed = atom_problems(os.path.join(public, "feed.xml"), allowed, site.host)[1]
    roundtrip_checks("admin public", site, exp, jsonld, feed)


def main():
    mode = sys.argv[1]
    if mode == "content":
        content_main(*sys.argv[2:6])
    elif mode == "admin":
        admin_main(*sys.argv[2:6])
    else:
        sys.exit(__doc__)
    print("xss.py %s: %d passed, %d failed" % (mode, passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
