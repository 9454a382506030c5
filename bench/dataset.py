#!/usr/bin/env python3
"""Deterministic benchmark dataset: one region of N vacancies, twice.

Writes DIR/content, a folder in the content format of stagebureau(5) (turn
it into a repository with `stagebureau init REPO DIR/content`), and
DIR/hugo, the same entries as a Hugo site that uses the layouts in
bench/hugo/.  Both hold N vacancies, N/4 organisations (each with at least
one vacancy), N/1000+15 events, 4 handbooks of 25 chapters, 95 tips and 5
pages, over the vocabularies of the sample region (bench/vocabularies/, a
copy of content/vocabularies/).  Every vacancy is open, has free places and
is valid on the build date 2026-11-23, so every one is listed by both.

Only the Python 3 standard library is used, and the random numbers come
from our own splitmix64, so the same N gives the same bytes on any Python.

    python3 bench/dataset.py N DIR
    python3 bench/dataset.py --skeleton DIR

The second form only refreshes what DIR/hugo takes from bench/hugo and the
theme (configuration, layouts, section files, static files), so that a
change of layouts does not make a large dataset again.
"""

import datetime
import json
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


class Rng:
    """splitmix64: small, fast, and the same everywhere."""

    def __init__(self, seed):
        self.s = seed & 0xFFFFFFFFFFFFFFFF

    def next(self):
        self.s = (self.s + 0x9E3779B97F4A7C15) & 0xFFFFFFFFFFFFFFFF
        z = self.s
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & 0xFFFFFFFFFFFFFFFF
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & 0xFFFFFFFFFFFFFFFF
        return z ^ (z >> 31)

    def below(self, n):
        return self.next() % n

    def between(self, lo, hi):
        return lo + self.below(hi - lo + 1)

    def chance(self, percent):
        return self.below(100) < percent

    def choice(self, seq):
        return seq[self.below(len(seq))]

    def sample(self, seq, k):
        pool = list(seq)
        out = []
        for _ in range(min(k, len(pool))):
            out.append(pool.pop(self.below(len(pool))))
        return out


# --- vocabularies ---------------------------------------------------------

def read_vocab(name):
    """(slug, naam) pairs of a vocabulary file as the sample region writes
    them: '- slug: x' then '  naam: y', or inline '{slug: x, naam: y, ...}'."""
    path = os.path.join(HERE, "vocabularies", name + ".yaml")
    out = []
    slug = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^- slug: (\S+)\s*$", line)
            if m:
                slug = m.group(1)
                continue
            m = re.match(r"^  naam: (.+?)\s*$", line)
            if m and slug:
                out.append((slug, m.group(1).strip('"')))
                slug = None
    return out


def read_places():
    """[(place slug, place naam, gemeente slug, gemeente naam)]"""
    path = os.path.join(HERE, "vocabularies", "gemeenten.yaml")
    out = []
    gem = None
    gnaam = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^- slug: (\S+)", line)
            if m:
                gem = m.group(1)
                continue
            m = re.match(r"^  naam: (.+?)\s*$", line)
            if m:
                gnaam = m.group(1)
                continue
            m = re.match(r"^\s+- \{slug: ([^,]+), naam: ([^,]+),", line)
            if m:
                out.append((m.group(1), m.group(2), gem, gnaam))
    return out


# --- text building blocks -------------------------------------------------

# kind: (sectors, org prefixes, titles, intro, tasks, learn, ask, interests)
JOBS = [
    (["zorg-en-welzijn"], ["Zorgcentrum", "Woonzorg", "Thuiszorg"],
     ["Zorgassistent in de ouderenzorg", "Helpende zorg en welzijn",
      "Meehelpen bij de dagbesteding", "Verzorgende IG", "Stagiair thuiszorg"],
     ["Werken in de zorg is werken met je hart en je handen. Bij {org} in {plaats} merk je elke dag dat je echt iets betekent.",
      "In {org} wonen mensen die niet meer zelfstandig thuis kunnen wonen. Jij helpt mee om hun dag zo prettig mogelijk te maken.",
      "Een zinvolle dag maakt een groot verschil. Bij {org} help je mee bij de activiteiten voor de bewoners."],
     ["bewoners helpen bij het eten en drinken", "koffie en thee rondbrengen en een praatje maken",
      "met bewoners wandelen in de tuin of naar de winkel", "helpen bij het opmaken van de bedden",
      "een activiteit voorbereiden en na afloop opruimen", "de zorg rapporteren in het dossier",
      "bloeddruk en gewicht meten en de uitkomsten noteren", "voorlezen uit de krant of een boek"],
     ["Je leert hoe je rustig en duidelijk praat met mensen die slecht horen.",
      "Je leert wat er allemaal komt kijken bij goede zorg en hygiëne.",
      "Je leert samenwerken in een team met verzorgenden en verpleegkundigen.",
      "Je ontdekt of werken in de zorg bij je past."],
     ["Je bent vriendelijk en geduldig.", "Je kunt goed luisteren.",
      "Je gaat zorgvuldig om met privacy: wat je hoort, blijft binnen.",
      "Je hebt een VOG of vraagt die aan voordat je begint."],
     ["mensen helpen", "ouderen", "zorg"]),
    (["kinderopvang", "onderwijs"], ["Kinderopvang", "Kinderdagverblijf", "Bso"],
     ["Pedagogisch medewerker kinderopvang", "Meehelpen op de bso", "Stagiair peutergroep"],
     ["Bij {org} in {plaats} spelen en leren kinderen van nul tot twaalf jaar. Jij helpt de pedagogisch medewerkers.",
      "Kinderen zijn nieuwsgierig en druk, en dat maakt het werk bij {org} nooit saai."],
     ["spelletjes doen en knutselen met de kinderen", "helpen bij het fruit eten en de lunch",
      "buiten spelen en opletten dat het veilig blijft", "de groep opruimen aan het eind van de dag",
      "voorlezen aan een klein groepje", "een activiteit bedenken voor de middag"],
     ["Je leert hoe je kinderen op een positieve manier begeleidt.",
      "Je leert kijken naar wat een kind nodig heeft.",
      "Je leert overleggen met collega's en ouders."],
     ["Je bent geduldig en vrolijk.", "Je kunt goed samenwerken.",
      "Je komt op tijd en houdt je aan afspraken."],
     ["kinderen", "spelen", "opvoeden"]),
    (["onderwijs"], ["Basisschool", "Obs", "Cbs"],
     ["Onderwijsassistent groep 3", "Leesmaatje voor groep 4", "Helpen in de klas"],
     ["Bij {org} in {plaats} help je de leerkracht in de klas.",
      "Op {org} leren kinderen lezen, schrijven en rekenen. Jij helpt ze daarbij."],
     ["een groepje kinderen helpen met rekenen", "voorlezen en samen lezen",
      "de klas klaarzetten voor een les", "helpen bij de gymles",
      "kinderen begeleiden op het schoolplein", "werkjes nakijken met de leerkracht"],
     ["Je leert hoe je iets uitlegt zodat een kind het begrijpt.",
      "Je leert hoe een schooldag is opgebouwd.",
      "Je ontdekt of het onderwijs bij je past."],
     ["Je kunt goed uitleggen.", "Je bent geduldig.", "Je vindt het leuk om met kinderen te werken."],
     ["kinderen", "lezen", "lesgeven"]),
    (["techniek"], ["Installatiebedrijf", "Metaalbedrijf", "Plaatwerk", "Elektrotechniek"],
     ["Monteur installatietechniek", "Leerling lasser", "Stagiair elektrotechniek", "Meewerken in de werkplaats"],
     ["Bij {org} in {plaats} werk je mee aan echte projecten, van kleine reparaties tot grote installaties.",
      "{org} zoekt een stagiair die van aanpakken houdt en wil leren hoe techniek werkt."],
     ["leidingen en kabels aanleggen onder begeleiding", "onderdelen meten, zagen en boren",
      "de werkplaats en de bus opgeruimd houden", "meehelpen bij het lassen van eenvoudige delen",
      "storingen zoeken met een ervaren monteur", "materiaal bestellen en controleren"],
     ["Je leert veilig werken met gereedschap en machines.",
      "Je leert tekeningen lezen en nauwkeurig meten.",
      "Je leert hoe je een klus plant van begin tot eind."],
     ["Je bent handig en nauwkeurig.", "Je houdt van aanpakken.",
      "Je draagt veiligheidsschoenen; wij zorgen voor de werkkleding."],
     ["techniek", "bouwen", "met je handen werken"]),
    (["bouw"], ["Bouwbedrijf", "Timmerbedrijf", "Schildersbedrijf"],
     ["Leerling timmerman", "Meewerken op de bouwplaats", "Stagiair schilder", "Werkvoorbereider bouw"],
     ["Bij {org} bouw je mee aan woningen en verbouwingen in {plaats} en omgeving.",
      "Van fundering tot dak: bij {org} zie je hoe een huis ontstaat."],
     ["kozijnen en deuren plaatsen", "hout zagen en schuren", "de bouwplaats veilig en opgeruimd houden",
      "verf mengen en muren voorbereiden", "materiaal lossen en klaarzetten", "meten en uitzetten met de uitvoerder"],
     ["Je leert werken met hout, steen en verf.", "Je leert hoe een bouwplaats is georganiseerd.",
      "Je leert veilig werken op hoogte."],
     ["Je bent graag buiten bezig.", "Je kunt goed samenwerken.", "Je bent sterk en handig."],
     ["bouwen", "buiten werken", "met je handen werken"]),
    (["ict"], ["Softwarebedrijf", "ICT-bedrijf", "Webbureau"],
     ["Stagiair helpdesk", "Junior webontwikkelaar", "Systeembeheer stage", "Afstudeerstage software engineering"],
     ["Bij {org} in {plaats} werk je aan software en systemen voor klanten uit de regio.",
      "{org} maakt websites en apps. Jij werkt mee in een klein team."],
     ["vragen van klanten beantwoorden aan de telefoon", "laptops installeren en klaarmaken",
      "meewerken aan een website", "fouten zoeken en oplossen", "handleidingen schrijven",
      "testen of een nieuwe versie goed werkt"],
     ["Je leert hoe een ICT-bedrijf werkt.", "Je leert programmeren in een echt project.",
      "Je leert klanten helpen op een duidelijke manier."],
     ["Je bent nieuwsgierig en zoekt dingen zelf uit.", "Je kunt goed uitleggen.", "Je werkt nauwkeurig."],
     ["computers", "programmeren", "techniek"]),
    (["handel-en-retail"], ["Supermarkt", "Bouwmarkt", "Tuincentrum", "Fietsenwinkel"],
     ["Winkelmedewerker", "Verkoper", "Medewerker vulploeg", "Assistent bedrijfsleider"],
     ["In {org} in {plaats} help je klanten en zorg je dat de winkel er goed uitziet.",
      "Bij {org} leer je alles over verkopen, presenteren en klanten helpen."],
     ["vakken vullen en de houdbaarheid controleren", "klanten helpen en de weg wijzen",
      "afrekenen aan de kassa", "de etalage inrichten", "bestellingen uitpakken en controleren",
      "de winkel schoon en opgeruimd houden"],
     ["Je leert hoe je een klant goed helpt.", "Je leert hoe een winkel draait.",
      "Je leert werken met de kassa en het voorraadsysteem."],
     ["Je bent klantvriendelijk.", "Je bent netjes en op tijd.", "Je durft mensen aan te spreken."],
     ["klantcontact", "verkopen", "winkel"]),
    (["horeca"], ["Restaurant", "Hotel", "Camping", "Bakkerij"],
     ["Medewerker bediening", "Leerling kok", "Medewerker receptie", "Stagiair bakkerij"],
     ["Bij {org} in {plaats} zorg je samen met het team dat gasten een fijne tijd hebben.",
      "Gastvrijheid is het belangrijkste bij {org}. Jij helpt mee in de keuken en in de zaal."],
     ["tafels dekken en afruimen", "gasten ontvangen en bestellingen opnemen",
      "groente snijden en gerechten voorbereiden", "de keuken schoonmaken na de dienst",
      "brood en gebak maken", "gasten inchecken aan de receptie"],
     ["Je leert hoe je gasten gastvrij ontvangt.", "Je leert hygiënisch werken in een keuken.",
      "Je leert samenwerken onder tijdsdruk."],
     ["Je bent gastvrij en vrolijk.", "Je kunt ook in het weekend werken.", "Je werkt netjes."],
     ["gastvrijheid", "koken", "toerisme"]),
    (["dieren-en-natuur"], ["Melkveebedrijf", "Hoveniersbedrijf", "Kinderboerderij", "Dierenkliniek"],
     ["Medewerker dierverzorging", "Leerling hovenier", "Stagiair melkveehouderij", "Assistent dierenarts"],
     ["Bij {org} bij {plaats} werk je met dieren en planten, buiten en in alle seizoenen.",
      "{org} zoekt iemand die van dieren en de natuur houdt."],
     ["de dieren voeren en de stallen uitmesten", "helpen bij het melken",
      "planten, snoeien en maaien", "de gezondheid van de dieren controleren",
      "de tuin van een klant onderhouden", "gereedschap schoonmaken en opbergen"],
     ["Je leert hoe je dieren goed verzorgt.", "Je leert werken met machines op het erf.",
      "Je leert veel over planten en de seizoenen."],
     ["Je bent graag buiten, ook als het regent.", "Je bent niet bang voor dieren.", "Je bent vroeg op."],
     ["dieren", "buiten werken", "natuur"]),
    (["logistiek"], ["Transportbedrijf", "Distributiecentrum", "Groothandel"],
     ["Medewerker magazijn", "Leerling logistiek medewerker", "Stagiair planning"],
     ["Bij {org} in {plaats} gaan elke dag duizenden pakketten de deur uit. Jij helpt dat goed te laten verlopen.",
      "{org} zorgt dat winkels in de regio op tijd hun spullen krijgen."],
     ["orders verzamelen en inpakken", "vrachtwagens laden en lossen", "de voorraad tellen",
      "werken met een handscanner", "de planning controleren met de planner", "het magazijn opgeruimd houden"],
     ["Je leert hoe een magazijn werkt.", "Je leert veilig werken met een palletwagen.",
      "Je leert plannen en overzicht houden."],
     ["Je werkt nauwkeurig.", "Je bent fit en sterk.", "Je houdt van aanpakken."],
     ["logistiek", "plannen", "aanpakken"]),
    (["economie-en-administratie"], ["Administratiekantoor", "Accountantskantoor", "Verzekeraar"],
     ["Medewerker administratie", "Stagiair financiële administratie", "Medewerker klantcontact"],
     ["Bij {org} in {plaats} houd je de administratie van bedrijven en verenigingen bij.",
      "Cijfers en mensen: bij {org} werk je met allebei."],
     ["facturen invoeren en controleren", "de telefoon aannemen", "post sorteren en archiveren",
      "klantgegevens bijwerken", "meehelpen bij een jaarrekening", "afspraken inplannen"],
     ["Je leert werken met een boekhoudprogramma.", "Je leert hoe een kantoor werkt.",
      "Je leert zakelijk schrijven en bellen."],
     ["Je werkt nauwkeurig.", "Je kunt goed met de computer overweg.", "Je bent discreet."],
     ["administratie", "cijfers", "kantoor"]),
    (["sport"], ["Sportvereniging", "Zwembad", "Sportschool"],
     ["Assistent sportleider", "Meehelpen bij de jeugdtraining", "Stagiair zwembad"],
     ["Bij {org} in {plaats} sporten jong en oud. Jij helpt de trainers.",
      "Bewegen is gezond en leuk. Bij {org} help je anderen daarbij."],
     ["een warming-up geven", "materiaal klaarzetten en opruimen", "een groepje kinderen begeleiden",
      "helpen bij een toernooi", "toezicht houden langs het bad", "een training voorbereiden"],
     ["Je leert hoe je een groep leidt.", "Je leert een training opbouwen.", "Je leert veilig werken met groepen."],
     ["Je bent sportief.", "Je durft voor een groep te staan.", "Je bent enthousiast."],
     ["sport", "bewegen", "kinderen"]),
    (["kunst-en-cultuur"], ["Bibliotheek", "Museum", "Theater"],
     ["Medewerker publieksservice", "Stagiair educatie", "Assistent techniek theater"],
     ["In {org} in {plaats} komen elke dag bezoekers van alle leeftijden. Jij helpt ze op weg.",
      "Bij {org} werk je mee aan voorstellingen, tentoonstellingen en activiteiten."],
     ["bezoekers ontvangen en informeren", "boeken terugzetten en ordenen",
      "helpen bij een rondleiding", "licht en geluid klaarzetten", "een activiteit voor kinderen begeleiden",
      "posters en berichten maken"],
     ["Je leert hoe je bezoekers helpt.", "Je leert hoe een culturele organisatie werkt.",
      "Je leert samenwerken met vrijwilligers."],
     ["Je bent creatief.", "Je bent vriendelijk tegen bezoekers.", "Je kunt zelfstandig werken."],
     ["cultuur", "creatief", "lezen"]),
    (["overheid"], ["Gemeente", "Waterschap", "Servicecentrum"],
     ["Medewerker openbare ruimte", "Stagiair dienstverlening", "Medewerker klantcontactcentrum"],
     ["Bij {org} werk je voor de inwoners van {plaats} en omgeving.",
      "{org} zorgt voor een schone, veilige en prettige omgeving. Jij helpt mee."],
     ["inwoners helpen aan de balie", "meldingen over de openbare ruimte verwerken",
      "meelopen met een toezichthouder", "bermen en sloten controleren",
      "gegevens invoeren in het systeem", "brieven en e-mails beantwoorden"],
     ["Je leert hoe een gemeente werkt.", "Je leert inwoners helpen met hun vragen.",
      "Je leert zorgvuldig werken met regels."],
     ["Je bent klantvriendelijk.", "Je werkt nauwkeurig.", "Je bent graag onder de mensen."],
     ["dienstverlening", "buiten werken", "regels"]),
    (["uiterlijke-verzorging"], ["Kapsalon", "Schoonheidssalon", "Nagelstudio"],
     ["Leerling kapper", "Stagiair schoonheidsspecialist", "Medewerker salon"],
     ["Bij {org} in {plaats} helpen we klanten om er goed uit te zien en zich goed te voelen.",
      "In {org} leer je het vak van ervaren collega's."],
     ["klanten ontvangen en koffie aanbieden", "haren wassen en föhnen", "de salon schoonhouden",
      "afspraken maken en afrekenen", "producten aanvullen", "meekijken bij een behandeling"],
     ["Je leert hoe je een klant adviseert.", "Je leert hygiënisch werken.", "Je leert de basis van het vak."],
     ["Je bent klantvriendelijk.", "Je ziet er verzorgd uit.", "Je bent creatief."],
     ["uiterlijk", "klantcontact", "creatief"]),
]

SOORT_ZIN = [
    "Met deze stage zet je je in voor een ander. Je uren tellen mee voor school.",
    "Je kijkt een paar dagen mee en ontdekt of dit beroep bij je past.",
    "Je werkt mee en oefent wat je op school hebt geleerd.",
    "Je gaat een vaste dag per week naar je stageplek, een half jaar of langer.",
    "Deze stage past bij je mbo-opleiding. Je werkt aan de opdrachten uit je praktijkboek.",
    "Je werkt en leert tegelijk: vier dagen in het bedrijf en één dag naar school.",
    "Je werkt aan een echte opdracht, die je afsluit met een verslag of presentatie.",
]
SLOT = [
    "Twijfel je of deze stage bij je past? Bespreek het met je mentor.",
    "Kom gerust eerst kennismaken, dan zie je waar je terechtkomt.",
    "Na afloop krijg je een beoordeling en een bedankje.",
    "Je hoeft nog niet alles te kunnen: we leren het je.",
    "Je krijgt steeds meer verantwoordelijkheid als het goed gaat.",
    "Je werkt in een vast team dat al vaker stagiairs heeft begeleid.",
    "Een lunch en een reiskostenvergoeding zijn geregeld.",
    "Wil je eerst een dag meelopen? Dat kan altijd.",
]
NAMEN = ["De Linde", "Het Veld", "De Horizon", "De Eik", "Jansen", "De Vries", "Bakker", "Mulder",
         "De Vaart", "Het Wold", "Smit", "Meijer", "De Es", "De Reest", "Hulsman", "Oosterhof",
         "De Brink", "Kuiper", "Bosch", "Het Dorp", "De Wende", "Dekker", "Van Dijk", "De Akker",
         "De Regenboog", "Het Anker", "De Vlonder", "Zuidwest", "Noorderlicht", "De Marke"]
VOORNAMEN = ["Petra", "Jan", "Anouk", "Henk", "Marloes", "Rick", "Sanne", "Bas", "Ria", "Tim",
             "Femke", "Joost", "Lotte", "Gert", "Ilse", "Mohamed", "Fatma", "Daan", "Eva", "Sem"]
ACHTERNAMEN = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "de Boer",
               "Bos", "Hendriks", "Dekker", "Brinkman", "Kuiper", "Huisman", "Hoogland", "Post"]
WOORDEN = ("de het een en van in op te met voor je we bij als ook aan om maar dan wat zijn "
           "stage leerling school bedrijf werk begeleider ervaring praktijk oefenen samen "
           "vragen leren plek dag week regels afspraken veilig kennismaken mentor ouders").split()


def slugify(text):
    t = text.lower()
    for a, b in (("ë", "e"), ("é", "e"), ("ï", "i"), ("ö", "o"), ("ü", "u"), ("è", "e")):
        t = t.replace(a, b)
    t = re.sub(r"[^a-z0-9]+", "-", t).strip("-")
    return t


def q(text):
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def ylist(items):
    return "[" + ", ".join(items) + "]"


def fnv1a(s):
    h = 2166136261
    for b in s.encode("utf-8"):
        h ^= b
        h = (h * 16777619) & 0xFFFFFFFF
    return h


ALPHA = "0123456789abcdefghijklmnopqrstuv"


def shard(slug):
    h = fnv1a(slug)
    return ALPHA[h & 31] + "/" + ALPHA[(h >> 5) & 31]


def date(day):
    """Day number counted from 2026-01-01 (day 0) as YYYY-MM-DD."""
    return (datetime.date(2026, 1, 1) + datetime.timedelta(days=day)).isoformat()


def paragraph(rng, words):
    """A sentence-like filler in Dutch words, for content pages."""
    out = []
    n = 0
    while n < words:
        k = rng.between(6, 14)
        s = " ".join(rng.choice(WOORDEN) for _ in range(k))
        out.append(s[0].upper() + s[1:] + ".")
        n += k
    return " ".join(out)


def vacancy_body(rng, job, org, plaats, soort_i):
    intro, tasks, learn, ask = job[3], job[4], job[5], job[6]
    parts = []
    parts.append(rng.choice(intro).format(org=org, plaats=plaats) + " "
                 + SOORT_ZIN[soort_i % len(SOORT_ZIN)] + " " + rng.choice(SLOT))
    style = rng.below(2)
    t = rng.sample(tasks, rng.between(4, 6))
    ls = rng.sample(learn, rng.between(2, 3))
    vs = rng.sample(ask, rng.between(2, 3))
    if style == 0:
        parts.append("**Wat ga je doen?**\n\n" + "\n".join("- " + x[0].upper() + x[1:] for x in t))
        parts.append("**Wat leer je?** " + " ".join(ls))
        parts.append("**Wat vragen we van jou?** " + " ".join(vs))
    else:
        parts.append("### Dit ga je doen\n\n" + "\n".join("- " + x[0].upper() + x[1:] for x in t))
        parts.append("### Dit leer je\n\n" + "\n".join("- " + x for x in ls))
        parts.append("### Dit vragen we\n\n" + " ".join(vs))
    parts.append(" ".join(rng.sample(SLOT, 2)) + " " + paragraph(rng, rng.between(100, 150)))
    return "\n\n".join(parts) + "\n"


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def skeleton(hugo):
    """The Hugo site's fixed files: configuration, layouts, section index
    files, vocabularies as data files, and the theme's static files."""
    for sub in ("layouts", os.path.join("static", "static"), "data"):
        if os.path.exists(os.path.join(hugo, sub)):
            shutil.rmtree(os.path.join(hugo, sub))
    os.makedirs(hugo, exist_ok=True)
    shutil.copyfile(os.path.join(HERE, "hugo", "config.toml"), os.path.join(hugo, "config.toml"))
    shutil.copytree(os.path.join(HERE, "hugo", "layouts"), os.path.join(hugo, "layouts"))
    shutil.copytree(os.path.join(HERE, "hugo", "content"), os.path.join(hugo, "content"),
                    dirs_exist_ok=True)
    shutil.copytree(os.path.join(ROOT, "theme", "static"), os.path.join(hugo, "static", "static"))
    os.makedirs(os.path.join(hugo, "data"))
    for name in sorted(os.listdir(os.path.join(HERE, "vocabularies"))):
        shutil.copyfile(os.path.join(HERE, "vocabularies", name), os.path.join(hugo, "data", name))


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--skeleton":
        skeleton(os.path.join(sys.argv[2], "hugo"))
        return 0
    if len(sys.argv) != 3 or not sys.argv[1].isdigit():
        sys.stderr.write("usage: dataset.py N DIR\n       dataset.py --skeleton DIR\n")
        return 2
    n = int(sys.argv[1])
    out = sys.argv[2]
    if n < 1:
        sys.stderr.write("dataset.py: N must be at least 1\n")
        return 2
    ours = os.path.join(out, "content")
    hugo = os.path.join(out, "hugo")
    for d in (ours, hugo):
        if os.path.exists(d):
            shutil.rmtree(d)
    rng = Rng(0x5747 + n)

    sectoren = read_vocab("sectoren")
    niveaus = [s for s, _ in read_vocab("niveaus")]
    soorten = [s for s, _ in read_vocab("soorten")]
    geschikt = [s for s, _ in read_vocab("geschiktheid")]
    orgtypen = [s for s, _ in read_vocab("organisatietypen")]
    evsoorten = [s for s, _ in read_vocab("evenementsoorten")]
    doelgroepen = [s for s, _ in read_vocab("doelgroepen")]
    places = read_places()

    # site configuration and vocabularies
    write(os.path.join(ours, "site.yaml"),
          "titel: Stagebureau Benchmark\nregio: Benchmarkregio\n"
          "basis_url: https://stages.example.nl\ntaal: nl\n"
          "omschrijving: Alle stages in de benchmarkregio.\nper_pagina: 20\n"
          "contact:\n  naam: Stagebureau Benchmark\n  email: info@stagebureau.example.nl\n"
          "  telefoon: \"0522 123 456\"\n  adres: Stationsweg 1, 7941 HA Meppel\n")
    os.makedirs(os.path.join(ours, "vocabularies"))
    for name in sorted(os.listdir(os.path.join(HERE, "vocabularies"))):
        shutil.copyfile(os.path.join(HERE, "vocabularies", name),
                        os.path.join(ours, "vocabularies", name))
    skeleton(hugo)

    # organisations: N/4, at least one
    norg = max(1, n // 4)
    orgs = []
    used = set()
    for i in range(norg):
        job = JOBS[i % len(JOBS)]
        prefix = rng.choice(job[1])
        pl = rng.choice(places)
        naam = prefix + " " + rng.choice(NAMEN)
        slug = slugify(naam + " " + pl[0])
        if slug in used:
            slug = slug + "-" + str(i)
        used.add(slug)
        orgs.append((slug, naam, pl, job))
        contact = []
        for c in range(rng.between(1, 2)):
            vn, an = rng.choice(VOORNAMEN), rng.choice(ACHTERNAMEN)
            contact.append("  - naam: %s\n    functie: Praktijkopleider\n"
                           "    email: %s@%s.example.nl\n    telefoon: \"0522 123 %03d\"\n"
                           "    openbaar: %s\n" % (q(vn + " " + an), slugify(vn), slug[:40],
                                                   rng.below(1000), "true" if rng.chance(60) else "false"))
        otype = rng.choice(orgtypen)
        sbb = rng.chance(60)
        body = ("%s is een %s in %s. %s\n\n%s\n" %
                (naam, prefix.lower(), pl[1], paragraph(rng, rng.between(40, 60)),
                 paragraph(rng, rng.between(30, 50))))
        write(os.path.join(ours, "organisaties", shard(slug), slug + ".md"),
              "---\nnaam: %s\ntype: %s\nplaats: %s\nwebsite: https://%s.example.nl\n"
              "sbb_erkend: %s\nrollen: [stagebieder]\ncontactpersonen:\n%s---\n%s" %
              (q(naam), otype, pl[0], slug[:40], "true" if sbb else "false", "".join(contact), body))
        write(os.path.join(hugo, "content", "organisaties", slug, "_index.md"),
              "---\ntitle: %s\ntype_org: %s\norg_plaats: %s\nwebsite: https://%s.example.nl\n"
              "sbb_erkend: %s\n---\n%s" %
              (q(naam), otype, pl[0], slug[:40], "true" if sbb else "false", body))

    # vacancies
    vused = set()
    for i in range(n):
        org = orgs[i] if i < norg else orgs[rng.below(norg)]
        oslug, onaam, opl, job = org
        titel = rng.choice(job[2])
        base = slugify(titel)[:40].strip("-") + "-" + oslug
        slug = base[:72].strip("-")
        if slug in vused:
            slug = slug + "-" + str(i)
        vused.add(slug)
        pl = opl if rng.chance(80) else rng.choice(places)
        secs = list(job[0])
        if rng.chance(30):
            extra = rng.choice(sectoren)[0]
            if extra not in secs:
                secs.append(extra)
        nvs = rng.sample(niveaus, rng.between(1, 3))
        nvs.sort(key=niveaus.index)
        soort_i = rng.below(len(soorten))
        soort = soorten[soort_i]
        geplaatst = rng.between(4, 325)            # 2026-01-05 .. 2026-11-22
        geldig = rng.between(334, 635)             # 2026-12-01 .. 2027-09-28
        van = rng.between(368, 600)
        tot = van + rng.between(14, 140)
        uren = rng.between(4, 40)
        plaatsen = rng.between(1, 4)
        bezet = rng.below(plaatsen)
        gs = rng.sample(geschikt, rng.below(3))
        sbb = rng.chance(50)
        via = rng.choice(["makelaar", "school", "direct"])
        vn, an = rng.choice(VOORNAMEN), rng.choice(ACHTERNAMEN)
        begeleiding = "%s %s begeleidt je. Elke week bespreken jullie hoe het ging." % (vn, an)
        interesses = rng.sample(job[7], rng.between(1, 3))
        verified = rng.chance(70)
        ver = min(326, geplaatst + rng.between(1, 60))
        omschr = rng.choice(["Elke dinsdag en donderdag", "In overleg", "Op zaterdagochtend"]) \
            if rng.chance(30) else None
        body = vacancy_body(rng, job, onaam, pl[1], soort_i)
        fm = ["titel: " + q(titel), "organisatie: " + oslug, "plaats: " + pl[0],
              "adres: " + q("Dorpsstraat %d, %s" % (rng.between(1, 200), pl[1])),
              "adres_tonen: false", "sectoren: " + ylist(secs), "niveaus: " + ylist(nvs),
              "soort: " + soort, "periode:", "  van: " + date(van), "  tot: " + date(tot)]
        if omschr:
            fm.append("  omschrijving: " + omschr)
        fm += ["uren_per_week: %d" % uren, "plaatsen: %d" % plaatsen, "bezet: %d" % bezet,
               "begeleiding: " + q(begeleiding)]
        if gs:
            fm.append("geschiktheid: " + ylist(gs))
        fm += ["sbb_erkend: " + ("true" if sbb else "false"), "reageren:", "  via: " + via,
               "  naam: " + q(vn + " " + an),
               "  email: %s.%s@example.nl" % (slugify(vn), slugify(an))]
        if via == "direct":
            fm.append("  telefoon: \"0522 123 %03d\"" % rng.below(1000))
        fm += ["status: open", "geplaatst: " + date(geplaatst), "geldig_tot: " + date(geldig)]
        if verified:
            fm.append("geverifieerd: " + date(ver))
        fm.append("interesses: " + ylist(interesses))
        write(os.path.join(ours, "vacatures", shard(slug), slug + ".md"),
              "---\n" + "\n".join(fm) + "\n---\n" + body)
        hf = ["title: " + q(titel), "date: " + date(geplaatst),
              "organisaties: [" + oslug + "]", "plaats: [" + pl[0] + "]", "gemeente: [" + pl[2] + "]",
              "sector: " + ylist(secs), "niveau: " + ylist(nvs), "soort: [" + soort + "]",
              "periode_van: " + date(van), "periode_tot: " + date(tot)]
        if omschr:
            hf.append("periode_omschrijving: " + omschr)
        hf += ["uren_per_week: %d" % uren, "plaatsen: %d" % plaatsen, "bezet: %d" % bezet,
               "begeleiding: " + q(begeleiding)]
        if gs:
            hf.append("geschiktheid: " + ylist(gs))
        hf += ["sbb_erkend: " + ("true" if sbb else "false"), "reageren_via: " + via,
               "reageren_naam: " + q(vn + " " + an),
               "reageren_email: %s.%s@example.nl" % (slugify(vn), slugify(an)),
               "status: open", "geldig_tot: " + date(geldig)]
        if verified:
            hf.append("geverifieerd: " + date(ver))
        hf.append("interesses: " + ylist(interesses))
        write(os.path.join(hugo, "content", "vacatures", slug + ".md"),
              "---\n" + "\n".join(hf) + "\n---\n" + body)

    # events: N/1000 + 15
    for i in range(n // 1000 + 15):
        org = orgs[rng.below(norg)]
        pl = rng.choice(places)
        soort = rng.choice(evsoorten)
        titel = "%s %s %d" % (soort.replace("-", " ").capitalize(), pl[1], i + 1)
        slug = slugify(titel)
        day = rng.between(240, 540)
        hour = rng.between(9, 19)
        dg = rng.sample(doelgroepen, rng.between(1, 3))
        dg.sort(key=doelgroepen.index)
        begin = "%sT%02d:00" % (date(day), hour)
        eind = "%sT%02d:30" % (date(day), hour + 2)
        body = paragraph(rng, 60) + "\n\n## Tips voor je bezoek\n\n" + \
            "\n".join("- " + paragraph(rng, 8) for _ in range(3)) + "\n\n" + paragraph(rng, 40) + "\n"
        write(os.path.join(ours, "evenementen", slug + ".md"),
              "---\ntitel: %s\nsoort: %s\ndoelgroep: %s\nbegin: %s\neind: %s\n"
              "locatie: %s\nplaats: %s\norganisator: %s\naanmelden: Aanmelden is niet nodig.\n---\n%s"
              % (q(titel), soort, ylist(dg), begin, eind, q("Dorpshuis, Brink 1, " + pl[1]),
                 pl[0], org[0], body))
        write(os.path.join(hugo, "content", "evenementen", slug + ".md"),
              "---\ntitle: %s\nactiviteit: %s\ndoelgroep: %s\ndate: %s\nbegin: %s\neind: %s\n"
              "locatie: %s\nlocatie_plaats: %s\norganisator: %s\naanmelden: Aanmelden is niet nodig.\n---\n%s"
              % (q(titel), soort, ylist(dg), begin + ":00", begin + ":00", eind + ":00",
                 q("Dorpshuis, Brink 1, " + pl[1]), pl[0], org[0], body))

    # 200 content pages: 4 handbooks x 25 chapters, 95 tips, 5 pages
    def longtext(r):
        parts = [paragraph(r, r.between(50, 80))]
        for h in range(r.between(2, 3)):
            parts.append("## " + paragraph(r, 4).rstrip("."))
            parts.append(paragraph(r, r.between(40, 70)))
            if r.chance(50):
                parts.append("\n".join("- " + paragraph(r, 8) for _ in range(r.between(3, 5))))
        return "\n\n".join(parts) + "\n"

    for b in range(4):
        book = "handboek-%d" % (b + 1)
        titel = "Handboek %d" % (b + 1)
        body = longtext(rng)
        write(os.path.join(ours, "handboeken", book, "index.md"),
              "---\ntitel: %s\ndoelgroep: [leerlingen]\nvolgorde: %d\n---\n%s" % (q(titel), b + 1, body))
        write(os.path.join(hugo, "content", "handboeken", book, "_index.md"),
              "---\ntitle: %s\nweight: %d\n---\n%s" % (q(titel), b + 1, body))
        for c in range(25):
            slug = "hoofdstuk-%02d" % (c + 1)
            t = "Hoofdstuk %d: %s" % (c + 1, paragraph(rng, 3).rstrip("."))
            body = longtext(rng)
            write(os.path.join(ours, "handboeken", book, slug + ".md"),
                  "---\ntitel: %s\nvolgorde: %d\n---\n%s" % (q(t), c + 1, body))
            write(os.path.join(hugo, "content", "handboeken", book, slug + ".md"),
                  "---\ntitle: %s\nweight: %d\n---\n%s" % (q(t), c + 1, body))
    for i in range(95):
        slug = "tip-%02d" % (i + 1)
        t = "Tip %d: %s" % (i + 1, paragraph(rng, 4).rstrip("."))
        sam = paragraph(rng, 10)
        body = longtext(rng)
        write(os.path.join(ours, "tips", slug + ".md"),
              "---\ntitel: %s\nsamenvatting: %s\nvolgorde: %d\n---\n%s" % (q(t), q(sam), i + 1, body))
        write(os.path.join(hugo, "content", "tips", slug + ".md"),
              "---\ntitle: %s\nsamenvatting: %s\nweight: %d\n---\n%s" % (q(t), q(sam), i + 1, body))
    for i, (slug, t) in enumerate([("over-ons", "Over het stagebureau"), ("contact", "Contact"),
                                   ("hulp", "Hulp nodig?"), ("privacy", "Privacyverklaring"),
                                   ("toegankelijkheid", "Toegankelijkheidsverklaring")]):
        body = longtext(rng)
        write(os.path.join(ours, "paginas", slug + ".md"),
              "---\ntitel: %s\nvolgorde: %d\n---\n%s" % (q(t), i + 1, body))
        write(os.path.join(hugo, "content", slug + ".md"),
              "---\ntitle: %s\nlayout: pagina\nweight: %d\nvoet: true\n---\n%s" % (q(t), i + 1, body))
    return 0


if __name__ == "__main__":
    sys.exit(main())
