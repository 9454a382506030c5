#!/usr/bin/env python3
"""Writes the bundled sample region (Zuidwest-Drenthe) into content/.

Deterministic, standard library only: every run writes the same bytes.
The output is committed and meant to be edited by hand afterwards; run this
script again only to start over. See README.md beside this file.

    python3 tools/sample-region/generate.py [--out DIR] [--check-only]

The data lives in the data_*.py modules beside this script; this file turns
it into content files (stagebureau(5), doc/stagebureau.5), writes the attachments (ODT, PDF,
CSV, TXT) and validates the result.
"""

import argparse
import datetime as dt
import io
import os
import random
import re
import shutil
import sys
import unicodedata
import xml.dom.minidom
import zipfile
from xml.sax.saxutils import escape as xml_escape

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import data_events  # noqa: E402
import data_handboeken  # noqa: E402
import data_jobs  # noqa: E402
import data_materialen  # noqa: E402
import data_orgs  # noqa: E402
import data_tips  # noqa: E402
import data_vacatures  # noqa: E402
import data_vocab  # noqa: E402

TODAY = dt.date(2026, 11, 23)          # the "build date" the sample is written for
STALE = dt.date(2026, 5, 23)           # verified before this = older than 6 months
ZIP_TIME = (2026, 11, 23, 12, 0, 0)    # fixed time stamp inside ODT files
GENERATED_DIRS = ["vocabularies", "vacatures", "organisaties", "evenementen",
                  "materialen", "handboeken", "tips", "paginas"]

# --------------------------------------------------------------------------
# helpers

SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")
ALPHA = "0123456789abcdefghijklmnopqrstuv"


def shard(slug):
    """FNV-1a 32-bit of the slug's bytes -> two shard directories."""
    h = 2166136261
    for b in slug.encode("utf-8"):
        h ^= b
        h = (h * 16777619) & 0xFFFFFFFF
    return ALPHA[h & 31], ALPHA[(h >> 5) & 31]


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def slugify(s):
    s = ascii_fold(s).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


def date(s):
    return dt.date.fromisoformat(s)


def daterange_pick(rng, a, b):
    """A date in [a, b], both inclusive."""
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


class Raw(str):
    """A scalar written exactly as is (date-times)."""


# --------------------------------------------------------------------------
# YAML writing: block style, flow sequences for lists of scalars

YAML_RESERVED = {"true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"}
YAML_SPECIAL_START = set("-?:,[]{}#&*!|>'\"%@`")


def yaml_str(s, flow=False):
    # URLs stay plain as in stagebureau(5): a colon not followed by a space
    # is fine in a plain scalar (and scripts read site.yaml with sed).
    if re.match(r"^https?://[^\s#,\[\]{}]+$", s):
        return s
    need = (
        s == ""
        or s != s.strip()
        or s[0] in YAML_SPECIAL_START
        or ":" in s
        or "#" in s
        or "\n" in s
        or s.lower() in YAML_RESERVED
        or re.match(r"^[0-9+.-]", s) is not None
        or (flow and any(c in s for c in ",[]{}"))
    )
    if not need:
        return s
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def yaml_scalar(v, flow=False):
    if isinstance(v, Raw):
        return str(v)
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return "%.4f" % v
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, str):
        return yaml_str(v, flow)
    raise TypeError("no YAML scalar for %r" % (v,))


def yaml_flow_map(d):
    return "{" + ", ".join("%s: %s" % (k, yaml_scalar(v, True)) for k, v in d.items()) + "}"


def yaml_lines(d, indent=0):
    pad = " " * indent
    out = []
    for k, v in d.items():
        if v is None:
            continue
        if isinstance(v, dict):
            out.append("%s%s:" % (pad, k))
            out.extend(yaml_lines(v, indent + 2))
        elif isinstance(v, list):
            if v and all(isinstance(x, dict) for x in v):
                out.append("%s%s:" % (pad, k))
                for item in v:
                    sub = yaml_lines(item, indent + 4)
                    sub[0] = pad + "  - " + sub[0].lstrip()
                    out.extend(sub)
            else:
                out.append("%s%s: [%s]" % (pad, k, ", ".join(yaml_scalar(x, True) for x in v)))
        else:
            out.append("%s%s: %s" % (pad, k, yaml_scalar(v)))
    return out


def front_matter(meta, body):
    return "---\n" + "\n".join(yaml_lines(meta)) + "\n---\n" + body.strip("\n") + "\n"


WRITTEN = []


def write(root, rel, data):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if isinstance(data, str):
        data = data.replace("\r\n", "\n").encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)
    WRITTEN.append(rel)


# --------------------------------------------------------------------------
# vocabularies and site

def build_vocab(root):
    V = data_vocab
    write(root, "site.yaml", "\n".join(yaml_lines(V.SITE)) + "\n")

    def simple(name, rows, header):
        lines = ["# %s" % header]
        for row in rows:
            d = {"slug": row[0], "naam": row[1]}
            if len(row) > 2 and row[2]:
                d["omschrijving"] = row[2]
            sub = yaml_lines(d, 2)
            sub[0] = "- " + sub[0].lstrip()
            lines.extend(sub)
        write(root, "vocabularies/%s.yaml" % name, "\n".join(lines) + "\n")

    simple("sectoren", V.SECTOREN, "Sectoren (vacature.sectoren), in weergavevolgorde.")
    lines = ["# Niveaus (vacature.niveaus); groep bundelt niveaus in de filters."]
    for slug, naam, groep, oms in V.NIVEAUS:
        d = {"slug": slug, "naam": naam, "groep": groep}
        if oms:
            d["omschrijving"] = oms
        sub = yaml_lines(d, 2)
        sub[0] = "- " + sub[0].lstrip()
        lines.extend(sub)
    write(root, "vocabularies/niveaus.yaml", "\n".join(lines) + "\n")
    simple("soorten", V.SOORTEN, "Soorten stage (vacature.soort).")
    simple("geschiktheid", V.GESCHIKTHEID, "Geschiktheid (vacature.geschiktheid).")
    simple("organisatietypen", V.ORGANISATIETYPEN, "Organisatietypen (organisatie.type).")
    simple("evenementsoorten", V.EVENEMENTSOORTEN, "Soorten evenementen (evenement.soort).")
    simple("materiaalsoorten", V.MATERIAALSOORTEN, "Soorten materiaal (materiaal.soort).")
    simple("doelgroepen", V.DOELGROEPEN, "Doelgroepen (evenement.doelgroep, materiaal.doelgroep).")

    lines = ["# Gemeenten met hun plaatsen; plaats-slugs zijn uniek over het hele bestand.",
             "# Coördinaten: WGS84, ongeveer het centrum van de plaats."]
    for slug, naam, prov, places in V.GEMEENTEN:
        lines.append("- slug: %s" % slug)
        lines.append("  naam: %s" % yaml_str(naam))
        lines.append("  provincie: %s" % prov)
        lines.append("  lat: %.4f" % places[0][2])
        lines.append("  lon: %.4f" % places[0][3])
        lines.append("  plaatsen:")
        for ps, pn, lat, lon, _pc in places:
            lines.append("    - " + yaml_flow_map({"slug": ps, "naam": pn, "lat": lat, "lon": lon}))
    write(root, "vocabularies/gemeenten.yaml", "\n".join(lines) + "\n")


PLACES = {}       # place slug -> (naam, gemeente slug, postcode prefix)
for _g, _gn, _p, _places in data_vocab.GEMEENTEN:
    for _ps, _pn, _lat, _lon, _pc in _places:
        PLACES[_ps] = (_pn, _g, _pc)

AREA = {"meppel": "0522", "hoogeveen": "0528", "westerveld": "0521",
        "staphorst": "0522", "steenwijkerland": "0521", "de-wolden": "0522"}
AREA_PLACE = {"zuidwolde": "0528", "linde": "0528", "echten": "0528", "veeningen": "0528",
              "vollenhove": "0527", "blokzijl": "0527", "sint-jansklooster": "0527",
              "oldemarkt": "0561"}

# --------------------------------------------------------------------------
# organisations

DOUBLE_FIRST = ("Henk Jan",)


def email_for(naam, domain):
    first, rest = naam.split(" ", 1)
    for d in DOUBLE_FIRST:
        if naam.startswith(d + " "):
            first, rest = d, naam[len(d) + 1:]
    initials = "".join(w[0] for w in first.split())
    local = slugify(initials) + "." + slugify(rest).replace("-", "")
    return "%s@%s.example.nl" % (local, domain)


ORGS = {}


def prepare_orgs():
    for i, o in enumerate(data_orgs.ORGS):
        o = dict(o)
        o["index"] = i
        pn, gem, pc = PLACES[o["plaats"]]
        area = AREA_PLACE.get(o["plaats"], AREA[gem])
        o["area"] = area
        o["plaatsnaam"] = pn
        o["postcode"] = "%s %s" % (pc, o["pc"])
        o["adres"] = "%s, %s %s" % (o["straat"], o["postcode"], pn)
        o["website"] = "https://%s.example.nl" % o["domain"]
        contacts = []
        for k, (naam, functie, openbaar) in enumerate(o["contacten"]):
            if o["slug"] == "stagebureau-zwd":
                tel = "0522 123 45%d" % (k + 1)
            elif o["slug"] == "stagepunt-kop-van-overijssel":
                tel = "0521 123 40%d" % (k + 2)
            else:
                tel = "%s 123 %d%02d" % (area, 4 + k, i)
            contacts.append({"naam": naam, "functie": functie,
                             "email": email_for(naam, o["domain"]),
                             "telefoon": tel, "openbaar": openbaar})
        o["contacts"] = contacts
        ORGS[o["slug"]] = o


def build_orgs(root):
    for o in ORGS.values():
        meta = {
            "naam": o["naam"],
            "type": o["type"],
            "plaats": o["plaats"],
            "website": o["website"],
            "sbb_erkend": o["sbb"],
            "rollen": o["rollen"],
            "contactpersonen": o["contacts"],
        }
        a, b = shard(o["slug"])
        write(root, "organisaties/%s/%s/%s.md" % (a, b, o["slug"]), front_matter(meta, o["text"]))


# --------------------------------------------------------------------------
# vacancies

def parse_jobs():
    jobs = {}
    cur = None
    for line in data_jobs.JOBS_TEXT.splitlines():
        line = line.rstrip()
        if not line:
            continue
        if line.startswith("== "):
            key, sect, inter = [x.strip() for x in line[3:].split("|")]
            cur = {"key": key, "sectoren": [s.strip() for s in sect.split(",")],
                   "interesses": [s.strip() for s in inter.split(",")],
                   "I": [], "T": [], "L": [], "V": []}
            jobs[key] = cur
            continue
        tag, text = line.split(":", 1)
        kind, mod = tag[0], tag[1:]
        cur[kind].append((mod, text.strip()))
    return jobs


def parse_vacatures():
    out = []
    for line in data_vacatures.VACATURES_TEXT.strip().splitlines():
        parts = [p.strip() for p in line.split("|")]
        org, job, title, niveaus, soort = parts[:5]
        opts = {}
        if len(parts) > 5:
            for kv in parts[5].split():
                k, v = kv.split("=", 1)
                opts[k] = v
        out.append({"org": org, "job": job, "titel": title,
                    "niveaus": niveaus.split(), "soort": soort, "opts": opts})
    return out


NIVEAU_GROEP = {row[0]: row[2] for row in data_vocab.NIVEAUS}
ADVANCED = {"mbo-2", "mbo-3", "mbo-4", "hbo"}
STOP = {"in", "de", "het", "een", "op", "bij", "van", "voor", "en", "met", "tot", "aan",
        "naar", "je", "we", "t"}


def vacancy_slug(v, used):
    words = [w for w in slugify(v["titel"]).split("-") if w and w not in STOP]
    org_words = set(v["org"].split("-"))
    words = [w for w in words if w not in org_words][:5]
    base = "-".join(words + [v["org"]])
    while len(base) > 80:
        words = words[:-1]
        base = "-".join(words + [v["org"]])
    slug = base
    n = 2
    while slug in used:
        slug = "%s-%d" % (base, n)
        n += 1
    return slug


def pick(rng, items, n):
    items = list(items)
    rng.shuffle(items)
    return items[:n]


def fit(mod, advanced):
    return mod == "" or (mod == "+" and advanced) or (mod == "-" and not advanced)


def lc_first(s):
    return s[0].lower() + s[1:] if s and not s[:2].isupper() else s


def uc_first(s):
    return s[0].upper() + s[1:]


def join_nl(items):
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " en " + items[-1]


def count_words(md):
    text = re.sub(r"[#*\-]", " ", md)
    return len(re.findall(r"[\w'’]+", text))


def compose_description(v, job, rng):
    org = ORGS[v["org"]]
    advanced = any(n in ADVANCED for n in v["niveaus"])
    plaatsnaam = PLACES[v["plaats"]][0]

    def fill(s):
        return s.replace("{org}", org["naam"]).replace("{plaats}", plaatsnaam)

    intro = fill(rng.choice([t for m, t in job["I"] if fit(m, advanced)]))
    groep = NIVEAU_GROEP[v["niveaus"][0]]
    zinnen = v["soort"]
    if zinnen == "projectstage" and groep in ("mbo", "hbo"):
        zinnen = "projectstage-vervolg"
    soort = rng.choice(data_jobs.SOORT_ZINNEN[zinnen]).replace("{n}", str(v.get("groepsgrootte", 4)))
    niveau = rng.choice(data_jobs.NIVEAU_ZINNEN[groep])
    taken = [t for m, t in job["T"] if fit(m, advanced)]
    leren = [t for m, t in job["L"] if fit(m, advanced)]
    vragen = [t for m, t in job["V"] if fit(m, advanced)]
    slot = rng.choice(data_jobs.SLOTZINNEN)

    nt, nl, nv = min(len(taken), rng.randint(3, 5)), min(len(leren), rng.randint(2, 3)), min(len(vragen), rng.randint(2, 3))
    layout = rng.randint(0, 3)

    def render(nt, nl, nv, with_niveau, with_slot):
        T = pick(random.Random(v["slug"] + "T"), taken, nt)
        L = pick(random.Random(v["slug"] + "L"), leren, nl)
        Q = pick(random.Random(v["slug"] + "V"), vragen, nv)
        lead = intro + " " + soort + ((" " + niveau) if with_niveau else "")
        parts = []
        if layout == 0:
            parts.append(lead)
            parts.append("## Wat ga je doen?\n\n" + "\n".join("- " + uc_first(t) for t in T))
            parts.append("## Wat leer je?\n\n" + " ".join(L))
            parts.append("## Wat vragen we?\n\n" + "\n".join("- " + q for q in Q))
        elif layout == 1:
            parts.append(lead)
            if any(c in t for t in T for c in ",:") or sum(" en " in t for t in T) > 1:
                parts.append("**Wat ga je doen?**\n\n" + "\n".join("- " + uc_first(t) for t in T))
            else:
                parts.append("**Wat ga je doen?** Je gaat onder andere " + join_nl(T) + ".")
            parts.append("**Wat leer je?** " + " ".join(L))
            parts.append("**Wat vragen we van jou?** " + " ".join(Q))
        elif layout == 2:
            parts.append(intro)
            parts.append("Wat ga je doen? Een greep uit je taken:\n\n" + "\n".join("- " + uc_first(t) for t in T))
            parts.append(soort + ((" " + niveau) if with_niveau else "") + " " + " ".join(L))
            parts.append(" ".join(Q))
        else:
            parts.append(lead)
            parts.append("### Dit ga je doen\n\n" + "\n".join("- " + uc_first(t) for t in T))
            parts.append("### Dit leer je\n\n" + "\n".join("- " + x for x in L))
            parts.append("### Dit vragen we\n\n" + " ".join(Q))
        if with_slot:
            parts.append(slot)
        return "\n\n".join(parts)

    with_niveau = rng.random() < 0.6
    with_slot = rng.random() < 0.7
    body = render(nt, nl, nv, with_niveau, with_slot)
    # keep every description between 80 and 250 words
    while count_words(body) < 90 and (nt < len(taken) or nl < len(leren) or nv < len(vragen) or not with_niveau or not with_slot):
        if not with_niveau:
            with_niveau = True
        elif not with_slot:
            with_slot = True
        elif nt < len(taken):
            nt += 1
        elif nl < len(leren):
            nl += 1
        else:
            nv += 1
        body = render(nt, nl, nv, with_niveau, with_slot)
    while count_words(body) > 240 and nt > 3:
        nt -= 1
        body = render(nt, nl, nv, with_niveau, with_slot)
    return body


BEGELEIDING = {
    "praktijkonderwijs en vso": [
        "{naam} is je vaste begeleider. Elke stagedag begin je samen met het doornemen van je taken. Je stagebegeleider van school komt regelmatig langs.",
        "Je werkt steeds samen met {naam} of een vaste collega. We gebruiken een stappenkaart voor taken die vaak terugkomen.",
    ],
    "vmbo": [
        "{naam} begeleidt je. Aan het eind van elke week bespreken jullie hoe het ging.",
        "Je krijgt een vaste werkbegeleider, {naam}. Die helpt je ook bij je opdrachten van school.",
        "Je loopt mee met een ervaren collega. {naam} is je aanspreekpunt en vult aan het eind je beoordeling in.",
    ],
    "havo/vwo": [
        "{naam} is je aanspreekpunt en plant de dag samen met jou.",
        "Je krijgt een begeleider die je vragen beantwoordt en je laat zien hoe het werk gaat: {naam}.",
    ],
    "mbo": [
        "{naam} is je praktijkopleider. Elke week heb je een voortgangsgesprek over je bpv-opdrachten.",
        "Je praktijkopleider is {naam}. Je werkt in een vast team en hebt elke twee weken een gesprek over je leerdoelen.",
    ],
    "hbo": [
        "{naam} begeleidt je vanuit de organisatie. Je plant zelf je project en bespreekt elke week de voortgang.",
    ],
}

OV_PLACES = {"meppel", "hoogeveen", "steenwijk", "nijeveen", "havelte", "staphorst", "zuidwolde"}
RUSTIG = {"bezoekerscentrum-heideroosje", "zorgboerderij-de-eikenhof", "administratiekantoor-bosch-meijer",
          "museum-het-turfschip", "kinderboerderij-de-hooiberg", "hoveniersbedrijf-veldkamp"}
ROLSTOEL_TYPES = {"zorginstelling", "overheid", "mbo-instelling", "kinderopvang", "basisschool"}
ROLSTOEL_ORGS = {"cultuurhuis-de-lantaarn", "bitwerk-ict", "administratiekantoor-bosch-meijer",
                 "supermarkt-de-korf", "zwemcentrum-de-waterlelie", "verzekeringen-dekker"}
NT2_JOBS = {"supermarkt", "magazijn", "hovenier", "zorgboerderij", "keuken", "melkvee", "schilder", "buitendienst"}
PUBLIC_ORG_TYPES = {"stichting", "winkel", "horecabedrijf", "overheid", "vereniging"}


AFTERNOON_JOBS = {"bso-helper"}     # children are there after school only
AFTERNOON = {
    "lintstage": ("Elke vrijdagmiddag van 14.00 tot 18.00 uur", 4),
    "snuffelstage": ("Drie middagen na schooltijd", 12),
    "groepsstage": ("Elke donderdagmiddag, tien weken", 3),
    "beroepsgerichte-stage": ("Elke middag van 13.00 tot 18.30 uur", 24),
    "maatschappelijke-stage": ("Een vaste middag per week na schooltijd", 3),
}


def period_for(v, rng):
    """(periode dict with dates, uren) for the school year 2026-2027."""
    periode, uren = _period_for(v, rng)
    if v["job"] in AFTERNOON_JOBS and v["soort"] in AFTERNOON:
        periode["omschrijving"], uren = AFTERNOON[v["soort"]]
    return periode, uren


def _period_for(v, rng):
    s = v["soort"]
    hbo = "hbo" in v["niveaus"]
    havo = any(n in ("havo", "vwo") for n in v["niveaus"])
    if s == "maatschappelijke-stage":
        return ({"van": date(rng.choice(["2026-12-01", "2027-01-11", "2027-02-01"])),
                 "tot": date(rng.choice(["2027-05-28", "2027-06-30"])),
                 "omschrijving": rng.choice(["Op woensdagmiddag, in totaal 30 uur",
                                             "Op zaterdagochtend, in overleg",
                                             "Twee middagen per maand, in totaal 30 uur",
                                             "Een vaste middag per week na schooltijd"])},
                rng.randint(2, 4))
    if s == "snuffelstage":
        a = rng.choice(["2027-01-18", "2027-03-15", "2027-04-12", "2027-05-24"])
        days = rng.choice([2, 4])
        return ({"van": date(a), "tot": date(a) + dt.timedelta(days=days),
                 "omschrijving": rng.choice(["Tijdens de snuffelweek van je school",
                                             "%d dagen, van 9.00 tot 15.00 uur" % (days + 1),
                                             None])}, rng.choice([16, 18, 24]))
    if s == "meeloopdag":
        return ({"van": date("2027-01-11"), "tot": date(rng.choice(["2027-04-30", "2027-06-18"])),
                 "omschrijving": rng.choice(["Eén dag, in overleg",
                                             "Eén dag op dinsdag of donderdag",
                                             "Eén dag naar keuze, van 8.30 tot 16.30 uur"])}, 8)
    if s == "beroepsgerichte-stage":
        a = rng.choice(["2027-02-01", "2027-03-08", "2027-04-19", "2027-05-31"])
        return ({"van": date(a), "tot": date(a) + dt.timedelta(days=18)}, rng.choice([24, 28, 30, 32]))
    if s == "lintstage":
        dag, uren = rng.choice([("Elke dinsdag", 6), ("Elke donderdag", 7), ("Dinsdag en donderdag", 13),
                                ("Elke woensdagochtend", 4), ("Elke vrijdag", 6), ("Maandag en woensdag", 12)])
        return ({"van": date(rng.choice(["2027-01-11", "2027-02-01"])), "tot": date("2027-06-25"),
                 "omschrijving": dag}, uren)
    if s == "bol-stage":
        a, b = rng.choice([("2027-02-01", "2027-06-25"), ("2027-02-01", "2027-06-25"),
                           ("2027-04-19", "2027-07-09"), ("2027-09-06", "2028-01-28")])
        return ({"van": date(a), "tot": date(b)}, rng.choice([24, 32, 32, 36]))
    if s == "bbl-leerwerkplek":
        a, b = rng.choice([("2027-02-01", "2028-01-31"), ("2027-08-30", "2029-07-31"),
                           ("2027-09-01", "2028-08-31")])
        return ({"van": date(a), "tot": date(b),
                 "omschrijving": rng.choice(["Vier dagen werken, één dag naar school",
                                             "32 uur werken per week, één schooldag",
                                             None])}, rng.choice([24, 32, 36]))
    if s == "leerwerktraject":
        return ({"van": date("2027-01-11"), "tot": date("2027-06-25"),
                 "omschrijving": rng.choice(["Twee dagen per week (maandag en donderdag)",
                                             "Twee dagen per week, in overleg"])}, rng.choice([12, 14, 16]))
    if s == "projectstage":
        if hbo:
            return ({"van": date(rng.choice(["2027-02-01", "2027-02-08"])), "tot": date("2027-06-30")},
                    rng.choice([32, 36, 40]))
        if havo:
            return ({"van": date("2027-01-11"), "tot": date("2027-04-30"),
                     "omschrijving": "Ongeveer 40 uur, in overleg te verdelen"}, 4)
        return ({"van": date("2027-02-01"), "tot": date("2027-04-30")}, 16)
    if s == "groepsstage":
        return ({"van": date("2027-02-04"), "tot": date("2027-04-15"),
                 "omschrijving": rng.choice(["Elke donderdagochtend, tien weken",
                                             "Elke dinsdagochtend van 9.00 tot 12.00 uur",
                                             "Tien weken, een vaste ochtend per week"])},
                3)
    raise ValueError(s)


def build_vacatures(root):
    jobs = parse_jobs()
    specs = parse_vacatures()
    used = set()
    for v in specs:
        v["slug"] = v["opts"].get("slug") or vacancy_slug(v, used)
        used.add(v["slug"])
        v["plaats"] = v["opts"].get("plaats", ORGS[v["org"]]["plaats"])
        if "groep" in v["opts"]:
            v["groepsgrootte"] = int(v["opts"]["groep"])

    # statuses: a fixed shuffle of all vacancies
    order = list(range(len(specs)))
    random.Random("status").shuffle(order)
    status = {}
    for n, i in enumerate(order):
        if n < 5:
            status[i] = "concept"
        elif n < 20:
            status[i] = "vol"
        elif n < 32:
            status[i] = "verlopen"
        elif n < 35:
            status[i] = "open-past"       # open, but geldig_tot has passed
        elif n < 39:
            status[i] = "open-2026"       # open, geldig_tot later in 2026
        else:
            status[i] = "open"

    records = []
    for i, v in enumerate(specs):
        rng = random.Random("vac:" + v["slug"])
        org = ORGS[v["org"]]
        job = jobs[v["job"]]
        st = status[i]
        periode, uren = period_for(v, rng)
        periode = {k: x for k, x in periode.items() if x is not None}

        # dates
        if st == "verlopen":
            periode["van"] -= dt.timedelta(days=364)
            periode["tot"] -= dt.timedelta(days=364)
            if periode["van"] < date("2026-02-02"):
                periode["tot"] += date("2026-02-02") - periode["van"]
                periode["van"] = date("2026-02-02")
            geldig = periode["van"] - dt.timedelta(days=rng.randint(3, 14))
            geplaatst = max(date("2026-01-05"), geldig - dt.timedelta(days=rng.randint(20, 70)))
            if geldig >= TODAY:
                geldig = TODAY - dt.timedelta(days=rng.randint(5, 40))
        elif st == "concept":
            geplaatst = daterange_pick(rng, date("2026-11-02"), date("2026-11-20"))
            geldig = date(rng.choice(["2027-03-31", "2027-05-31", "2027-06-30"]))
        else:
            geplaatst = daterange_pick(rng, date("2026-01-05"), date("2026-11-20"))
            if st == "open-past":
                geplaatst = daterange_pick(rng, date("2026-02-02"), date("2026-06-30"))
                geldig = daterange_pick(rng, date("2026-10-15"), date("2026-11-20"))
            elif st == "open-2026":
                geldig = daterange_pick(rng, date("2026-12-07"), date("2026-12-31"))
            elif periode.get("van") and periode["van"] >= date("2027-01-29") and v["soort"] not in ("maatschappelijke-stage",):
                geldig = periode["van"] - dt.timedelta(days=rng.choice([7, 14, 21]))
            else:
                geldig = date(rng.choice(["2027-01-31", "2027-03-31", "2027-04-30", "2027-05-31", "2027-06-30"]))
        if geldig < geplaatst:
            geldig = geplaatst + dt.timedelta(days=30)

        geverifieerd = None
        if st != "concept" and rng.random() < 0.85:
            if geplaatst < STALE and rng.random() < 0.45:
                geverifieerd = min(geplaatst + dt.timedelta(days=rng.randint(0, 40)), STALE - dt.timedelta(days=1))
            else:
                lo = max(geplaatst, date("2026-06-01"))
                hi = date("2026-11-20") if st != "verlopen" else max(lo, min(geldig, date("2026-11-20")))
                geverifieerd = daterange_pick(rng, lo, max(lo, hi))
            if st == "verlopen" and geverifieerd > geldig:
                geverifieerd = geplaatst

        # places
        s = v["soort"]
        if s == "groepsstage" or s == "projectstage":
            plaatsen = 1
        elif s in ("maatschappelijke-stage", "meeloopdag"):
            plaatsen = rng.randint(1, 4)
        elif s in ("bbl-leerwerkplek",):
            plaatsen = rng.choice([1, 1, 2])
        else:
            plaatsen = rng.choice([1, 1, 2, 2, 3])
        if st == "vol":
            bezet = plaatsen
        elif st == "concept":
            bezet = 0
        else:
            bezet = rng.randint(0, plaatsen - 1)

        # how to respond
        r = rng.random()
        if s in ("groepsstage", "lintstage", "leerwerktraject"):
            via = "school" if r < 0.8 else "makelaar"
        elif s == "bbl-leerwerkplek":
            via = "direct" if r < 0.45 else "makelaar"
        elif s == "bol-stage":
            via = "school" if r < 0.35 else ("makelaar" if r < 0.88 else "direct")
        elif s in ("maatschappelijke-stage", "meeloopdag", "projectstage"):
            via = "makelaar" if r < 0.55 else ("direct" if r < 0.8 else "school")
        else:
            via = "makelaar" if r < 0.55 else ("school" if r < 0.9 else "direct")
        if via == "direct" and not any(c["openbaar"] for c in org["contacts"]):
            via = "makelaar"       # no contact person who may be published
        reageren = {"via": via}
        if via == "makelaar":
            gem = PLACES[v["plaats"]][1]
            if gem in ("steenwijkerland", "staphorst"):
                broker = ORGS["stagepunt-kop-van-overijssel"]
                c = broker["contacts"][i % 2]
            else:
                broker = ORGS["stagebureau-zwd"]
                sect = (v["opts"].get("sectoren") or ",".join(job["sectoren"])).split(",")[0]
                if sect in ("zorg-en-welzijn", "kinderopvang", "onderwijs", "sport"):
                    c = broker["contacts"][0]
                elif sect in ("techniek", "bouw", "logistiek", "ict", "dieren-en-natuur"):
                    c = broker["contacts"][1]
                else:
                    c = broker["contacts"][2]
            reageren.update({"naam": c["naam"], "email": c["email"]})
        elif via == "direct":
            c = next(c for c in org["contacts"] if c["openbaar"])
            reageren.update({"naam": c["naam"], "email": c["email"], "telefoon": c["telefoon"]})

        # address
        adres = None
        adres_tonen = None
        if v["plaats"] == org["plaats"] and rng.random() < 0.8:
            adres = org["adres"]
            public = org["type"] in PUBLIC_ORG_TYPES or v["org"] in ("cultuurhuis-de-lantaarn", "zwemcentrum-de-waterlelie")
            adres_tonen = public and rng.random() < 0.6

        # suitability
        gs = []
        groepen = {NIVEAU_GROEP[n] for n in v["niveaus"]}
        if "praktijkonderwijs en vso" in groepen or s in ("groepsstage", "lintstage"):
            gs.append("extra-begeleiding")
        if s == "maatschappelijke-stage" or (s == "snuffelstage" and rng.random() < 0.3):
            gs.append("geschikt-voor-onderbouw")
        if (org["type"] in ROLSTOEL_TYPES or v["org"] in ROLSTOEL_ORGS) and rng.random() < 0.7:
            gs.append("rolstoeltoegankelijk")
        if v["org"] in RUSTIG and rng.random() < 0.8:
            gs.append("prikkelarm")
        if v["plaats"] in OV_PLACES and rng.random() < 0.6:
            gs.append("goed-bereikbaar-ov")
        if v["job"] in NT2_JOBS and rng.random() < 0.5:
            gs.append("nt2-vriendelijk")
        if s in ("maatschappelijke-stage", "projectstage") and rng.random() < 0.4:
            gs.append("flexibele-werktijden")
        if "buiten werken" in job["interesses"] and rng.random() < 0.7:
            gs.append("buitenwerk")

        sectoren = v["opts"]["sectoren"].split(",") if "sectoren" in v["opts"] else job["sectoren"]
        contact = next((c for c in org["contacts"] if c["openbaar"]), None)
        groep = NIVEAU_GROEP[v["niveaus"][0]]
        if contact:
            begeleiding = rng.choice(BEGELEIDING[groep]).replace("{naam}", contact["naam"])
        else:   # only public contact persons are named
            begeleiding = ("Je krijgt een vaste werkbegeleider die je inwerkt en elke week "
                           "met je bespreekt hoe het gaat.")
        sbb = s in ("bol-stage", "bbl-leerwerkplek") and org["sbb"]

        meta = {
            "titel": v["titel"],
            "organisatie": v["org"],
            "plaats": v["plaats"],
            "adres": adres,
            "adres_tonen": adres_tonen if adres else None,
            "sectoren": sectoren,
            "niveaus": v["niveaus"],
            "soort": s,
            "vorm": "groep" if "groepsgrootte" in v else None,
            "groepsgrootte": v.get("groepsgrootte"),
            "periode": periode,
            "uren_per_week": uren,
            "plaatsen": plaatsen,
            "bezet": bezet,
            "begeleiding": begeleiding,
            "geschiktheid": gs or None,
            "sbb_erkend": True if sbb else None,
            "reageren": reageren,
            "status": "open" if st.startswith("open") else st,
            "geplaatst": geplaatst,
            "geldig_tot": geldig,
            "geverifieerd": geverifieerd,
            "interesses": job["interesses"][:3],
        }
        body = compose_description(v, job, rng)
        a, b = shard(v["slug"])
        write(root, "vacatures/%s/%s/%s.md" % (a, b, v["slug"]), front_matter(meta, body))
        records.append((v["slug"], meta, body))
    return records


# --------------------------------------------------------------------------
# events, handbooks, tips, pages

def build_events(root):
    for e in data_events.EVENEMENTEN:
        meta = {
            "titel": e["titel"], "soort": e["soort"], "doelgroep": e.get("doelgroep"),
            "begin": Raw(e["begin"]), "eind": Raw(e["eind"]), "locatie": e["locatie"],
            "plaats": e.get("plaats"), "organisator": e.get("organisator"),
            "aanmelden": e.get("aanmelden"), "aanmeld_url": e.get("aanmeld_url"),
        }
        write(root, "evenementen/%s.md" % e["slug"], front_matter(meta, e["body"]))


def build_handboeken(root):
    for hb in data_handboeken.HANDBOEKEN:
        meta = {"titel": hb["titel"], "doelgroep": hb["doelgroep"], "volgorde": hb["volgorde"]}
        write(root, "handboeken/%s/index.md" % hb["boek"], front_matter(meta, hb["intro"]))
        for n, (slug, titel, body) in enumerate(hb["hoofdstukken"], 1):
            write(root, "handboeken/%s/%s.md" % (hb["boek"], slug),
                  front_matter({"titel": titel, "volgorde": n}, body))


def build_tips_pages(root):
    for n, (slug, titel, sam, body) in enumerate(data_tips.TIPS, 1):
        write(root, "tips/%s.md" % slug,
              front_matter({"titel": titel, "samenvatting": sam, "volgorde": n}, body))
    for n, (slug, titel, sam, body) in enumerate(data_tips.PAGINAS, 1):
        write(root, "paginas/%s.md" % slug,
              front_matter({"titel": titel, "samenvatting": sam, "volgorde": n}, body))


# --------------------------------------------------------------------------
# attachments: the little document markup -> blocks

def doc_blocks(src):
    """-> list of (kind, text); kinds: title, h, p, ln, li, check, field.
    Every plain line is a paragraph of its own; consecutive plain lines (an
    address, a signature) are kept together: all but the last become "ln"
    (no space after)."""
    blocks, group = [], []

    def flush():
        for n, line in enumerate(group):
            blocks.append(("p" if n == len(group) - 1 else "ln", line))
        group.clear()

    for line in src.strip("\n").splitlines():
        if not line.strip():
            flush()
        elif line.startswith("# "):
            flush()
            blocks.append(("title", line[2:]))
        elif line.startswith("## "):
            flush()
            blocks.append(("h", line[3:]))
        elif line.startswith("- "):
            flush()
            blocks.append(("li", line[2:]))
        elif line.startswith("[ ] "):
            flush()
            blocks.append(("check", line[4:]))
        elif line.startswith("_ "):
            flush()
            blocks.append(("field", line[2:]))
        else:
            group.append(line)
    flush()
    return blocks


# ---- ODT

ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def odt_bytes(title, blocks):
    body = []
    in_list = False
    for kind, text in blocks:
        t = xml_escape(text)
        if kind != "li" and in_list:
            body.append("</text:list>")
            in_list = False
        if kind == "title":
            body.append('<text:p text:style-name="Title">%s</text:p>' % t)
        elif kind == "h":
            body.append('<text:h text:style-name="Heading_20_2" text:outline-level="2">%s</text:h>' % t)
        elif kind == "p":
            body.append('<text:p text:style-name="Text_20_body">%s</text:p>' % t)
        elif kind == "ln":
            body.append('<text:p text:style-name="Line">%s</text:p>' % t)
        elif kind == "li":
            if not in_list:
                body.append('<text:list text:style-name="Bullets">')
                in_list = True
            body.append('<text:list-item><text:p text:style-name="List_20_item">%s</text:p></text:list-item>' % t)
        elif kind == "check":
            body.append('<text:p text:style-name="Checkbox">\u2610 %s</text:p>' % t)
        elif kind == "field":
            body.append('<text:p text:style-name="Field">%s: <text:tab/>______________________________</text:p>' % t)
    if in_list:
        body.append("</text:list>")

    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content %s office:version="1.2">'
               '<office:automatic-styles/>'
               '<office:body><office:text>%s</office:text></office:body>'
               '</office:document-content>\n') % (ODT_NS, "".join(body))
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n'
              '<office:document-styles %s office:version="1.2">'
              '<office:font-face-decls/>'
              '<office:styles>'
              '<style:default-style style:family="paragraph">'
              '<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.2cm"/>'
              '<style:text-properties fo:font-family="\'Liberation Sans\', Arial, sans-serif" fo:font-size="11pt" fo:language="nl" fo:country="NL"/>'
              '</style:default-style>'
              '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
              '<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">'
              '<style:paragraph-properties fo:margin-bottom="0.25cm" fo:line-height="120%%"/></style:style>'
              '<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">'
              '<style:paragraph-properties fo:margin-bottom="0.4cm"/>'
              '<style:text-properties fo:font-size="18pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2" style:class="text">'
              '<style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>'
              '<style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>'
              '<style:style style:name="Line" style:family="paragraph" style:parent-style-name="Text_20_body">'
              '<style:paragraph-properties fo:margin-bottom="0cm"/></style:style>'
              '<style:style style:name="List_20_item" style:display-name="List item" style:family="paragraph" style:parent-style-name="Text_20_body"/>'
              '<style:style style:name="Checkbox" style:family="paragraph" style:parent-style-name="Text_20_body">'
              '<style:paragraph-properties fo:margin-left="0.3cm"/></style:style>'
              '<style:style style:name="Field" style:family="paragraph" style:parent-style-name="Text_20_body">'
              '<style:paragraph-properties fo:margin-bottom="0.35cm"><style:tab-stops><style:tab-stop style:position="6cm"/></style:tab-stops></style:paragraph-properties></style:style>'
              '<text:list-style style:name="Bullets">'
              '<text:list-level-style-bullet text:level="1" text:bullet-char="\u2022">'
              '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
              '<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.8cm" fo:text-indent="-0.5cm" fo:margin-left="0.8cm"/>'
              '</style:list-level-properties></text:list-level-style-bullet></text:list-style>'
              '</office:styles>'
              '<office:automatic-styles><style:page-layout style:name="pm1">'
              '<style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/>'
              '</style:page-layout></office:automatic-styles>'
              '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>'
              '</office:document-styles>\n') % ODT_NS
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-meta %s office:version="1.2"><office:meta>'
            '<meta:generator>Stagebureau sample-region generator</meta:generator>'
            '<dc:title>%s</dc:title><dc:language>nl-NL</dc:language>'
            '<meta:creation-date>2026-11-23T12:00:00</meta:creation-date>'
            '</office:meta></office:document-meta>\n') % (ODT_NS, xml_escape(title))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">\n'
                ' <manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="application/vnd.oasis.opendocument.text"/>\n'
                ' <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\n'
                ' <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>\n'
                ' <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>\n'
                '</manifest:manifest>\n')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        def add(name, data, method):
            zi = zipfile.ZipInfo(name, ZIP_TIME)
            zi.compress_type = method
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
        add("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        add("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        add("content.xml", content, zipfile.ZIP_DEFLATED)
        add("styles.xml", styles, zipfile.ZIP_DEFLATED)
        add("meta.xml", meta, zipfile.ZIP_DEFLATED)
    return buf.getvalue()


# ---- PDF

# Helvetica advance widths (Adobe AFM, 1/1000 em) for ASCII 32..126
HELV = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584]


def text_width(s, size, bold=False):
    w = 0
    for ch in s:
        base = ascii_fold(ch) or ch
        c = ord(base[0]) if base else 63
        w += HELV[c - 32] if 32 <= c <= 126 else 600
    return w * size / 1000.0 * (1.08 if bold else 1.0)


def wrap(s, size, width, bold=False):
    words, lines, cur = s.split(" "), [], ""
    for w in words:
        t = w if not cur else cur + " " + w
        if text_width(t, size, bold) <= width:
            cur = t
        else:
            if cur:
                lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def pdf_str(s):
    b = s.encode("cp1252")
    return "(" + b.decode("latin-1").replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def pdf_bytes(title, blocks, owner="Stagebureau Zuidwest-Drenthe"):
    W, H, M = 595, 842, 60
    width = W - 2 * M
    lines = []      # (font, size, [(x, text), ...], space_before) or None for a gap
    prev = None
    for kind, text in blocks:
        if kind in ("p", "ln", "h") and prev in ("li", "check", "field"):
            lines.append(None)
        prev = kind
        if kind == "title":
            for ln in wrap(text, 16, width, True):
                lines.append(("F2", 16, [(M, ln)], 0))
            lines.append(None)
        elif kind == "h":
            for n, ln in enumerate(wrap(text, 12, width, True)):
                lines.append(("F2", 12, [(M, ln)], 8 if n == 0 else 0))
        elif kind in ("p", "ln"):
            for ln in wrap(text, 10, width):
                lines.append(("F1", 10, [(M, ln)], 0))
            if kind == "p":
                lines.append(None)
        elif kind in ("li", "check"):
            mark = "\u2022" if kind == "li" else "[  ]"
            for n, ln in enumerate(wrap(text, 10, width - 22)):
                parts = [(M + 22, ln)]
                if n == 0:
                    parts.insert(0, (M + 4, mark))
                lines.append(("F1", 10, parts, 0))
        elif kind == "field":
            label = text + ": "
            fill = "_" * max(10, int((width - text_width(label, 10)) / 5.56) - 1)
            lines.append(("F1", 10, [(M, label + fill)], 5))
    # lay out on A4 pages
    pages, cur, y = [], [], H - M
    footer = owner + " - " + title
    for item in lines:
        if item is None:
            y -= 6
            continue
        font, size, parts, before = item
        lead = size * 1.4
        y -= before
        if y - lead < M + 20:
            pages.append(cur)
            cur, y = [], H - M
        for x, text in parts:
            cur.append((font, size, x, y - size, text))
        y -= lead
    if cur:
        pages.append(cur)
    npages = len(pages)

    objs = {}
    objs[1] = "<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[5] = "<< /Title %s /Producer (Stagebureau sample-region generator) /CreationDate (D:20261123120000+01'00') >>" % pdf_str(title)
    kids = []
    streams = {}
    for n, page in enumerate(pages):
        pobj, cobj = 6 + 2 * n, 7 + 2 * n
        kids.append("%d 0 R" % pobj)
        ops = []
        for font, size, x, y, text in page:
            ops.append("BT /%s %d Tf %.1f %.1f Td %s Tj ET" % (font, size, x, y, pdf_str(text)))
        ops.append("BT /F1 8 Tf %d %d Td %s Tj ET" % (M, 30, pdf_str(footer)))
        ops.append("BT /F1 8 Tf %d %d Td %s Tj ET" % (W - M - 50, 30, pdf_str("Pagina %d van %d" % (n + 1, npages))))
        stream = ("\n".join(ops) + "\n").encode("latin-1")
        streams[cobj] = stream
        objs[pobj] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] "
                      "/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % (W, H, cobj))
        objs[cobj] = None
    objs[2] = "<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join(kids), npages)

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for num in sorted(objs):
        offsets[num] = len(out)
        out += b"%d 0 obj\n" % num
        if objs[num] is None:
            s = streams[num]
            out += b"<< /Length %d >>\nstream\n" % len(s) + s + b"endstream\n"
        else:
            out += objs[num].encode("latin-1") + b"\n"
        out += b"endobj\n"
    size = max(objs) + 1
    xref = len(out)
    out += b"xref\n0 %d\n" % size
    out += b"0000000000 65535 f \n"
    for num in range(1, size):
        out += b"%010d 00000 n \n" % offsets[num]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    return bytes(out), npages


def build_materialen(root):
    for m in data_materialen.MATERIALEN:
        bestanden = []
        for naam, titel, (fmt, key) in m["bestanden"]:
            if fmt == "text":
                data = data_materialen.TEXTS[key].encode("utf-8")
            else:
                src = data_materialen.DOCS[key]
                blocks = doc_blocks(src)
                doc_title = blocks[0][1]
                if fmt == "odt":
                    data = odt_bytes(doc_title, blocks)
                else:
                    data, _ = pdf_bytes(doc_title, blocks, ORGS[m["eigenaar"]]["naam"])
            write(root, "materialen/%s/%s" % (m["slug"], naam), data)
            bestanden.append({"naam": naam, "titel": titel})
        meta = {"titel": m["titel"], "soort": m["soort"], "doelgroep": m.get("doelgroep"),
                "eigenaar": m["eigenaar"], "licentie": m.get("licentie"), "bestanden": bestanden}
        write(root, "materialen/%s.md" % m["slug"], front_matter(meta, m["body"]))


# --------------------------------------------------------------------------
# validation

class Problems(list):
    def add(self, where, msg):
        self.append("%s: %s" % (where, msg))


def load_yaml(text, where, problems):
    try:
        import yaml  # PyYAML, when available
    except ImportError:
        yaml = None
    if yaml is not None:
        try:
            return yaml.safe_load(text)
        except yaml.YAMLError as e:
            problems.add(where, "YAML: %s" % e)
            return None
    return minimal_yaml(text, where, problems)


def _scalar(s):
    s = s.strip()
    if s.startswith('"'):
        if not s.endswith('"') or len(s) < 2:
            raise ValueError("unterminated string")
        return re.sub(r'\\(.)', lambda m: m.group(1), s[1:-1])
    if s in ("true", "false"):
        return s == "true"
    if s in ("", "~", "null"):
        return None
    if re.match(r"^-?\d+$", s):
        return int(s)
    if re.match(r"^-?\d+\.\d+$", s):
        return float(s)
    if re.match(r"^\d{4}-\d\d-\d\d$", s):
        return dt.date.fromisoformat(s)
    return s


def _flow_items(s):
    """Split the inside of [..] or {..} on commas outside quotes."""
    items, cur, q = [], "", False
    for ch in s:
        if ch == '"':
            q = not q
        if ch == "," and not q:
            items.append(cur)
            cur = ""
        else:
            cur += ch
    if cur.strip():
        items.append(cur)
    return items


def _value(s):
    s = s.strip()
    if s.startswith("["):
        if not s.endswith("]"):
            raise ValueError("unterminated flow sequence")
        return [_scalar(x) for x in _flow_items(s[1:-1])]
    if s.startswith("{"):
        if not s.endswith("}"):
            raise ValueError("unterminated flow mapping")
        d = {}
        for x in _flow_items(s[1:-1]):
            k, v = x.split(":", 1)
            d[k.strip()] = _scalar(v)
        return d
    return _scalar(s)


def minimal_yaml(text, where, problems):
    """Just enough YAML for what this script writes (used without PyYAML):
    block mappings and sequences, flow sequences and mappings of scalars,
    double-quoted strings, booleans, integers, decimals and dates."""
    lines = [(len(l) - len(l.lstrip()), l.strip(), n)
             for n, l in enumerate(text.splitlines(), 1)
             if l.strip() and not l.lstrip().startswith("#")]
    pos = [0]

    def block(ind):
        if pos[0] >= len(lines):
            return None
        i, s, n = lines[pos[0]]
        if s.startswith("- "):
            out = []
            while pos[0] < len(lines) and lines[pos[0]][0] == ind and lines[pos[0]][1].startswith("- "):
                i, s, n = lines[pos[0]]
                rest = s[2:]
                if re.match(r"^[A-Za-z_][\w-]*:( |$)", rest):
                    # a mapping starting on the dash line
                    lines[pos[0]] = (ind + 2, rest, n)
                    out.append(mapping(ind + 2))
                else:
                    pos[0] += 1
                    out.append(_value(rest))
            return out
        return mapping(ind)

    def mapping(ind):
        out = {}
        while pos[0] < len(lines) and lines[pos[0]][0] == ind and not lines[pos[0]][1].startswith("- "):
            i, s, n = lines[pos[0]]
            m = re.match(r"^([A-Za-z_][\w-]*):(?: (.*))?$", s)
            if not m:
                raise ValueError("line %d: expected key" % n)
            k, v = m.group(1), m.group(2)
            if k in out:
                raise ValueError("line %d: duplicate key %s" % (n, k))
            pos[0] += 1
            if v is None or v.strip() == "":
                if pos[0] < len(lines) and lines[pos[0]][0] > ind:
                    out[k] = block(lines[pos[0]][0])
                elif pos[0] < len(lines) and lines[pos[0]][0] == ind and lines[pos[0]][1].startswith("- "):
                    out[k] = block(ind)
                else:
                    out[k] = None
            else:
                out[k] = _value(v)
        return out

    try:
        result = block(lines[0][0]) if lines else None
        if pos[0] != len(lines):
            raise ValueError("line %d: unexpected indentation" % lines[pos[0]][2])
        return result
    except (ValueError, IndexError) as e:
        problems.add(where, "YAML: %s" % e)
        return None


def split_front(text, where, problems):
    if not text.startswith("---\n"):
        problems.add(where, "no front matter")
        return None, None
    end = text.find("\n---\n", 4)
    if end < 0:
        problems.add(where, "front matter not closed")
        return None, None
    return text[4:end + 1], text[end + 5:]


def as_date(v):
    if isinstance(v, dt.date):
        return v
    return dt.date.fromisoformat(str(v))


def validate(root, records):
    P = Problems()
    vocab = {}
    for f in sorted(os.listdir(os.path.join(root, "vocabularies"))):
        with open(os.path.join(root, "vocabularies", f), encoding="utf-8") as fh:
            data = load_yaml(fh.read(), f, P)
        if not isinstance(data, list):
            P.add(f, "not a sequence")
            continue
        slugs = [d.get("slug") for d in data]
        if len(set(slugs)) != len(slugs):
            P.add(f, "duplicate slugs")
        vocab[f[:-5]] = data
    places = {}
    for g in vocab.get("gemeenten", []):
        for p in g.get("plaatsen", []):
            if p["slug"] in places:
                P.add("gemeenten.yaml", "duplicate place %s" % p["slug"])
            places[p["slug"]] = p
            if not (52.5 < float(p["lat"]) < 53.0 and 5.8 < float(p["lon"]) < 6.8):
                P.add("gemeenten.yaml", "place %s outside the region" % p["slug"])
    voc = {k: {d["slug"] for d in v} for k, v in vocab.items()}
    for d in vocab.get("niveaus", []):
        if not d.get("groep"):
            P.add("niveaus.yaml", "%s has no groep" % d["slug"])

    with open(os.path.join(root, "site.yaml"), encoding="utf-8") as fh:
        site = load_yaml(fh.read(), "site.yaml", P)
    for k in ("titel", "regio", "basis_url"):
        if not site or not site.get(k):
            P.add("site.yaml", "missing %s" % k)

    def entries(folder, sharded):
        out = {}
        base = os.path.join(root, folder)
        for dirpath, _dirs, files in os.walk(base):
            for f in files:
                if not f.endswith(".md"):
                    continue
                rel = os.path.relpath(os.path.join(dirpath, f), root)
                slug = f[:-3]
                if not SLUG_RE.match(slug) or slug.endswith("-"):
                    P.add(rel, "bad slug")
                if sharded:
                    a, b = shard(slug)
                    if rel != "%s/%s/%s/%s.md" % (folder, a, b, slug):
                        P.add(rel, "wrong shard, expected %s/%s" % (a, b))
                if slug in out and folder != "handboeken":
                    P.add(rel, "duplicate slug")
                with open(os.path.join(dirpath, f), "rb") as fh:
                    raw = fh.read()
                if b"\r" in raw:
                    P.add(rel, "CR in file")
                text = raw.decode("utf-8")
                fm, body = split_front(text, rel, P)
                meta = load_yaml(fm, rel, P) if fm is not None else None
                if "<" in (body or "") and re.search(r"<[a-zA-Z/]", body):
                    P.add(rel, "raw HTML in body")
                out[rel if folder == "handboeken" else slug] = (rel, meta or {}, body or "")
        return out

    orgs = entries("organisaties", True)
    vacs = entries("vacatures", True)
    events = entries("evenementen", False)
    mats = entries("materialen", False)
    books = entries("handboeken", False)
    tips = entries("tips", False)
    pages = entries("paginas", False)

    for slug, (rel, m, body) in orgs.items():
        for k in ("naam", "type", "plaats", "rollen"):
            if not m.get(k):
                P.add(rel, "missing %s" % k)
        if m.get("type") not in voc["organisatietypen"]:
            P.add(rel, "unknown type %s" % m.get("type"))
        if m.get("plaats") not in places:
            P.add(rel, "unknown plaats")
        if not set(m.get("rollen", [])) <= {"stagebieder", "school", "makelaar"}:
            P.add(rel, "bad rollen")
        if not str(m.get("website", "https://")).startswith(("http://", "https://")):
            P.add(rel, "bad website")
        for c in m.get("contactpersonen", []) or []:
            if not isinstance(c.get("telefoon", ""), str):
                P.add(rel, "phone not a string")

    for slug, (rel, m, body) in vacs.items():
        for k in ("titel", "organisatie", "plaats", "sectoren", "niveaus", "soort", "periode",
                  "plaatsen", "reageren", "status", "geplaatst", "geldig_tot"):
            if m.get(k) in (None, "", []):
                P.add(rel, "missing %s" % k)
        if len(m.get("titel", "")) > 120:
            P.add(rel, "title too long")
        o = orgs.get(m.get("organisatie"))
        if not o:
            P.add(rel, "unknown organisatie")
        elif "stagebieder" not in o[1].get("rollen", []):
            P.add(rel, "organisatie is no stagebieder")
        if m.get("plaats") not in places:
            P.add(rel, "unknown plaats")
        for k, vk in (("sectoren", "sectoren"), ("niveaus", "niveaus"), ("geschiktheid", "geschiktheid")):
            for x in m.get(k, []) or []:
                if x not in voc[vk]:
                    P.add(rel, "unknown %s %s" % (k, x))
        if m.get("soort") not in voc["soorten"]:
            P.add(rel, "unknown soort")
        if m.get("vorm", "individueel") not in ("individueel", "groep"):
            P.add(rel, "bad vorm")
        if m.get("vorm") == "groep" and not isinstance(m.get("groepsgrootte"), int):
            P.add(rel, "groep without groepsgrootte")
        per = m.get("periode") or {}
        if not per:
            P.add(rel, "empty periode")
        if per.get("van") and per.get("tot") and as_date(per["tot"]) < as_date(per["van"]):
            P.add(rel, "periode tot < van")
        u = m.get("uren_per_week")
        if u is not None and not (1 <= u <= 60):
            P.add(rel, "uren_per_week out of range")
        if not (isinstance(m.get("plaatsen"), int) and m["plaatsen"] >= 1):
            P.add(rel, "bad plaatsen")
        if not (0 <= m.get("bezet", 0) <= m.get("plaatsen", 1)):
            P.add(rel, "bad bezet")
        r = m.get("reageren") or {}
        if r.get("via") not in ("makelaar", "school", "direct"):
            P.add(rel, "bad reageren.via")
        if r.get("via") == "direct" and not r.get("telefoon"):
            P.add(rel, "direct without telefoon")
        if r.get("via") == "direct" and o:
            public = {c["naam"] for c in o[1].get("contactpersonen", []) if c.get("openbaar")}
            if r.get("naam") not in public:
                P.add(rel, "direct contact is not a public contact person")
        if "telefoon" in r and not isinstance(r["telefoon"], str):
            P.add(rel, "telefoon not a string")
        if m.get("status") not in ("concept", "open", "vol", "verlopen"):
            P.add(rel, "bad status")
        if m.get("status") == "vol" and m.get("bezet") != m.get("plaatsen"):
            P.add(rel, "vol but places left")
        if as_date(m["geldig_tot"]) < as_date(m["geplaatst"]):
            P.add(rel, "geldig_tot before geplaatst")
        if m.get("geverifieerd") and as_date(m["geverifieerd"]) < as_date(m["geplaatst"]):
            P.add(rel, "geverifieerd before geplaatst")
        if m.get("status") == "verlopen" and as_date(m["geldig_tot"]) >= TODAY:
            P.add(rel, "verlopen but still valid")
        wc = count_words(body)
        if not (80 <= wc <= 250):
            P.add(rel, "description has %d words" % wc)

    for slug, (rel, m, body) in events.items():
        for k in ("titel", "soort", "begin", "eind", "locatie"):
            if not m.get(k):
                P.add(rel, "missing %s" % k)
        if m.get("soort") not in voc["evenementsoorten"]:
            P.add(rel, "unknown soort")
        for k in ("begin", "eind"):
            if not re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d$", str(m.get(k))):
                P.add(rel, "bad %s" % k)
        if str(m.get("eind")) < str(m.get("begin")):
            P.add(rel, "eind before begin")
        if not ("2026-09" <= str(m.get("begin")) < "2027-07"):
            P.add(rel, "outside 2026-09..2027-06")
        for d in m.get("doelgroep", []) or []:
            if d not in voc["doelgroepen"]:
                P.add(rel, "unknown doelgroep %s" % d)
        if m.get("plaats") and m["plaats"] not in places:
            P.add(rel, "unknown plaats")
        if m.get("organisator") and m["organisator"] not in orgs:
            P.add(rel, "unknown organisator")

    for slug, (rel, m, body) in mats.items():
        if m.get("soort") not in voc["materiaalsoorten"]:
            P.add(rel, "unknown soort")
        o = orgs.get(m.get("eigenaar"))
        if not o or not ({"school", "makelaar"} & set(o[1].get("rollen", []))):
            P.add(rel, "eigenaar is no school or broker")
        for d in m.get("doelgroep", []) or []:
            if d not in voc["doelgroepen"]:
                P.add(rel, "unknown doelgroep %s" % d)
        files = m.get("bestanden") or []
        if not 1 <= len(files) <= 2:
            P.add(rel, "needs 1-2 attachments")
        for b in files:
            path = os.path.join(root, "materialen", slug, b["naam"])
            if not os.path.isfile(path):
                P.add(rel, "missing attachment %s" % b["naam"])
                continue
            size = os.path.getsize(path)
            if size >= 100 * 1024:
                P.add(rel, "attachment %s too big" % b["naam"])
            with open(path, "rb") as fh:
                data = fh.read()
            if b["naam"].endswith(".odt"):
                check_odt(data, rel + "/" + b["naam"], P)
            elif b["naam"].endswith(".pdf"):
                check_pdf(data, rel + "/" + b["naam"], P)

    for key, (rel, m, body) in books.items():
        wc = count_words(body)
        if rel.endswith("index.md"):
            if not m.get("titel"):
                P.add(rel, "missing titel")
        else:
            if not isinstance(m.get("volgorde"), int):
                P.add(rel, "missing volgorde")
            if not (200 <= wc <= 500):
                P.add(rel, "chapter has %d words" % wc)
    for slug, (rel, m, body) in tips.items():
        wc = count_words(body)
        if not (150 <= wc <= 400):
            P.add(rel, "tip has %d words" % wc)
    for need in ("over-ons", "contact", "privacy", "hulp", "toegankelijkheid"):
        if need not in pages:
            P.add("paginas", "missing %s" % need)

    # coverage of the vacancies
    cover = {"sectoren": set(), "niveaus": set(), "soorten": set(), "status": set(), "via": set()}
    for slug, (rel, m, body) in vacs.items():
        cover["sectoren"] |= set(m.get("sectoren", []))
        cover["niveaus"] |= set(m.get("niveaus", []))
        cover["soorten"].add(m.get("soort"))
        cover["status"].add(m.get("status"))
        cover["via"].add((m.get("reageren") or {}).get("via"))
    for k, vk in (("sectoren", "sectoren"), ("niveaus", "niveaus"), ("soorten", "soorten")):
        missing = voc[vk] - cover[k]
        if missing:
            P.add("vacatures", "no vacancy for %s %s" % (k, sorted(missing)))
    if cover["status"] != {"concept", "open", "vol", "verlopen"}:
        P.add("vacatures", "not all statuses")
    if cover["via"] != {"makelaar", "school", "direct"}:
        P.add("vacatures", "not all reageren routes")
    evs = {m.get("soort") for _s, (_r, m, _b) in events.items()}
    if voc["evenementsoorten"] - evs:
        P.add("evenementen", "no event for %s" % sorted(voc["evenementsoorten"] - evs))
    mss = {m.get("soort") for _s, (_r, m, _b) in mats.items()}
    if voc["materiaalsoorten"] - mss:
        P.add("materialen", "no material for %s" % sorted(voc["materiaalsoorten"] - mss))

    counts = {"organisaties": len(orgs), "vacatures": len(vacs), "evenementen": len(events),
              "materialen": len(mats), "handboeken": sum(1 for k in books if k.endswith("index.md")),
              "hoofdstukken": sum(1 for k in books if not k.endswith("index.md")),
              "tips": len(tips), "paginas": len(pages)}
    return P, counts, vacs, events


def check_odt(data, where, P):
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        P.add(where, "not a zip")
        return
    infos = z.infolist()
    if infos[0].filename != "mimetype" or infos[0].compress_type != zipfile.ZIP_STORED:
        P.add(where, "mimetype is not the first, stored entry")
    if z.read("mimetype") != b"application/vnd.oasis.opendocument.text":
        P.add(where, "wrong mimetype")
    if z.testzip() is not None:
        P.add(where, "corrupt entry")
    for name in ("META-INF/manifest.xml", "content.xml", "styles.xml", "meta.xml"):
        try:
            xml.dom.minidom.parseString(z.read(name))
        except Exception as e:  # noqa: BLE001
            P.add(where, "%s: %s" % (name, e))


def check_pdf(data, where, P):
    if not data.startswith(b"%PDF-1.4\n") or not data.rstrip().endswith(b"%%EOF"):
        P.add(where, "bad header or trailer")
        return
    m = re.search(rb"startxref\n(\d+)\n%%EOF\s*$", data)
    if not m:
        P.add(where, "no startxref")
        return
    x = int(m.group(1))
    if data[x:x + 5] != b"xref\n":
        P.add(where, "startxref does not point at xref")
        return
    head = re.match(rb"xref\n0 (\d+)\n", data[x:])
    n = int(head.group(1))
    pos = x + head.end()
    for num in range(n):
        entry = data[pos + 20 * num: pos + 20 * num + 20]
        if len(entry) != 20 or not entry.endswith(b" \n"):
            P.add(where, "xref entry %d is not 20 bytes" % num)
            return
        off, gen, kind = int(entry[:10]), int(entry[11:16]), entry[17:18]
        if num == 0:
            if kind != b"f":
                P.add(where, "xref entry 0 not free")
            continue
        if not data[off:].startswith(b"%d 0 obj" % num):
            P.add(where, "xref offset of object %d is wrong" % num)
    for sm in re.finditer(rb"<< /Length (\d+) >>\nstream\n", data):
        ln = int(sm.group(1))
        if data[sm.end() + ln: sm.end() + ln + 9] != b"endstream":
            P.add(where, "stream length wrong")
    pages = len(re.findall(rb"/Type /Page ", data))
    if not 1 <= pages <= 2:
        P.add(where, "%d pages" % pages)


# --------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("--out", default=os.path.normpath(os.path.join(HERE, "..", "..", "content")))
    ap.add_argument("--check-only", action="store_true", help="validate an existing content tree")
    args = ap.parse_args()
    root = args.out

    if not args.check_only:
        for d in GENERATED_DIRS:
            shutil.rmtree(os.path.join(root, d), ignore_errors=True)
        os.makedirs(root, exist_ok=True)
        prepare_orgs()
        build_vocab(root)
        build_orgs(root)
        build_vacatures(root)
        build_events(root)
        build_materialen(root)
        build_handboeken(root)
        build_tips_pages(root)
    problems, counts, vacs, events = validate(root, None)

    st = {}
    via = {}
    for _s, (_r, m, _b) in vacs.items():
        st[m.get("status")] = st.get(m.get("status"), 0) + 1
        v = (m.get("reageren") or {}).get("via")
        via[v] = via.get(v, 0) + 1
    past = sum(1 for _s, (_r, m, _b) in vacs.items() if as_date(m["geldig_tot"]) < TODAY)
    stale = sum(1 for _s, (_r, m, _b) in vacs.items() if m.get("geverifieerd") and as_date(m["geverifieerd"]) < STALE)
    groups = sum(1 for _s, (_r, m, _b) in vacs.items() if m.get("vorm") == "groep")
    shown = sum(1 for _s, (_r, m, _b) in vacs.items() if m.get("adres_tonen"))
    ev_past = sum(1 for _s, (_r, m, _b) in events.items() if str(m["begin"]) < TODAY.isoformat())
    print("counts:", ", ".join("%s %d" % kv for kv in counts.items()))
    print("vacatures by status:", st, "by reageren.via:", via)
    print("vacatures: geldig_tot past %d, verified before %s: %d, groep %d, adres_tonen %d"
          % (past, STALE, stale, groups, shown))
    print("evenementen before %s: %d" % (TODAY, ev_past))
    if problems:
        print("%d problem(s):" % len(problems))
        for p in problems:
            print("  " + p)
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
