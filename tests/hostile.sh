#!/bin/sh
# Hostile input (issue 6, section 5), the parts tests/xss.sh does not cover:
#  - big and deeply nested Markdown (50,000 nested block quotes, nested
#    lists, 100,000 link openers, emphasis runs, long lines, '<' and
#    backtick runs) up to the 1 MB limit build in linear time (5 MB is refused), and
#    the admin's Markdown preview of such bodies answers (413 past 12 MB);
#  - SQL metacharacters in every text field of content files and of the
#    admin's forms, in its query strings, paths and login form, are only
#    text: the pages show them, the database and the accounts stay whole;
#  - invalid UTF-8 (FF FE, overlong, lone surrogate, cut off, past
#    U+10FFFF) and NUL in admin form fields, field names, multipart bodies
#    and query strings: 400 with a Dutch message, never stored, never 500;
#    straight over FastCGI as well, since other web servers (nginx) pass
#    query strings lighttpd refuses itself.
# The Python part (hostile.py) is written out below into the work folder;
# it prints ok/FAIL lines, counted here.
set -u
. "$(dirname "$0")/lib.sh"
w=$work
today=2026-11-23
fixture=$top/tests/fixture/site
py=$(python3 -c 'import sys; print(sys.executable)') || { fail "python3 runs"; finish; exit 1; }

# Copies of the programs: a rebuild of build/ during the run must not
# change or stop what is under test.
case ${BUILD:-build} in /*) bin=$BUILD ;; *) bin=$top/${BUILD:-build} ;; esac
cp "$bin/stagebureau-admin" "$bin/stagebureau" "$w/" || { fail "copy the programs"; finish; exit 1; }
sb=$w/stagebureau

cat > "$w/hostile.py" <<'EOF'
# hostile.py MODE ARG...: the work of tests/hostile.sh that is easier in Python.
#   body SCALE FILE        pathological Markdown of about SCALE MB
#   timed OUT CMD...       runs CMD, output to OUT; prints its status, wall and CPU milliseconds
#   huge SCALE DIR         adds a vacancy with that body to the content folder DIR
#   quotes DIR             adds a vacancy of 5 MB of deeply nested block quotes (prints its path)
#   sqlfiles DIR           adds vacancies and organisations with SQL metacharacters in every text field
#   sqlpages PUBLIC        checks that their pages show every value as text
#   badref FIELD DIR       adds a vacancy with a SQL payload in FIELD (prints its path)
#   admin BASE WORK REPO DB  the admin: preview of big bodies, SQL metacharacters, invalid UTF-8
# Checks print "ok - " or "FAIL - " lines; the last line is "hostile.py MODE: N passed, N failed".
import csv
import html
import html.parser
import io
import os
import re
import socket
import sqlite3
import struct
import subprocess
import sys
import time
import urllib.parse
import uuid

passed = failed = 0


def ok(name):
    global passed
    passed += 1
    print('ok - ' + name)


def fail(name, detail=''):
    global failed
    failed += 1
    print('FAIL - ' + name)
    for line in str(detail).splitlines()[:12]:
        print('    ' + line)


def expect(name, cond, detail=''):
    (ok if cond else (lambda n: fail(n, detail)))(name)


def note(text):
    print('# ' + text)


# The SQL payloads: each is text, and no payload occurs inside another.
PAYLOADS = [
    "' OR '1'='1",
    '"; DROP TABLE entries; --',
    "'); DELETE FROM accounts; --",
    '%_',
    'C:\\pad\\ \\\' \\" \\\\',
    "' UNION SELECT name, full_name FROM accounts --",
    '?1 :naam @x $y; /* */ `x` ]] ;--',
]


def shard(slug):
    h = 2166136261
    for b in slug.encode():
        h = ((h ^ b) * 16777619) & 0xffffffff
    a = '0123456789abcdefghijklmnopqrstuv'
    return a[h & 31] + '/' + a[(h >> 5) & 31]


def yq(s):
    """A YAML double-quoted scalar (JSON's escapes are YAML's)."""
    import json
    return json.dumps(s, ensure_ascii=False)


########## Big and deeply nested Markdown

def body(scale):
    k = float(scale)
    parts = [
        '> ' * int(50000 * k) + 'diep citaat\n',                                # nested block quotes
        '- ' * int(25000 * k) + 'diepe lijst\n\nNa de lijst.\n',                # nested lists
        ''.join('%s- punt\n' % ('  ' * (i % 40)) for i in range(int(2500 * k))),  # indented lists
        '1. ' * int(10000 * k) + 'genummerd\n',                                # nested ordered lists
        '[' * int(100000 * k) + 'haakjes\n',                                   # link openers
        'a]' * int(50000 * k) + '\n',                                          # link closers
        '[a](<b' * int(15000 * k) + '\n',                                      # unclosed links
        '*a **b ' * int(15000 * k) + '\n',                                     # emphasis runs
        '_a ' * int(30000 * k) + '\n',
        '*a_ ' * int(25000 * k) + '\n',
        'woord ' * int(17000 * k) + 'eind van de regel\n',                     # one long line
        '<a ' * int(20000 * k) + '\n',                                         # HTML-like '<'
        '<' * int(50000 * k) + '\n',
        ''.join('e' + '`' * (i % 200 + 1) for i in range(int(700 * k))) + '\n',  # backtick runs
        '&#' * int(25000 * k) + '\n',
        '<!-- ' * int(10000 * k) + '\n',                                       # an HTML block to the end
    ]
    return '\n\n'.join(parts)


def vacancy(title, extra=''):
    return ('---\ntitel: %s\norganisatie: de-horizon\nplaats: meppel\nsectoren: [zorg-en-welzijn]\n'
            'niveaus: [vmbo-bb]\nsoort: beroepsgerichte-stage\nperiode:\n  van: 2026-02-02\n'
            'plaatsen: 2\nreageren:\n  via: makelaar\nstatus: open\ngeplaatst: 2026-09-01\n'
            'geldig_tot: 2027-03-01\n%s---\n' % (title, extra))


def write(dirname, rel, text):
    path = os.path.join(dirname, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)
    return rel


def mode_huge(scale, dirname):
    slug = 'enorme-vacature'
    write(dirname, 'vacatures/%s/%s.md' % (shard(slug), slug), vacancy('Enorme vacature') + body(scale))


def mode_quotes(dirname):
    """5 MB of nothing but block quotes 50,000 deep: the most HTML per byte (about 13 times)."""
    slug = 'diepe-citaten'
    print(write(dirname, 'vacatures/%s/%s.md' % (shard(slug), slug),
                vacancy('Diepe citaten') + ('> ' * 50000 + 'citaat\n\n') * 50))


########## SQL metacharacters in content files

def sql_values(i, p):
    labels = {'titel': 'Titel', 'adres': 'Adres', 'omschrijving': 'Periode', 'begeleiding': 'Begeleiding',
              'naam': 'Reageren bij', 'orgnaam': 'Organisatie', 'contact': 'Contactpersoon', 'functie': 'Functie'}
    return {k: '%s %d %s' % (label, i, p) for k, label in labels.items()}


def mode_sqlfiles(dirname):
    for i, p in enumerate(PAYLOADS):
        v = sql_values(i, p)
        slug, org = 'sql-vacature-%d' % i, 'sql-organisatie-%d' % i
        text = vacancy(yq(v['titel']), 'adres: %s\nadres_tonen: true\nbegeleiding: %s\n' % (yq(v['adres']), yq(v['begeleiding'])))
        text = text.replace('organisatie: de-horizon', 'organisatie: ' + org)
        text = text.replace('  van: 2026-02-02\n', '  van: 2026-02-02\n  omschrijving: %s\n' % yq(v['omschrijving']))
        text = text.replace('  via: makelaar\n', '  via: makelaar\n  naam: %s\n  email: sql@example.nl\n' % yq(v['naam']))
        text = text.replace('geldig_tot: 2027-03-01\n', 'geldig_tot: 2027-03-01\ninteresses: [%s]\n' % yq(p[:40]))
        text += 'Tekst %d: %s\n\n```\ncode %d %s\n```\n' % (i, p, i, p)
        write(dirname, 'vacatures/%s/%s.md' % (shard(slug), slug), text)
        write(dirname, 'organisaties/%s/%s.md' % (shard(org), org),
              '---\nnaam: %s\ntype: zorginstelling\nplaats: meppel\nrollen: [stagebieder]\n'
              'contactpersonen:\n  - naam: %s\n    functie: %s\n    email: c@example.nl\n    openbaar: true\n'
              '---\n```\norgcode %d %s\n```\n' % (yq(v['orgnaam']), yq(v['contact']), yq(v['functie']), i, p))


class Text(html.parser.HTMLParser):
    """The text of a page (scripts included: JSON-LD holds text too) and its <title>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.title, self.tag = [], '', None

    def handle_starttag(self, tag, attrs):
        self.tag = tag

    def handle_data(self, data):
        self.parts.append(data)
        if self.tag == 'title':
            self.title += data

    def text(self):
        return ' '.join(''.join(self.parts).split())


def page_text(path):
    p = Text()
    with open(path, encoding='utf-8') as f:
        p.feed(f.read())
    return p


def norm(s):
    return ' '.join(s.split())


def mode_sqlpages(public):
    for i, p in enumerate(PAYLOADS):
        v = sql_values(i, p)
        vpage = os.path.join(public, 'vacatures/sql-vacature-%d/index.html' % i)
        opage = os.path.join(public, 'organisaties/sql-organisatie-%d/index.html' % i)
        if not os.path.exists(vpage) or not os.path.exists(opage):
            fail('payload %d: vacancy and organisation pages exist' % i)
            continue
        t = page_text(vpage)
        missing = [k for k in ('titel', 'adres', 'omschrijving', 'begeleiding', 'naam', 'orgnaam') if norm(v[k]) not in t.text()]
        missing += ['code'] if norm('code %d %s' % (i, p)) not in t.text() else []
        expect('payload %d (%s): the vacancy page shows every field as text' % (i, p), not missing, 'missing: %s' % missing)
        expect('payload %d: the page title is the title as text' % i, norm(v['titel']) in t.title, t.title)
        t = page_text(opage)
        missing = [k for k in ('orgnaam', 'contact', 'functie') if norm(v[k]) not in t.text()]
        missing += ['code'] if norm('orgcode %d %s' % (i, p)) not in t.text() else []
        expect('payload %d: the organisation page shows every field as text' % i, not missing, 'missing: %s' % missing)


def mode_badref(field, dirname):
    """A reference, vocabulary or choice field with a payload: must be refused with path:line."""
    p = PAYLOADS[2] if field in ('plaats', 'status') else PAYLOADS[0]
    slug = 'sql-verwijzing'
    text = vacancy('Verwijzing')
    text = re.sub(r'(?m)^%s: .*$' % field, '%s: %s' % (field, '[%s]' % yq(p) if field == 'sectoren' else yq(p)), text)
    print(write(dirname, 'vacatures/%s/%s.md' % (shard(slug), slug), text))


########## HTTP: the admin through lighttpd, and straight over FastCGI

class Browser:
    def __init__(self, base):
        u = urllib.parse.urlsplit(base)
        self.host, self.port = u.hostname, u.port
        self.cookies = {}

    def request(self, method, path, body=None, ctype=None, timeout=60):
        import http.client
        c = http.client.HTTPConnection(self.host, self.port, timeout=timeout)
        h = {}
        if self.cookies:
            h['Cookie'] = '; '.join('%s=%s' % kv for kv in self.cookies.items())
        if body is not None:
            h['Content-Type'] = ctype or 'application/x-www-form-urlencoded'
        c.putrequest(method, path, skip_accept_encoding=True)
        for k, v in h.items():
            c.putheader(k, v)
        if body is not None:
            c.putheader('Content-Length', str(len(body)))
        c.endheaders()
        if body is not None:
            try:
                c.send(body)
            except (BrokenPipeError, ConnectionResetError):
                pass	# a server that refuses a big body may stop reading it; its answer still counts
        r = c.getresponse()
        data = r.read()
        for k, v in r.getheaders():
            if k.lower() == 'set-cookie':
                name, _, rest = v.partition('=')
                value = rest.split(';', 1)[0]
                if value:
                    self.cookies[name.strip()] = value
                else:
                    self.cookies.pop(name.strip(), None)
        c.close()
        self.status, self.headers = r.status, r.getheaders()
        self.location = r.getheader('Location') or ''
        self.page = data.decode('utf-8', 'replace')
        return r.status

    def get(self, path):
        return self.request('GET', path)

    def post(self, path, fields, multipart=False):
        """fields: list of (name, value); values are str or bytes (sent as they are)."""
        if multipart:
            boundary = '----hostile' + uuid.uuid4().hex
            out = b''
            for n, v in fields:
                out += b'--%s\r\nContent-Disposition: form-data; name="%s"\r\n\r\n' % (boundary.encode(), enc(n))
                out += enc(v) + b'\r\n'
            out += b'--%s--\r\n' % boundary.encode()
            return self.request('POST', path, out, 'multipart/form-data; boundary=' + boundary)
        return self.request('POST', path, urlencode(fields))


def enc(v):
    return v if isinstance(v, bytes) else v.encode('utf-8')


def urlencode(fields):
    return b'&'.join(urllib.parse.quote_plus(enc(n)).encode() + b'=' + urllib.parse.quote_plus(enc(v)).encode()
                     for n, v in fields)


class Form(html.parser.HTMLParser):
    """The successful controls of the form with the most fields, as a browser sends them."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms, self.cur, self.select, self.area, self.option = [], None, None, None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == 'form':
            self.cur = []
            self.forms.append(self.cur)
        if self.cur is None:
            return
        if tag == 'input':
            t = (a.get('type') or 'text').lower()
            if 'name' not in a or t in ('submit', 'button', 'reset', 'image', 'file'):
                return
            if t in ('checkbox', 'radio') and 'checked' not in a:
                return
            self.cur.append([a['name'], a.get('value', 'on' if t in ('checkbox', 'radio') else '')])
        elif tag == 'select' and 'name' in a:
            self.select = [a['name'], None, None]
        elif tag == 'option' and self.select is not None:
            if self.select[1] is None:
                self.select[1] = a.get('value', '')
            if 'selected' in a:
                self.select[2] = a.get('value', '')
        elif tag == 'textarea' and 'name' in a:
            self.area = [a['name'], '']

    def handle_data(self, data):
        if self.area is not None:
            self.area[1] += data

    def handle_endtag(self, tag):
        if tag == 'select' and self.select is not None:
            v = self.select[2] if self.select[2] is not None else self.select[1]
            if v is not None:
                self.cur.append([self.select[0], v])
            self.select = None
        elif tag == 'textarea' and self.area is not None:
            self.cur.append([self.area[0], self.area[1][1:] if self.area[1].startswith('\n') else self.area[1]])
            self.area = None
        elif tag == 'form':
            self.cur = None


def form_of(page):
    p = Form()
    p.feed(page)
    return max(p.forms, key=len) if p.forms else []


def changed(fields, changes):
    """fields with each named value replaced (or added)."""
    out, done = [], set()
    for n, v in fields:
        if n in changes:
            if n not in done:
                out.append([n, changes[n]])
                done.add(n)
        else:
            out.append([n, v])
    out += [[n, v] for n, v in changes.items() if n not in done]
    return out


def count_of(page):
    m = re.search(r'role="status">[^<:]*: (\d+)', page)
    return int(m.group(1)) if m else -1


def melding(page):
    m = re.search(r'class="melding">([^<]*)<', page)
    return html.unescape(m.group(1)) if m else ''


DUTCH_400 = 'Het verzoek klopt niet'


def fcgi(sock, params, stdin=b'', timeout=60):
    """One FastCGI request straight to the admin's socket: (status, body)."""
    def record(kind, content):
        if not content:
            return struct.pack('>BBHHBx', 1, kind, 1, 0, 0)
        return b''.join(struct.pack('>BBHHBx', 1, kind, 1, len(content[i:i + 65535]), 0) + content[i:i + 65535]
                        for i in range(0, len(content), 65535))

    def length(n):
        return bytes([n]) if n < 128 else struct.pack('>I', n | 0x80000000)

    pairs = b''.join(length(len(enc(k))) + length(len(enc(v))) + enc(k) + enc(v) for k, v in params.items())
    msg = struct.pack('>BBHHBx', 1, 1, 1, 8, 0) + struct.pack('>HB5x', 1, 0)
    msg += record(4, pairs) + record(4, b'') + record(5, stdin) + record(5, b'')
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.settimeout(timeout)
    s.connect(sock)
    s.sendall(msg)
    data = b''
    while True:
        chunk = s.recv(65536)
        if not chunk:
            break
        data += chunk
    s.close()
    out, pos = b'', 0
    while pos + 8 <= len(data):
        _, kind, _, clen, plen = struct.unpack('>BBHHB', data[pos:pos + 7])
        if kind == 6:
            out += data[pos + 8:pos + 8 + clen]
        pos += 8 + clen + plen
    head, _, page = out.partition(b'\r\n\r\n')
    m = re.search(rb'(?im)^Status: *(\d+)', head)
    return (int(m.group(1)) if m else 200), page.decode('utf-8', 'replace')


def git(repo, *args):
    return subprocess.run(['git', '-C', repo] + list(args), capture_output=True, text=True).stdout.strip()


def counts(db):
    con = sqlite3.connect('file:%s?mode=ro' % db, uri=True)
    try:
        entries = dict(con.execute('SELECT type, count(*) FROM entries GROUP BY type').fetchall())
        accounts = con.execute('SELECT count(*) FROM accounts').fetchone()[0]
        tables = sorted(r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'"))
    finally:
        con.close()
    return entries, accounts, tables


def admin_cpu(work):
    """Seconds of CPU used so far by the admin's processes (those running WORK/stagebureau-admin)."""
    exe, total, tick = os.path.join(work, 'stagebureau-admin'), 0, os.sysconf('SC_CLK_TCK')
    for pid in os.listdir('/proc'):
        try:
            if pid.isdigit() and os.readlink('/proc/%s/exe' % pid) == exe:
                with open('/proc/%s/stat' % pid) as f:
                    fields = f.read().rsplit(')', 1)[1].split()
                total += sum(int(x) for x in fields[11:15])
        except OSError:
            pass
    return total / tick


def timed(out, cmd):
    """Runs cmd (at most 120 s), its output into out; prints: status, wall ms, CPU ms."""
    import resource
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.time()
    with open(out, 'wb') as f:
        try:
            rc = subprocess.run(cmd, stdout=f, stderr=subprocess.STDOUT, timeout=120).returncode
        except subprocess.TimeoutExpired:
            rc = 124
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    print(rc, int((time.time() - t0) * 1000), int(cpu * 1000))


def login(b, name, password):
    b.get('/beheer/inloggen')
    token = dict(form_of(b.page)).get('csrf', '')
    return b.post('/beheer/inloggen', [('csrf', token), ('username', name), ('password', password)])


def mode_admin(base, work, repo, db):
    timings = {}
    before_counts = counts(db)
    mia = Browser(base)
    expect('mia logs in', login(mia, 'mia', 'mia-wachtwoord-1') == 303, mia.status)
    bea = Browser(base)
    expect('bea logs in', login(bea, 'bea', 'bea-wachtwoord-1') == 303, bea.status)
    vac = '/beheer/vacatures/zorgassistent-de-horizon/'

    # ---- The Markdown preview with a 1 MB and a 5 MB body (admin form limit: 12 MB).
    # Linear time is judged on the CPU time of the admin's processes: the
    # wall time of a loaded machine says little.
    for scale in (1, 5):
        head = git(repo, 'rev-parse', 'HEAD')
        mia.get(vac)
        text = body(scale)
        fields = changed(form_of(mia.page), {'tekst': text, 'voorbeeld': '1'})
        size = len(urlencode(fields))
        c0, t0 = admin_cpu(work), time.time()
        status = mia.post(vac, fields)
        timings[scale] = (time.time() - t0, admin_cpu(work) - c0)
        if size <= 12 * 1024 * 1024:
            expect('preview of a %d MB body (%.1f MB sent): 200 with the rendered preview' % (scale, size / 2**20),
                   status == 200 and 'class="voorbeeld"' in mia.page and 'diep citaat' in mia.page
                   and 'eind van de regel' in mia.page, '%s %s' % (status, melding(mia.page)))
        else:
            expect('preview of a %d MB body (%.1f MB sent): 413' % (scale, size / 2**20), status == 413, status)
        expect('preview of a %d MB body commits nothing' % scale, git(repo, 'rev-parse', 'HEAD') == head)
    note('admin preview: 1 MB body %.2f s (%.2f s CPU), 5 MB body %.2f s (%.2f s CPU)' % (timings[1] + timings[5]))
    kind = 1 if timings[1][1] > 0 else 0	# wall time when the admin's CPU time cannot be read
    expect('preview time is linear: 5 MB within 10 x the %s time of 1 MB + 5 s' % ('CPU' if kind else 'wall'),
           timings[5][kind] <= 10 * timings[1][kind] + 5, '%.2f s against %.2f s' % (timings[5][kind], timings[1][kind]))
    # Above the limit: lighttpd (server.max-request-size) or the admin answers 413.
    mia.get(vac)
    fields = changed(form_of(mia.page), {'tekst': 'x' * (13 * 1024 * 1024), 'voorbeeld': '1'})
    status = mia.post(vac, fields)
    expect('a 13 MB form gets 413', status == 413, status)
    socks = sorted(os.path.join(work, f) for f in os.listdir(work) if f.startswith('admin.sock'))
    sock = socks[0] if socks else None
    cookie = 'sb_sessie=%s' % mia.cookies.get('sb_sessie', '')

    def direct(method, uri, data=b'', ctype='application/x-www-form-urlencoded', clen=None):
        """A request as a web server that checks nothing (nginx) hands it over."""
        qs = uri.partition('?')[2]
        params = {'REQUEST_METHOD': method, 'REQUEST_URI': uri, 'QUERY_STRING': qs, 'SCRIPT_NAME': '/beheer',
                  'REMOTE_ADDR': '127.0.0.1', 'HTTP_COOKIE': cookie, 'SERVER_NAME': '127.0.0.1',
                  'CONTENT_LENGTH': str(len(data) if clen is None else clen)}
        if data or clen:
            params['CONTENT_TYPE'] = ctype
        return fcgi(sock, params, data)

    if sock:
        status, page = direct('GET', '/beheer/vacatures/?q=zorg&status=open')
        expect('straight to the admin over FastCGI, a good request gets 200 (the control)',
               status == 200 and count_of(page) > 0, '%s %s' % (status, melding(page)))
        status, page = direct('POST', vac, b'', clen=13 * 1024 * 1024)
        expect('straight to the admin, a 13 MB body gets 413 with a Dutch message',
               status == 413 and 'te groot' in page, '%s %s' % (status, melding(page)))
    else:
        fail('the admin socket is found in %s' % work)

    # ---- SQL metacharacters
    for i, p in enumerate(PAYLOADS):
        for path in ('/beheer/vacatures/?q=%s', '/beheer/organisaties/?q=%s', '/beheer/vacatures/?status=%s',
                     '/beheer/vacatures/?q=%s&status=open&pagina=%s', '/beheer/wijzigingen?q=%s',
                     '/beheer/vacatures/zorgassistent-de-horizon/geschiedenis?van=%s',
                     '/beheer/export/vacatures.csv?q=%s&status=%s', '/beheer/export/organisaties.csv?soort=%s',
                     '/beheer/?q=%s'):
            q = urllib.parse.quote(p, safe='')
            uri = path.replace('%s', q)
            status = mia.get(uri)
            want = 200
            expect('payload %d in %s: %d' % (i, path.replace('%s', 'P'), want), status == want,
                   '%s %s' % (status, melding(mia.page)))
            if '?status=' in path and status == 200:
                expect('payload %d as the status filter lists nothing' % i, count_of(mia.page) == 0, count_of(mia.page))
        q = urllib.parse.quote(p, safe='')
        for path in ('/beheer/vacatures/%s/' % q, '/beheer/%s/' % q, '/beheer/%s/nieuw' % q,
                     '/beheer/vacatures/%s/geschiedenis' % q, '/beheer/export/%s.csv' % q,
                     '/beheer/vocabulaires/%s' % q):
            status = (bea if 'vocabulaires' in path else mia).get(path)
            expect('payload %d in the path %s: 404 (or 400), never 500' % (i, path), status in (400, 404), status)
        status = mia.get(vac + 'verschil?van=%s&naar=%s' % (q, q))
        expect('payload %d as van/naar of a diff: 404' % i, status == 404, status)
    head = git(repo, 'rev-parse', 'HEAD')
    first = git(repo, 'rev-list', '--max-parents=0', 'HEAD')
    status = mia.get(vac + 'verschil?van=%s&naar=%s' % (first, urllib.parse.quote(PAYLOADS[0] + first, safe='')))
    expect('a diff from a real commit to a payload: 404', status == 404, status)
    status = mia.get(vac + 'verschil?van=%s&naar=%s' % (first, head))
    expect('a diff between two real commits still answers 200', status == 200, status)
    mia.get(vac + 'geschiedenis')
    fields = form_of(mia.page)
    fields = changed(fields, {'naar': PAYLOADS[2]}) if fields else []
    status = mia.post(vac + 'terugzetten', fields) if fields else -1
    expect('revert to a payload instead of a commit: 404, nothing committed',
           status == 404 and git(repo, 'rev-parse', 'HEAD') == head, status)
    # Page numbers at the ends of a long (the offset must not overflow; UBSan aborts on that).
    for n in ('9223372036854775807', '-9223372036854775808', '99999999999999999999'):
        pg = mia.get('/beheer/vacatures/?pagina=' + n)
        expect('the list with ?pagina=%s: 200' % n, pg == 200, pg)

    # Every text field of a vacancy and an organisation, saved through the forms.
    saved = {}
    for i, p in enumerate(PAYLOADS[:6]):
        v = sql_values(i, p)
        path = '/beheer/vacatures/helpende-zorg-%d/' % (i + 1)
        head = git(repo, 'rev-parse', 'HEAD')
        mia.get(path)
        want = {'titel': v['titel'], 'adres': v['adres'], 'adres_tonen': 'true', 'periode.omschrijving': v['omschrijving'],
                'begeleiding': v['begeleiding'], 'reageren.naam': v['naam'], 'interesses': p[:40],
                'tekst': '```\ncode %d %s\n```\n' % (i, p)}
        fields = form_of(mia.page)
        if 'adres_tonen' not in dict(fields):
            m = re.search(r'<input[^>]*name="adres_tonen"[^>]*value="([^"]*)"', mia.page)
            want['adres_tonen'] = m.group(1) if m else 'on'
        else:
            want.pop('adres_tonen')
        status = mia.post(path, changed(fields, want))
        expect('payload %d: saving it in every text field of a vacancy answers 303' % i,
               status == 303 and 'opgeslagen=' in mia.location, '%s %s %s' % (status, mia.location, melding(mia.page)))
        expect('payload %d: one commit' % i, git(repo, 'rev-list', '--count', head + '..HEAD') == '1')
        saved[path] = want
        mia.get(path)
        back = dict(form_of(mia.page))
        wrong = [k for k, val in want.items() if k != 'adres_tonen' and back.get(k, '').replace('\r\n', '\n') != val]
        expect('payload %d: the edit form gives back every value exactly' % i, not wrong,
               '\n'.join('%s: %r' % (k, back.get(k)) for k in wrong))
        pub = os.path.join(work, 'public', 'vacatures', 'helpende-zorg-%d' % (i + 1), 'index.html')
        t = page_text(pub).text() if os.path.exists(pub) else ''
        missing = [k for k in ('titel', 'adres', 'omschrijving', 'begeleiding') if norm(v[k]) not in t]
        expect('payload %d: the public page shows the saved values as text' % i, not missing, 'missing: %s' % missing)
        status = mia.get('/beheer/vacatures/?q=' + urllib.parse.quote(p, safe=''))
        expect('payload %d: list search for it finds exactly the vacancy whose title has it' % i,
               status == 200 and count_of(mia.page) == 1 and ('helpende-zorg-%d/' % (i + 1)) in mia.page,
               'status %s, Aantal: %s' % (status, count_of(mia.page)))
    # The CSV export holds the saved values as they are.
    mia.get('/beheer/export/vacatures.csv')
    rows = list(csv.DictReader(io.StringIO(mia.page.lstrip('\ufeff'))))
    titles = {r.get('slug'): r.get('titel') for r in rows}
    wrong = [i for i, p in enumerate(PAYLOADS[:6]) if titles.get('helpende-zorg-%d' % (i + 1)) != sql_values(i, p)['titel']]
    expect('the CSV export holds every saved title exactly', mia.status == 200 and not wrong, 'wrong: %s' % wrong)

    org = '/beheer/organisaties/fietsenmaker-bakker/'
    head = git(repo, 'rev-parse', 'HEAD')
    mia.get(org)
    fields = form_of(mia.page)
    v = sql_values(1, PAYLOADS[1])
    want = {'naam': v['orgnaam'], 'contactpersonen.0.naam': v['contact'], 'contactpersonen.0.functie': v['functie'],
            'contactpersonen.0.email': 'c@example.nl', 'tekst': PAYLOADS[2] + '\n'}
    status = mia.post(org, changed(fields, want))
    expect('SQL payloads in every text field of an organisation: saved (303), one commit',
           status == 303 and git(repo, 'rev-list', '--count', head + '..HEAD') == '1', '%s %s' % (status, melding(mia.page)))
    mia.get(org)
    back = dict(form_of(mia.page))
    wrong = [k for k, val in want.items() if back.get(k, '').replace('\r\n', '\n') != val]
    expect('the organisation form gives back every value exactly', not wrong, '\n'.join('%s: %r' % (k, back.get(k)) for k in wrong))

    # A new entry whose slug is a payload: refused with the slug message, nothing stored.
    head = git(repo, 'rev-parse', 'HEAD')
    mia.get('/beheer/vacatures/nieuw?van=helpende-zorg-1')
    fields = changed(form_of(mia.page), {'slug': PAYLOADS[0], 'titel': 'Nieuw'})
    status = mia.post('/beheer/vacatures/nieuw', fields)
    expect('a payload as the slug of a new vacancy: 422 with the slug message, nothing committed',
           status == 422 and 'webadres' in mia.page and git(repo, 'rev-parse', 'HEAD') == head, status)
    # Accounts: a payload as an account name is refused; as a full name it is only text.
    bea.get('/beheer/accounts')
    base_fields = form_of(bea.page)
    token = dict(base_fields).get('csrf', '')
    acc = lambda naam, full: [('csrf', token), ('actie', 'toevoegen'), ('naam', naam), ('rol', 'makelaar'),
                              ('volledige_naam', full), ('email', 'sql@example.nl'), ('organisatie', ''),
                              ('wachtwoord', 'sql-wachtwoord-1')]
    status = bea.post('/beheer/accounts', acc(PAYLOADS[2], 'Iemand'))
    expect('a payload as a new account name: 422', status == 422, status)
    status = bea.post('/beheer/accounts', acc('sqltest', PAYLOADS[0]))
    expect('a payload as a full name: the account is added (200) or refused (422), never 500',
           status in (200, 422), status)
    added = status == 200

    # The login form: payloads as name and password.
    for i, p in enumerate([PAYLOADS[0], PAYLOADS[2], "mia' --", 'mia" --', "mia'/*"]):
        b = Browser(base)
        status = login(b, p, p)
        expect('login with payload %r as name and password: 422, no session' % p,
               status == 422 and 'sb_sessie' not in b.cookies, status)
    b = Browser(base)
    status = login(b, 'bea', "' OR '1'='1")
    expect("login as bea with the password ' OR '1'='1: 422", status == 422, status)

    # Afterwards: the database is whole, the accounts work.
    after = counts(db)
    expect('no table was dropped', after[2] == before_counts[2], after[2])
    expect('entry counts unchanged (only existing entries were edited)', after[0] == before_counts[0],
           '%s, was %s' % (after[0], before_counts[0]))
    expect('accounts: one more only if one was added', after[1] == before_counts[1] + (1 if added else 0),
           '%s, was %s' % (after[1], before_counts[1]))
    for name, pw in (('mia', 'mia-wachtwoord-1'), ('bea', 'bea-wachtwoord-1')) + ((('sqltest', 'sql-wachtwoord-1'),) if added else ()):
        b = Browser(base)
        expect('%s still logs in' % name, login(b, name, pw) == 303 and b.get('/beheer/') == 200, b.status)

    # ---- Invalid UTF-8 and NUL: refused with 400 and a Dutch message, never stored
    bad = [('%FF%FE', 'bytes FF FE'), ('%C0%AF', 'an overlong /'), ('%ED%A0%80', 'a lone surrogate'),
           ('%00', 'a NUL'), ('%E2%82', 'a cut-off sequence'), ('%F4%90%80%80', 'a code point past U+10FFFF')]
    mia.get(vac)
    fields = form_of(mia.page)
    plain = urlencode(fields)
    head = git(repo, 'rev-parse', 'HEAD')
    for raw, what in bad:
        byts = urllib.parse.unquote_to_bytes(raw)
        for field in ('titel', 'tekst', 'begeleiding', 'reageren.naam'):
            body_ = urlencode(changed(fields, {field: 'x'})).replace(
                ('%s=x' % urllib.parse.quote_plus(field)).encode(), ('%s=a%sb' % (urllib.parse.quote_plus(field), raw)).encode())
            status = mia.request('POST', vac, body_)
            expect('%s in the field %s: 400 with a Dutch message' % (what, field),
                   status == 400 and DUTCH_400 in mia.page, '%s %s' % (status, melding(mia.page)))
        status = mia.request('POST', vac, plain + b'&tit%sel=1' % raw.encode())
        expect('%s in a field name: 400 with a Dutch message' % what, status == 400 and DUTCH_400 in mia.page, status)
        status = mia.request('POST', vac, plain.replace(b'voorbeeld=', b'x=') + b'&voorbeeld=1&tekst=a' + raw.encode())
        expect('%s in the text of a preview: 400' % what, status == 400 and DUTCH_400 in mia.page, status)
        status = mia.post(vac, changed(fields, {'titel': b'a' + byts + b'b'}), multipart=True)
        expect('%s in a multipart field: 400 with a Dutch message' % what, status == 400 and DUTCH_400 in mia.page, status)
        new = urlencode(changed(fields, {'slug': 'x', 'rev': ''})).replace(b'slug=x', b'slug=a' + raw.encode())
        status = mia.request('POST', '/beheer/vacatures/nieuw', new)
        expect('%s in the slug of a new vacancy: 400' % what, status == 400 and DUTCH_400 in mia.page, status)
        b = Browser(base)
        b.get('/beheer/inloggen')
        token = dict(form_of(b.page)).get('csrf', '')
        status = b.request('POST', '/beheer/inloggen', b'csrf=%s&username=mia%s&password=x' % (token.encode(), raw.encode()))
        expect('%s in the login name: 400 with a Dutch message, no session' % what,
               status == 400 and DUTCH_400 in b.page and 'sb_sessie' not in b.cookies, status)
        status = bea.request('POST', '/beheer/accounts', b'csrf=%s&actie=toevoegen&naam=x&rol=makelaar&volledige_naam=a%sb'
                             b'&email=x%%40example.nl&wachtwoord=lang-genoeg-1' % (dict(base_fields).get('csrf', '').encode(), raw.encode()))
        expect('%s in a new account: 400' % what, status == 400 and DUTCH_400 in bea.page, status)
        for q in ('/beheer/vacatures/?q=a%sb', '/beheer/vacatures/?status=%s', '/beheer/vacatures/?q=x&a%sb=1',
                  '/beheer/vacatures/zorgassistent-de-horizon/verschil?van=%s&naar=%s', '/beheer/export/vacatures.csv?x=%s',
                  '/beheer/vacatures/a%sb/'):
            uri = q.replace('%s', raw)
            status = mia.request('GET', uri)
            expect('%s in %s, through lighttpd: 400, never 500' % (what, q.replace('%s', 'X')), status == 400, status)
            if sock:
                status, page = direct('GET', uri)
                expect('%s in %s, straight to the admin: 400 with a Dutch message' % (what, q.replace('%s', 'X')),
                       status == 400 and DUTCH_400 in page, status)
        if sock:
            status, page = direct('POST', vac, plain.replace(b'titel=', b'titel=' + raw.encode()))
            expect('%s in a form, straight to the admin: 400 with a Dutch message' % what,
                   status == 400 and DUTCH_400 in page, status)
    # A CSV import file that is not UTF-8: the import's own message.
    mia.get('/beheer/import')
    token = dict(form_of(mia.page)).get('csrf', '')
    boundary = 'hostile' + uuid.uuid4().hex
    part = lambda n, v, extra=b'': (b'--%s\r\nContent-Disposition: form-data; name="%s"%s\r\n\r\n' % (boundary.encode(), n, extra) + v + b'\r\n')
    data = (part(b'csrf', token.encode()) + part(b'soort', b'vacatures') +
            part(b'csv', b'slug;titel\r\nx;a\xff\xfeb\r\n', b'; filename="v.csv"') + b'--%s--\r\n' % boundary.encode())
    status = mia.request('POST', '/beheer/import', data, 'multipart/form-data; boundary=' + boundary)
    expect('a CSV file that is not UTF-8: 422 with a Dutch message', status == 422 and 'UTF-8' in mia.page, status)
    data = (part(b'csrf', token.encode()) + part(b'soort', b'vacatures') +
            part(b'csv', b'slug;titel\r\n', b'; filename="a\xc0\xafb.csv"') + b'--%s--\r\n' % boundary.encode())
    status = mia.request('POST', '/beheer/import', data, 'multipart/form-data; boundary=' + boundary)
    expect('a file name that is not UTF-8: 400', status == 400 and DUTCH_400 in mia.page, status)
    expect('nothing with invalid UTF-8 was committed', git(repo, 'rev-parse', 'HEAD') == head)
    expect('entry and account counts unchanged by the invalid UTF-8 requests', counts(db)[:2] == after[:2])
    names = subprocess.run(['git', '-C', repo, 'ls-tree', '-r', '--name-only', 'HEAD'], capture_output=True,
                           text=True).stdout.split()
    texts = [n for n in names if n.endswith(('.md', '.yaml', '.mustache'))]
    cat = subprocess.run(['git', '-C', repo, 'cat-file', '--batch'], input=''.join('HEAD:%s\n' % n for n in texts).encode(),
                         capture_output=True).stdout
    wrong, pos = [], 0
    for n in texts:
        header, _, rest = cat[pos:].partition(b'\n')
        size = int(header.split()[2]) if len(header.split()) == 3 else 0
        data = rest[:size]
        pos += len(header) + 1 + size + 1
        try:
            data.decode('utf-8')
            if b'\0' in data:
                wrong.append(n)
        except UnicodeDecodeError:
            wrong.append(n)
    expect('every text file in the content repository (%d) is valid UTF-8 without NUL' % len(texts),
           texts and not wrong, wrong)


def main():
    mode, args = sys.argv[1], sys.argv[2:]
    if mode == 'body':
        with open(args[1], 'w') as f:
            f.write(body(int(args[0])))
        return
    if mode == 'timed':
        timed(args[0], args[1:])
        return
    if mode == 'huge':
        mode_huge(float(args[0]), args[1])
        return
    if mode == 'quotes':
        mode_quotes(args[0])
        return
    if mode == 'sqlfiles':
        mode_sqlfiles(args[0])
        return
    if mode == 'badref':
        mode_badref(args[0], args[1])
        return
    if mode == 'sqlpages':
        mode_sqlpages(args[0])
    elif mode == 'admin':
        mode_admin(*args)
    print('hostile.py %s: %d passed, %d failed' % (mode, passed, failed))


main()
EOF
hp=$w/hostile.py

# relay MODE ARG...: runs hostile.py, counts its checks here and shows its
# failures and notes (its ok lines with VERBOSE, as ok does).
relay() {
	"$py" "$hp" "$@" > "$w/relay.out" 2>&1
	if [ -n "${VERBOSE:-}" ]; then grep '^ok - ' "$w/relay.out"; fi
	grep -v '^ok - \|^hostile.py [a-z]*: [0-9]* passed' "$w/relay.out" | grep '^#'
	grep -v '^ok - \|^#\|^hostile.py [a-z]*: [0-9]* passed' "$w/relay.out" >&2
	passed=$((passed + $(grep -c '^ok - ' "$w/relay.out")))
	failed=$((failed + $(grep -c '^FAIL - ' "$w/relay.out")))
	grep -q '^hostile.py [a-z]*: [0-9]* passed' "$w/relay.out" ||
		fail "hostile.py $1 ran to its end" "$(tail -15 "$w/relay.out")"
}

########## Bodies of pathological Markdown near the size limit, built with the command

# A body may hold at most 1 MB of Markdown (ENTRY_MAX_BODY, generator/entry.h);
# a larger one is refused naming the file and line. Bodies of about 0.2 MB
# and 1 MB (just under the limit) must build within 120 s, the larger in at
# most 10 times the CPU time of the smaller plus 5 s: only a quadratic case
# fails that. (CPU time, since the wall time of a loaded machine says little.)
for size in small large; do
	# A sanitizer build runs our byte loops many times slower: smaller bodies, same ratio.
	case ${BUILD:-build}:$size in
	*asan*:small) scale=0.04 ;; *asan*:large) scale=0.2 ;;
	*:small) scale=0.16 ;; *:large) scale=0.8 ;;
	esac
	d=$w/big$size
	cp -R "$fixture" "$d" && "$py" "$hp" huge $scale "$d" && "$sb" -q init "$d.git" "$d" ||
		{ fail "a content repository with a $size body is made"; continue; }
	kb=$(($(wc -c < "$(find "$d/vacatures" -name enorme-vacature.md)") / 1024))
	set -- $("$py" "$hp" timed "$w/build.out" "$sb" -q -r "$d.git" -d "$d.db" -t "$top/theme" -o "$d.out" --today $today build)
	rc=${1:-1}
	eval "wall_$size=${2:-}; cpu_$size=${3:-}"
	out=$(cat "$w/build.out")
	page=$d.out/vacatures/enorme-vacature/index.html
	if [ "$rc" = 124 ]; then
		fail "a $kb KB body of pathological Markdown builds within 120 s"
	elif [ "$rc" = 0 ]; then
		ok "a $kb KB body of pathological Markdown builds"
		if grep -q 'diep citaat' "$page" && grep -q 'diepe lijst' "$page" && grep -q 'eind van de regel' "$page"; then
			ok "the $kb KB body is on its page, all of it ($(($(wc -c < "$page") / 1048576)) MB)"
		else fail "the $kb KB body is on its page, all of it"; fi
	else
		fail "a $kb KB body of pathological Markdown builds" "$out"
	fi
	check "check passes on the $kb KB body" "$sb" -q -r "$d.git" -d "$d.db" check
	rm -rf "$d" "$d.out"
done
echo "# markdown: build with a small body ${wall_small:-?} ms (${cpu_small:-?} ms CPU), with a large one ${wall_large:-?} ms (${cpu_large:-?} ms CPU)"
# Only the plain build judges time: the sanitizer's allocator (quarantine,
# redzones) changes the cost of large allocations out of proportion.
if case ${BUILD:-build} in *asan*) true ;; *) false ;; esac; then
	echo "# markdown: time not judged under the sanitizer build"
elif [ -n "${cpu_small:-}" ] && [ -n "${cpu_large:-}" ] && [ "$cpu_large" -le $((10 * cpu_small + 5000)) ]; then
	ok "build time is linear: 1 MB within 10 x the CPU time of 0.2 MB + 5 s"
else
	fail "build time is linear: 1 MB within 10 x the CPU time of 0.2 MB + 5 s" "${cpu_small:-?} ms, ${cpu_large:-?} ms"
fi

# 5 MB of the Markdown that makes the most HTML: 50 times 50,000 nested
# block quotes. Over the limit: check and build refuse it alike, naming
# the file and line, and the site stays as it was.
d=$w/quotes
cp -R "$fixture" "$d" && f=$("$py" "$hp" quotes "$d") && "$sb" -q init "$d.git" "$d" ||
	{ fail "a content repository with 5 MB of nested block quotes is made"; f=; }
if [ -n "$f" ]; then
	"$sb" -q check "$d" > /dev/null 2>&1 && checked=ok || checked=refused
	if out=$(timeout 120 "$sb" -q -r "$d.git" -d "$d.db" -t "$top/theme" -o "$d.out" --today $today build 2>&1); then
		ok "5 MB of block quotes 50,000 deep builds"
		built=ok
	else
		case $out in
		*"$f:"[0-9]*": "*) ok "5 MB of block quotes 50,000 deep: refused with $f:line" ;;
		*) fail "5 MB of block quotes 50,000 deep: builds, or is refused with $f:line" "$out" ;;
		esac
		built=refused
	fi
	if [ $checked = $built ]; then ok "stagebureau check and build agree about 5 MB of block quotes ($built)"
	else fail "stagebureau check and build agree about 5 MB of block quotes" "check: $checked, build: $built"; fi
fi
rm -rf "$d" "$d.out"

########## SQL metacharacters in every text field of content files

d=$w/sql
cp -R "$fixture" "$d" && "$py" "$hp" sqlfiles "$d" && "$sb" -q init "$d.git" "$d" ||
	{ fail "a content repository with SQL metacharacters is made"; finish; exit 1; }
sqlbuild() { "$sb" -q -r "$d.git" -d "$d.db" -t "$top/theme" -o "$d.out" --today $today build; }
check "SQL metacharacters in every text field of vacancies and organisations: the site builds" sqlbuild
relay sqlpages "$d.out"
check "SQL metacharacters: check passes, and the index equals a fresh one" "$sb" -q -r "$d.git" -d "$d.db" check
# In a reference or vocabulary field they are an unknown value: path:line,
# nothing published, and the repository builds again afterwards.
g clone -q "$d.git" "$d.work"
sums() { (cd "$d.out" && find . -type f | sort | xargs sha1sum); }
for field in organisatie plaats sectoren soort status; do
	before=$(sums)
	f=$("$py" "$hp" badref $field "$d.work") &&
		g -C "$d.work" add -A && g -C "$d.work" commit -qm "SQL in $field" && g -C "$d.work" push -q origin HEAD:main ||
		{ fail "SQL payload in '$field': commit"; continue; }
	if out=$(sqlbuild 2>&1); then
		fail "SQL payload in '$field': the build must fail" "$out"
	else
		case $out in
		*"$f:"[0-9]*": "*) ok "SQL payload in '$field': refused with $f:line" ;;
		*) fail "SQL payload in '$field': refused with $f:line" "$out" ;;
		esac
		if [ "$(sums)" = "$before" ]; then ok "SQL payload in '$field': site unchanged"; else fail "SQL payload in '$field': site unchanged"; fi
	fi
	g -C "$d.work" reset -q --hard HEAD~1 && g -C "$d.work" push -q -f origin HEAD:main
done
check "after the refused payloads the site builds again" sqlbuild
check "after the refused payloads check passes" "$sb" -q -r "$d.git" -d "$d.db" check
rm -rf "$d" "$d.work" "$d.out"

########## The admin, through lighttpd and FastCGI

repo=$w/repo
SOURCE_DATE_EPOCH=1795000000 "$sb" -q init "$repo" "$fixture" &&
"$sb" -q -r "$repo" -d "$w/db" -t "$top/theme" -o "$w/public" --today "$today" build ||
	{ fail "fixture site builds"; finish; exit 1; }
printf '%s\n' bea-wachtwoord-1 | "$sb" -d "$w/db" user add bea --role beheerder --email bea@example.nl --naam 'Bea Beheer' &&
printf '%s\n' mia-wachtwoord-1 | "$sb" -d "$w/db" user add mia --role makelaar --email mia@example.nl --naam 'Mia Makelaar' ||
	{ fail "accounts are made"; finish; exit 1; }

port=$(free_port $((20000 + ($$ + 13000) % 20000)))
base=http://127.0.0.1:$port
lighttpd_conf "$w/lighttpd.conf" ROOT="$w/public" PORT="$port" STATE="$w" ADMIN="$w/stagebureau-admin" \
	REPO="$repo" DB="$w/db" THEME="$top/theme" TODAY="$today" || { fail "the lighttpd configuration renders"; finish; exit 1; }
lighttpd_start "$w/lighttpd.conf" "$base/beheer/inloggen" "$w/lighttpd.out" ||
	{ fail "lighttpd and the admin answer on port $port" "$(tail -5 "$w/lighttpd-error.log" 2>/dev/null)"; finish; exit 1; }

relay admin "$base" "$w" "$repo" "$w/db"

lighttpd_stop
if cat "$w/lighttpd-error.log" "$w/lighttpd.out" 2>/dev/null | grep -qi "signal\|segfault\|abort\|sanitizer"; then
	fail "the admin logged no crash" "$(cat "$w/lighttpd-error.log" "$w/lighttpd.out" |
		grep -i "signal\|segfault\|abort\|sanitizer" | head -5)"
else
	ok "the admin logged no crash"
fi
check "after all that, check passes: the index equals a fresh one" "$sb" -q -r "$repo" -d "$w/db" check
check "after all that, git fsck finds the content repository whole" git -C "$repo" fsck --no-progress
finish
