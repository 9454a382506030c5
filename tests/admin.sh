#!/bin/sh
# End-to-end tests of the admin (stagebureau-admin) as people use it: the
# real lighttpd on a loopback port serves the public site and runs the
# admin over FastCGI under /beheer/, against a fresh content repository
# made from tests/fixture/site; curl is the browser. Every change must be
# exactly one commit in that repository, by the account that made it,
# and must reach the public folder; everything refused must leave the
# repository as it was. Ends with the browser test (tests/browser/admin.mjs).
set -u
. "$(dirname "$0")/lib.sh"
w=$work
today=2026-11-23
repo=$w/repo
uploads=$top/tests/fixture/upload
started=$(date +%s)
code= loc= ctype= action=
# Python once through any shim (pyenv's adds 0.3 s a call), then directly.
py=$(python3 -c 'import sys; print(sys.executable)') || { fail "python3 runs"; finish; exit 1; }

# Copies of the programs: a rebuild (or a stray pkill of build/) during
# the run must not change or stop what is under test.
case ${BUILD:-build} in /*) bin=$BUILD ;; *) bin=$top/${BUILD:-build} ;; esac
cp "$bin/stagebureau-admin" "$bin/stagebureau" "$w/" || { fail "copy the programs"; finish; exit 1; }
sb=$w/stagebureau
SOURCE_DATE_EPOCH=1795000000 "$sb" -q init "$repo" "$top/tests/fixture/site" &&
"$sb" -q -r "$repo" -d "$w/db" -t "$top/theme" -o "$w/public" --today "$today" build ||
	{ fail "fixture site builds"; finish; exit 1; }
adduser() { printf '%s\n' "$2" | "$sb" -d "$w/db" user add "$1" --role "$3" --email "$1@example.nl" --naam "$4" ${5:+--organisatie "$5"}; }
adduser mia 'mia-wachtwoord-1' makelaar 'Mia Makelaar' &&
adduser tom 'tom-wachtwoord-1' makelaar 'Tom Tweede' &&
adduser bea 'bea-wachtwoord-1' beheerder 'Bea Beheer' &&
adduser sam 'sam-wachtwoord-1' school 'Sam School' csg-testschool ||
	{ fail "accounts are made"; finish; exit 1; }
mia_id='Mia Makelaar <mia@example.nl>'

port=$(free_port $((20000 + ($$ + 7000) % 20000)))
base=http://127.0.0.1:$port
lighttpd_conf "$w/lighttpd.conf" ROOT="$w/public" PORT="$port" STATE="$w" ADMIN="$w/stagebureau-admin" \
	REPO="$repo" DB="$w/db" THEME="$top/theme" TODAY="$today" || { fail "the lighttpd configuration renders"; finish; exit 1; }
# Commits of the admin get real times (lighttpd_start leaves out SOURCE_DATE_EPOCH).
lighttpd_start "$w/lighttpd.conf" "$base/beheer/inloggen" ||
	{ fail "lighttpd and the admin answer on port $port" "$(tail -5 "$w/lighttpd-error.log" 2>/dev/null)"; finish; exit 1; }

# A form as a browser submits it: the successful controls of the page's
# main form (or of the form whose action contains --action), with changes.
cat > "$w/form.py" <<'EOF'
# form.py PAGE OUT URL [--action S] [--crlf] CHANGE...  CHANGE is one of
#   NAME=VALUE (replace every value; repeat for a list), NAME+=VALUE (add one),
#   -NAME (drop), file:FIELD:PATH:FILENAME (attach, multipart).
# Writes the body to OUT; prints its Content-Type and the form's action.
import sys, html.parser, urllib.parse, uuid


class Forms(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms, self.cur, self.select, self.textarea, self.option = [], None, None, None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == 'form':
            self.cur = {'action': a.get('action') or '', 'enctype': a.get('enctype') or '', 'fields': []}
            self.forms.append(self.cur)
        if self.cur is None:
            return
        if tag == 'input':
            t = (a.get('type') or 'text').lower()
            if 'name' not in a or t in ('submit', 'button', 'reset', 'image', 'file'):
                return
            if t in ('checkbox', 'radio') and 'checked' not in a:
                return
            self.cur['fields'].append([a['name'], a.get('value', 'on' if t in ('checkbox', 'radio') else '')])
        elif tag == 'select' and 'name' in a:
            self.select = {'name': a['name'], 'chosen': None, 'first': None}
        elif tag == 'option' and self.select is not None:
            self.option = [a.get('value'), '', 'selected' in a]
        elif tag == 'textarea' and 'name' in a:
            self.textarea = [a['name'], '']

    def handle_data(self, data):
        if self.option is not None:
            self.option[1] += data
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == 'option' and self.option is not None:
            value = self.option[0] if self.option[0] is not None else self.option[1].strip()
            if self.select['first'] is None:
                self.select['first'] = value
            if self.option[2]:
                self.select['chosen'] = value
            self.option = None
        elif tag == 'select' and self.select is not None:
            s = self.select
            v = s['chosen'] if s['chosen'] is not None else s['first']
            if v is not None:
                self.cur['fields'].append([s['name'], v])
            self.select = None
        elif tag == 'textarea' and self.textarea is not None:
            text = self.textarea[1]
            if text.startswith('\n'):	# the parser's newline after <textarea>
                text = text[1:]
            self.cur['fields'].append([self.textarea[0], text])
            self.textarea = None
        elif tag == 'form':
            self.cur = None


def main():
    page, out, url, args = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    action, crlf, changes = None, False, []
    while args:
        a = args.pop(0)
        if a == '--action':
            action = args.pop(0)
        elif a == '--crlf':
            crlf = True
        else:
            changes.append(a)
    p = Forms()
    with open(page, encoding='utf-8') as f:
        p.feed(f.read())
    for f in p.forms:
        f['url'] = urllib.parse.urljoin(url, f['action'] or url)
    forms = [f for f in p.forms if action is None or action in f['url']]
    if not forms:
        sys.exit('form.py: no form' + (' with action ' + action if action else '') + ' on ' + url)
    form = max(forms, key=lambda f: len(f['fields']))
    fields, files, replaced = form['fields'], [], set()
    for c in changes:
        if c.startswith('file:'):
            _, field, path, name = c.split(':', 3)
            files.append((field, path, name))
        elif c.startswith('-'):
            fields = [f for f in fields if f[0] != c[1:]]
        else:
            name, value = c.split('=', 1)
            if name.endswith('+'):
                fields.append([name[:-1], value])
                continue
            if name not in replaced:
                fields = [f for f in fields if f[0] != name]
                replaced.add(name)
            fields.append([name, value])
    # Browsers send the lines of a textarea with CRLF; --crlf does the same.
    if crlf:
        fields = [[n, v.replace('\r\n', '\n').replace('\n', '\r\n')] for n, v in fields]
    if files or 'multipart' in form['enctype']:
        boundary = '----sbtest' + uuid.uuid4().hex
        body = b''
        for name, value in fields:
            body += ('--%s\r\nContent-Disposition: form-data; name="%s"\r\n\r\n' % (boundary, name)).encode()
            body += value.encode() + b'\r\n'
        for field, path, name in files:
            with open(path, 'rb') as f:
                data = f.read()
            body += ('--%s\r\nContent-Disposition: form-data; name="%s"; filename="%s"\r\n'
                     'Content-Type: application/octet-stream\r\n\r\n' % (boundary, field, name)).encode()
            body += data + b'\r\n'
        body += ('--%s--\r\n' % boundary).encode()
        ctype = 'multipart/form-data; boundary=' + boundary
    else:
        body = urllib.parse.urlencode([tuple(f) for f in fields]).encode()
        ctype = 'application/x-www-form-urlencoded'
    with open(out, 'wb') as f:
        f.write(body)
    print(ctype)
    print(urllib.parse.urlsplit(form['url']).path)


main()
EOF

# HTTP with curl. Each person has a cookie jar ($w/jar.NAME); the last
# answer is in $code, $loc, $w/head.txt and $w/body.html.
get() {	# get JAR PATH [CURL-ARG...]
	_j=$1 _p=$2; shift 2
	code=$(curl -sS -o "$w/body.html" -D "$w/head.txt" -w '%{http_code}' -b "$w/jar.$_j" -c "$w/jar.$_j" \
		--max-time 30 "$@" "$base$_p") || code=000
	loc=$(sed -n 's/^[Ll]ocation: *//p' "$w/head.txt" | tr -d '\r')
}
post() {	# post JAR PATH CONTENT-TYPE BODY-FILE [CURL-ARG...]
	_j=$1 _p=$2 _t=$3 _b=$4; shift 4
	get "$_j" "$_p" -H "Content-Type: $_t" --data-binary "@$_b" "$@"
}
postf() {	# postf JAR PATH NAME=VALUE...: a urlencoded POST of exactly these fields
	_j=$1 _p=$2; shift 2
	"$py" -c 'import sys, urllib.parse
sys.stdout.write(urllib.parse.urlencode([tuple(a.split("=", 1)) for a in sys.argv[1:]]))' "$@" > "$w/post.body"
	post "$_j" "$_p" application/x-www-form-urlencoded "$w/post.body"
}
fill() {	# fill PAGE-FILE URL CHANGE...: $w/form.body, $ctype and $action
	_pf=$1 _pu=$2; shift 2
	_out=$("$py" "$w/form.py" "$_pf" "$w/form.body" "$_pu" "$@" 2>&1) || { printf '%s\n' "$_out" >&2; return 1; }
	ctype=$(printf '%s\n' "$_out" | sed -n 1p)
	action=$(printf '%s\n' "$_out" | sed -n 2p)
}
submit() {	# submit JAR PATH CHANGE...: loads PATH and posts its form, changed
	_sj=$1 _sp=$2; shift 2
	get "$_sj" "$_sp"
	cp "$w/body.html" "$w/page.html"
	if [ "$code" != 200 ]; then return; fi
	fill "$w/page.html" "$_sp" "$@" || { code=000; return; }
	post "$_sj" "$action" "$ctype" "$w/form.body"
}
csrf_of() {	# the CSRF token of JAR's session
	curl -s -b "$w/jar.$1" "$base/beheer/wachtwoord" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -1
}
cookie_of() {	# the value of cookie NAME in JAR
	awk -v n="$2" '$6 == n { v = $7 } END { print v }' "$w/jar.$1" 2>/dev/null
}
login() {	# login JAR NAME PASSWORD: the form, then its POST
	get "$1" /beheer/inloggen
	_t=$(sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' "$w/body.html" | head -1)
	postf "$1" /beheer/inloggen "csrf=$_t" "username=$2" "password=$3"
}

# Checks. expect NAME CONDITION passes when the shell code CONDITION does.
expect() {
	_n=$1; shift
	if eval "$*"; then ok "$_n"; else
		fail "$_n" "$(printf 'not true: %s\nlast answer: %s %s\n' "$*" "$code" "$loc"
			grep -E 'class="(veld-fout|melding)"|<p>' "$w/body.html" 2>/dev/null | head -6)"
	fi
}
head_id() { git -C "$repo" rev-parse HEAD; }
at_head() { git -C "$repo" show "HEAD:$1" 2>/dev/null; }
tree() { git -C "$repo" ls-tree -r --name-only HEAD; }
# committed NAME BEFORE AUTHOR MESSAGE: exactly one commit since BEFORE, by AUTHOR, with MESSAGE.
committed() {
	_c=$(git -C "$repo" rev-list --count "$2..HEAD")
	_a=$(git -C "$repo" log -1 --format='%an <%ae>')
	_m=$(git -C "$repo" log -1 --format=%s)
	if [ "$_c" = 1 ] && [ "$_a" = "$3" ] && [ "$_m" = "$4" ]; then ok "$1"; else
		fail "$1" "commits: $_c, author: $_a, message: $_m
want:    1, $3, $4
answer:  $code $loc"
	fi
}
unchanged() {	# unchanged NAME BEFORE: nothing was committed since BEFORE
	_u=$2
	expect "$1" '[ "$(head_id)" = "$_u" ]'
}
# The <div class="veld ..."> of the input with id ID in the last answer.
field_block() {
	awk -v id="id=\"$1\"" '/^ *<div class="veld/ { b = ""; on = 1 } on { b = b $0 "\n" }
		on && /^ *<\/div>/ { on = 0; if (index(b, id)) printf "%s", b }' "$w/body.html"
}
# The error message shown in the field's own block, which must be marked as wrong.
field_error() {
	field_block "$1" | awk 'NR == 1 && !/heeft-fout/ { exit 1 } /class="veld-fout"/ { found = 1 }
		END { exit !found }'
}
value_of() {	# value_of ID: the value attribute of the input with id ID
	sed -n "s/.*<input id=\"$1\" [^>]*value=\"\([^\"]*\)\".*/\1/p" "$w/body.html" | head -1
}

########## Logging in and out

get anon /beheer/inloggen
expect "login page: 200 with a username and a password field" \
	'[ "$code" = 200 ] && grep -q "name=\"username\"" "$w/body.html" && grep -q "type=\"password\"" "$w/body.html"'
expect "login page: a double-submit CSRF cookie" 'grep -qi "^set-cookie: sb_login=[A-Za-z0-9_-]\{20,\};.*HttpOnly" "$w/head.txt"'
t=$(sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' "$w/body.html" | head -1)
postf nocookie /beheer/inloggen "csrf=$t" username=mia password=mia-wachtwoord-1
expect "login: the form's token without its cookie (another browser) gets 403" '[ "$code" = 403 ]'
get anon /beheer/
expect "dashboard without a session redirects to the login page" '[ "$code" = 303 ] && [ "$loc" = /beheer/inloggen ]'

login mia mia mia-wachtwoord-1
expect "login with the right password: 303 to /beheer/" '[ "$code" = 303 ] && [ "$loc" = /beheer/ ]'
cookie=$(grep -i '^set-cookie: sb_sessie=' "$w/head.txt" | tr -d '\r')
expect "session cookie has HttpOnly, SameSite=Strict and Path=/beheer" \
	'case "$cookie" in *"; Path=/beheer;"*HttpOnly*SameSite=Strict*) true ;; *) false ;; esac'
expect "session cookie is a long random token and not persistent" \
	'printf "%s" "$cookie" | grep -q "sb_sessie=[A-Za-z0-9_-]\{40,\};" && ! printf "%s" "$cookie" | grep -qi "max-age\|expires"'
get mia /beheer/
expect "after login the dashboard answers 200 and names the account" \
	'[ "$code" = 200 ] && grep -q "Mia Makelaar" "$w/body.html"'

login x1 mia wrong-password-1
wrong=$(grep -A1 'fout-blok' "$w/body.html" | sed -n 's/.*<p>\(.*\)<\/p>.*/\1/p')
wrong_code=$code
login x2 nobody-here wrong-password-1
unknown=$(grep -A1 'fout-blok' "$w/body.html" | sed -n 's/.*<p>\(.*\)<\/p>.*/\1/p')
expect "wrong password: 422 with a message" '[ "$wrong_code" = 422 ] && [ -n "$wrong" ]'
expect "unknown user: 422 with the same message as a wrong password" '[ "$code" = 422 ] && [ "$unknown" = "$wrong" ]'
expect "a failed login starts no session" '! grep -qi "^set-cookie: sb_sessie=[^;]" "$w/head.txt"'

for i in 1 2 3 4 5; do login x3 tom "wrong-password-$i"; done
login x3 tom tom-wachtwoord-1
expect "throttling: after 5 wrong passwords the right one gets 429" '[ "$code" = 429 ] && ! grep -qi "^set-cookie: sb_sessie=[^;]" "$w/head.txt"'
login x4 mia mia-wachtwoord-1
expect "throttling is per account: another account still logs in" '[ "$code" = 303 ]'

# Logout ends the session on the server: the old cookie opens nothing.
login out mia mia-wachtwoord-1
old=$(cookie_of out sb_sessie)
postf out /beheer/uitloggen "csrf=$(csrf_of out)"
expect "logout: POST with csrf answers 303 to the login page" '[ "$code" = 303 ] && [ "$loc" = /beheer/inloggen ]'
code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: sb_sessie=$old" "$base/beheer/")
expect "logout: the old session cookie no longer opens the admin" '[ "$code" = 303 ]'

# No fixation: a cookie set before login (planted, or an earlier session) is replaced.
printf '127.0.0.1\tFALSE\t/beheer\tFALSE\t0\tsb_sessie\tplanted-by-someone-else-0123456789abcdefghij\n' > "$w/jar.fix"
login fix mia mia-wachtwoord-1
new=$(cookie_of fix sb_sessie)
expect "fixation: a planted session cookie is replaced at login" \
	'[ "$code" = 303 ] && [ -n "$new" ] && [ "$new" != planted-by-someone-else-0123456789abcdefghij ]'
login fix mia mia-wachtwoord-1
newer=$(cookie_of fix sb_sessie)
code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: sb_sessie=$new" "$base/beheer/")
expect "fixation: logging in again gives a new session and ends the earlier one" \
	'[ -n "$newer" ] && [ "$newer" != "$new" ] && [ "$code" = 303 ]'

########## Security headers and CSRF

for page in /beheer/inloggen /beheer/ /beheer/vacatures/ /beheer/bestaat/niet/hier/ja /beheer/accounts; do
	get mia "$page"
	expect "headers of $page ($code): CSP frame-ancestors 'none', nosniff, Referrer-Policy, no-store" \
		'grep -qi "^content-security-policy:.*frame-ancestors '"'none'"'" "$w/head.txt" &&
		 grep -qi "^x-content-type-options: nosniff" "$w/head.txt" &&
		 grep -qi "^referrer-policy: [a-z-]" "$w/head.txt" && grep -qi "^cache-control: no-store" "$w/head.txt"'
done

get anon /beheer/vacatures/
expect "headers of a redirect (303): CSP frame-ancestors 'none', nosniff, Referrer-Policy, no-store" \
	'[ "$code" = 303 ] && grep -qi "^content-security-policy:.*frame-ancestors '"'none'"'" "$w/head.txt" &&
	 grep -qi "^x-content-type-options: nosniff" "$w/head.txt" && grep -qi "^cache-control: no-store" "$w/head.txt"'

v=/beheer/vacatures/helpende-zorg-1/
before=$(head_id)
get mia "$v"
cp "$w/body.html" "$w/page.html"
fill "$w/page.html" "$v" titel=Gekaapt -csrf
post mia "$v" "$ctype" "$w/form.body"
expect "CSRF: a POST without csrf gets 403" '[ "$code" = 403 ]'
fill "$w/page.html" "$v" titel=Gekaapt csrf=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
post mia "$v" "$ctype" "$w/form.body"
expect "CSRF: a POST with a wrong csrf gets 403" '[ "$code" = 403 ]'
fill "$w/page.html" "$v" titel=Gekaapt
post x1 "$v" "$ctype" "$w/form.body"
expect "CSRF: a POST with the form's csrf but another browser's cookies is refused" '[ "$code" = 303 ] && [ "$loc" = /beheer/inloggen ]'
postf fix /beheer/uitloggen
expect "CSRF: logout without csrf gets 403 and the session lives on" \
	'[ "$code" = 403 ] && [ "$(curl -s -o /dev/null -w "%{http_code}" -b "$w/jar.fix" "$base/beheer/")" = 200 ]'
unchanged "CSRF: refused POSTs commit nothing" "$before"
expect "CSRF: refused POSTs leave the public page as it was" '! grep -q Gekaapt "$w/public/vacatures/helpende-zorg-1/index.html"'

########## Create, edit and delete every kind of entry

# crud SEGMENT KIND TITLE URL-SLUG PUBLIC-PATH EDIT MESSAGE-TAIL PUBLIC-TEXT NEW-FIELD...
crud() {
	seg=$1 kind=$2 title=$3 slug=$4 pub=$5 edit=$6 emsg=$7 etext=$8
	shift 8
	before=$(head_id)
	submit mia "/beheer/$seg/nieuw" "$@"
	expect "$seg: create answers 303 to its edit form, saying how long publishing took" \
		'case "$loc" in "/beheer/$seg/$slug/?opgeslagen="*"&tijd="[0-9]*) true ;; *) false ;; esac'
	committed "$seg: create is one commit by the broker: $kind '$title' toegevoegd" "$before" "$mia_id" \
		"$kind '$title' toegevoegd"
	expect "$seg: create publishes $pub" 'grep -qF "$title" "$w/public${pub}index.html"'
	get mia "$loc"
	expect "$seg: the edit form confirms the save and links the live page" \
		'[ "$code" = 200 ] && grep -q "gelukt-blok" "$w/body.html" && grep -qF "href=\"$pub\"" "$w/body.html"'

	before=$(head_id)
	submit mia "/beheer/$seg/$slug/" "$edit"
	expect "$seg: edit answers 303 with tijd=" 'case "$loc" in *"&tijd="[0-9]*) true ;; *) false ;; esac'
	committed "$seg: edit is one commit: $kind '$title': $emsg" "$before" "$mia_id" "$kind '$title': $emsg"
	expect "$seg: edit updates $pub" 'grep -qF "$etext" "$w/public${pub}index.html"'

	before=$(head_id)
	submit mia "/beheer/$seg/$slug/verwijderen" --action verwijderen
	expect "$seg: delete answers 303 to the list" '[ "$code" = 303 ] && [ "$loc" = "/beheer/$seg/?verwijderd=1" ]'
	committed "$seg: delete is one commit: $kind '$title' verwijderd" "$before" "$mia_id" "$kind '$title' verwijderd"
	expect "$seg: delete removes $pub and the file" \
		'[ ! -e "$w/public${pub}index.html" ] && git -C "$repo" diff --name-status HEAD~1 HEAD | grep -q "^D"'
}

crud vacatures Vacature 'Kapper in Meppel' kapper-in-meppel /vacatures/kapper-in-meppel/ status=vol 'status open → vol' \
	'badge-vol' \
	titel='Kapper in Meppel' organisatie=de-horizon plaats=meppel sectoren=techniek niveaus=vmbo-bb niveaus+=havo \
	soort=snuffelstage periode.van=2027-01-04 plaatsen=2 reageren.via=school status=open geplaatst=2026-11-20 \
	geldig_tot=2027-03-01 'tekst=Je leert **knippen**.'
crud organisaties Organisatie 'Bakkerij De Korenschoof' bakkerij-de-korenschoof /organisaties/bakkerij-de-korenschoof/ \
	website=https://korenschoof.example.nl 'website – → https://korenschoof.example.nl' 'https://korenschoof.example.nl' \
	naam='Bakkerij De Korenschoof' type=bedrijf plaats=nijeveen rollen=stagebieder contactpersonen.0.naam='Jan Bakker' \
	contactpersonen.0.email=jan@example.nl 'tekst=Een bakkerij.'
crud evenementen Evenement 'Stagemarkt Hoogeveen' stagemarkt-hoogeveen /evenementen/stagemarkt-hoogeveen/ \
	'locatie=Raadhuis, Hoogeveen' 'locatie De Tamboer, Hoogeveen → Raadhuis, Hoogeveen' 'Raadhuis, Hoogeveen' \
	titel='Stagemarkt Hoogeveen' soort=stagemarkt begin=2027-02-10T15:00 eind=2027-02-10T18:00 \
	'locatie=De Tamboer, Hoogeveen' plaats=hoogeveen 'tekst=Kom kijken.'
crud materialen Materiaal 'Checklist stagebezoek' checklist-stagebezoek /materialen/checklist-stagebezoek/ \
	'licentie=CC BY-SA 4.0' 'licentie – → CC BY-SA 4.0' 'CC BY-SA 4.0' \
	titel='Checklist stagebezoek' soort=brief-aan-bedrijven eigenaar=csg-testschool doelgroep=scholen 'tekst=Een lijst.'
crud handboeken Handboek 'Handboek voor scholen' handboek-voor-scholen /handboeken/handboek-voor-scholen/ \
	'tekst=Alles voor **scholen**, bijgewerkt.' 'tekst gewijzigd' 'bijgewerkt' \
	titel='Handboek voor scholen' 'samenvatting=Voor mentoren.' volgorde=2 'tekst=Alles voor scholen.'
crud hoofdstukken Hoofdstuk 'Na je stage' leerlingen.na-je-stage /handboeken/leerlingen/na-je-stage/ \
	'tekst=Schrijf een verslag, en bedank je begeleider.' 'tekst gewijzigd' 'bedank je begeleider' \
	boek=leerlingen titel='Na je stage' volgorde=3 'tekst=Schrijf een verslag.'
crud tips Tip 'Op tijd komen' op-tijd-komen /tips/op-tijd-komen/ \
	'samenvatting=Vijf minuten te vroeg.' 'samenvatting Wees er op tijd. → Vijf minuten te vroeg.' 'Vijf minuten te vroeg.' \
	titel='Op tijd komen' 'samenvatting=Wees er op tijd.' volgorde=3 'tekst=Zet een wekker.'
crud paginas Pagina 'Werkwijze' werkwijze /werkwijze/ \
	'tekst=Zo werken wij, stap voor stap.' 'tekst gewijzigd' 'stap voor stap' \
	titel=Werkwijze 'tekst=Zo werken wij.'

before=$(head_id)
submit mia /beheer/organisaties/de-horizon/verwijderen --action verwijderen
expect "delete of an organisation that vacancies name is refused with 409" \
	'[ "$code" = 409 ] && grep -q "vacatures/" "$w/body.html"'
get mia /beheer/organisaties/de-horizon/verwijderen
fill "$w/body.html" /beheer/organisaties/de-horizon/verwijderen csrf="$(csrf_of mia)" rev=x
post mia /beheer/organisaties/de-horizon/verwijderen "$ctype" "$w/form.body"
expect "a forced POST to delete that organisation is refused with 409 too" '[ "$code" = 409 ]'
unchanged "the refused delete commits nothing" "$before"
expect "the refused delete keeps the organisation's page" '[ -f "$w/public/organisaties/de-horizon/index.html" ]'

########## Validation: 422, the problem beside its field, every value kept

v=/beheer/vacatures/helpende-zorg-2/
before=$(head_id)
submit mia "$v" status=bogus periode.van=2026-02-31 titel= 'adres=Kerkstraat 5 & "zo"' \
	'periode.omschrijving=Elke woensdag' interesses='dieren, buiten' uren_per_week=12 'tekst=Mijn eigen tekst <b>blijft</b>.'
expect "validation: a bad status, date and empty title answer 422" '[ "$code" = 422 ]'
expect "validation: the status problem is shown in the status field's block" 'field_error f-status'
expect "validation: the date problem is shown in the periode.van field's block" 'field_error f-periode-van'
expect "validation: the empty title is named in the title field's block" 'field_error f-titel'
expect "validation: the bad date is kept" '[ "$(value_of f-periode-van)" = 2026-02-31 ]'
expect "validation: the kept bad date is a text input, so that a browser shows it" \
	'grep -q "<input id=\"f-periode-van\" name=\"periode.van\" type=\"text\"" "$w/body.html"'
expect "validation: the messages beside the fields are Dutch" \
	'field_block f-titel | grep -q "Vul dit veld in." &&
	field_block f-periode-van | grep -q "Vul een bestaande datum in"'
expect "validation: no English developer message reaches the form" \
	'! grep -Eq "is missing|must be|see stagebureau|lies before" "$w/body.html"'
expect "validation: a typed address is kept (escaped)" \
	'[ "$(value_of f-adres)" = "Kerkstraat 5 &amp; &quot;zo&quot;" ]'
expect "validation: other typed values are kept" '[ "$(value_of f-periode-omschrijving)" = "Elke woensdag" ] &&
	[ "$(value_of f-interesses)" = "dieren, buiten" ] && [ "$(value_of f-uren_per_week)" = 12 ]'
expect "validation: the text is kept" 'grep -qF "Mijn eigen tekst &lt;b&gt;blijft&lt;/b&gt;." "$w/body.html"'
expect "validation: the form still carries its revision" 'grep -q "name=\"rev\" value=\"[0-9a-f]\{40\}\"" "$w/body.html"'
unchanged "validation: nothing is committed" "$before"
submit mia /beheer/vacatures/nieuw titel='Zonder organisatie' plaats=meppel sectoren=techniek niveaus=havo \
	soort=snuffelstage periode.van=2027-01-04 plaatsen=0 reageren.via=school status=open geplaatst=2026-11-20 \
	geldig_tot=2027-03-01 slug='Niet Goed!'
expect "validation (new): a bad slug answers 422 and keeps it" \
	'[ "$code" = 422 ] && grep -q "class=\"veld heeft-fout\"" "$w/body.html" && [ "$(value_of f-slug)" = "Niet Goed!" ]'
submit mia /beheer/vacatures/nieuw titel='Zonder organisatie' plaats=meppel sectoren=techniek niveaus=havo \
	soort=snuffelstage periode.van=2027-01-04 plaatsen=0 reageren.via=school status=open geplaatst=2026-11-20 \
	geldig_tot=2027-03-01
expect "validation (new): a missing organisation and 0 places answer 422 beside those fields" \
	'[ "$code" = 422 ] && field_error f-organisatie && field_error f-plaatsen && [ "$(value_of f-titel)" = "Zonder organisatie" ]'
expect "validation (new): the places message names the allowed range in Dutch" \
	'field_block f-plaatsen | grep -q "Vul een heel getal in van 1 tot en met"'
submit mia /beheer/vacatures/nieuw titel='Veel plekken' organisatie=de-horizon plaats=meppel sectoren=techniek \
	niveaus=havo soort=snuffelstage periode.van=2027-01-04 plaatsen=veel reageren.via=school status=open \
	geplaatst=2026-11-20 geldig_tot=2027-03-01
expect "validation (new): a typed word in a number field is kept and shown as text" \
	'[ "$code" = 422 ] && [ "$(value_of f-plaatsen)" = veel ] &&
	grep -q "<input id=\"f-plaatsen\" name=\"plaatsen\" type=\"text\"" "$w/body.html"'
submit mia /beheer/vacatures/nieuw titel='Helpende zorg 1' slug=helpende-zorg-1 organisatie=de-horizon plaats=meppel \
	sectoren=techniek niveaus=havo soort=snuffelstage periode.van=2027-01-04 plaatsen=1 reageren.via=school \
	status=open geplaatst=2026-11-20 geldig_tot=2027-03-01
expect "validation (new): a slug in use answers 422 beside the slug" \
	'[ "$code" = 422 ] && grep -q "f-slug-fout" "$w/body.html"'
unchanged "validation (new): nothing is committed" "$before"

# A preview renders the text as the site will, escapes what is not Markdown, and saves nothing.
submit mia /beheer/vacatures/helpende-zorg-2/ voorbeeld=1 'tekst=Een **vette** zin <script>alert(1)</script>'
expect "preview: 200 with the rendered text" '[ "$code" = 200 ] && grep -q "<strong>vette</strong>" "$w/body.html"'
expect "preview: a script in the text is not passed on" '! grep -q "<script>alert" "$w/body.html"'
unchanged "preview: nothing is committed" "$before"

########## Browsers send textareas with CRLF: the file keeps its LF lines

v=/beheer/vacatures/helpende-zorg-3/
before=$(head_id)
get mia "$v"
cp "$w/body.html" "$w/page.html"
fill "$w/page.html" "$v" --crlf status=vol
post mia "$v" "$ctype" "$w/form.body"
expect "CRLF: a browser's save answers 303" '[ "$code" = 303 ]'
expect "CRLF: the committed file has no carriage returns" '! at_head vacatures/9/r/helpende-zorg-3.md | grep -q "$(printf "\r")"'
committed "CRLF: a browser's status change reads: Vacature 'Helpende zorg 3': status open → vol" "$before" \
	"$mia_id" "Vacature 'Helpende zorg 3': status open → vol"

########## Conflict: two forms of one revision

v=/beheer/vacatures/helpende-zorg-4/
get mia "$v"; cp "$w/body.html" "$w/first.html"
get mia "$v"; cp "$w/body.html" "$w/second.html"
rev1=$(sed -n 's/.*name="rev" value="\([^"]*\)".*/\1/p' "$w/first.html")
rev2=$(sed -n 's/.*name="rev" value="\([^"]*\)".*/\1/p' "$w/second.html")
fill "$w/first.html" "$v" 'begeleiding=Eerste versie van de begeleiding'
post mia "$v" "$ctype" "$w/form.body"
first_code=$code
before=$(head_id)
fill "$w/second.html" "$v" 'begeleiding=Tweede versie, van een collega'
post mia "$v" "$ctype" "$w/form.body"
expect "conflict: both forms carry the same revision, the first saves" '[ -n "$rev1" ] && [ "$rev1" = "$rev2" ] && [ "$first_code" = 303 ]'
expect "conflict: the second save answers 409" '[ "$code" = 409 ]'
expect "conflict: the page shows both versions" \
	'grep -q "Eerste versie van de begeleiding" "$w/body.html" && grep -q "Tweede versie, van een collega" "$w/body.html"'
unchanged "conflict: nothing is committed" "$before"
expect "conflict: the first save is still in the file at HEAD" \
	'at_head vacatures/s/7/helpende-zorg-4.md | grep -q "^begeleiding: Eerste versie van de begeleiding"'

########## History, diff and revert

v=/beheer/vacatures/helpende-zorg-5/
p=vacatures/f/k/helpende-zorg-5.md
c0=$(head_id)
submit mia "$v" plaatsen=4
c1=$(head_id)
submit mia "$v" status=vol
c2=$(head_id)
get mia "${v}geschiedenis"
line_of() { grep -n -m1 -F "$1" "$w/body.html" | cut -d: -f1; }
expect "history: lists the entry's commits, newest first" \
	'[ "$code" = 200 ] && l1=$(line_of "status open → vol") && l2=$(line_of "plaatsen 1 → 4") &&
	 l3=$(line_of "Begin van de inhoud") && [ -n "$l1" ] && [ -n "$l2" ] && [ -n "$l3" ] && [ "$l1" -lt "$l2" ] && [ "$l2" -lt "$l3" ]'
expect "history: does not list commits of other entries" '! grep -q "Helpende zorg 4" "$w/body.html"'
get mia "${v}verschil?van=$c1&naar=$c2"
expect "diff: shows the changed line" '[ "$code" = 200 ] && grep -q "class=\"eraf\".*<code>status: open</code>" "$w/body.html" &&
	grep -q "class=\"erbij\".*<code>status: vol</code>" "$w/body.html"'
get mia "${v}verschil?van=$c1&naar=../../etc"
expect "diff: a bad revision answers 404" '[ "$code" = 404 ]'
get mia "${v}geschiedenis"
cp "$w/body.html" "$w/page.html"
before=$(head_id)
fill "$w/page.html" "${v}geschiedenis" --action terugzetten naar="$c0"
post mia "$action" "$ctype" "$w/form.body"
expect "revert: answers 303 to the edit form" 'case "$loc" in "$v?opgeslagen="*) true ;; *) false ;; esac'
committed "revert: one new commit" "$before" "$mia_id" "Vacature 'Helpende zorg 5' teruggezet naar versie $(printf %.10s "$c0")"
expect "revert: the file is the old version again" '[ "$(at_head "$p")" = "$(git -C "$repo" show "$c0:$p")" ]'
expect "revert: the public page shows the old status" 'grep -q "badge-open" "$w/public/vacatures/helpende-zorg-5/index.html"'
before=$(head_id)
post mia "$action" "$ctype" "$w/form.body"
expect "revert: with a stale revision it answers 409 and commits nothing" '[ "$code" = 409 ] && [ "$(head_id)" = "$before" ]'

########## "Nog actueel" from the dashboard

get mia /beheer/
cp "$w/body.html" "$w/page.html"
expect "dashboard: helpende-zorg-6 is listed as not checked for six months" 'grep -q "/beheer/vacatures/helpende-zorg-6/actueel" "$w/page.html"'
before=$(head_id)
fill "$w/page.html" /beheer/ --action helpende-zorg-6/actueel
post mia "$action" "$ctype" "$w/form.body"
expect "nog actueel: answers 303 back to the dashboard" '[ "$code" = 303 ] && [ "$loc" = "/beheer/?actueel=helpende-zorg-6" ]'
expect "nog actueel: geverifieerd is today in the file" 'at_head vacatures/2/1/helpende-zorg-6.md | grep -qx "geverifieerd: $today"'
committed "nog actueel: one commit" "$before" "$mia_id" "Vacature 'Helpende zorg 6': geverifieerd – → $today"
get mia /beheer/
expect "nog actueel: the vacancy leaves the list" '! grep -q "helpende-zorg-6/actueel" "$w/body.html"'

########## Uploads of a material

m=/beheer/materialen/folder-de-horizon/
submit mia /beheer/materialen/nieuw titel='Folder De Horizon' soort=brief-aan-bedrijven eigenaar=de-horizon
expect "uploads: a material of De Horizon is made" '[ "$code" = 303 ]'
before=$(head_id)
submit mia "$m" "file:upload:$uploads/klein.pdf:klein.pdf"
expect "uploads: a real PDF is accepted" '[ "$code" = 303 ]'
committed "uploads: the PDF and the material are one commit" "$before" "$mia_id" "Materiaal 'Folder De Horizon': bestanden gewijzigd"
expect "uploads: the PDF is in materialen/folder-de-horizon/ in the repository" \
	'tree | grep -qx materialen/folder-de-horizon/klein.pdf && git -C "$repo" show HEAD:materialen/folder-de-horizon/klein.pdf | cmp -s - "$uploads/klein.pdf"'
expect "uploads: the PDF is published under /materialen/folder-de-horizon/" \
	'cmp -s "$w/public/materialen/folder-de-horizon/klein.pdf" "$uploads/klein.pdf" &&
	 grep -q "href=\"[^\"]*klein.pdf\"" "$w/public/materialen/folder-de-horizon/index.html"'
expect "uploads: lighttpd serves it as application/pdf" \
	'[ "$(curl -s -o /dev/null -w "%{content_type}" "$base/materialen/folder-de-horizon/klein.pdf")" = application/pdf ]'
get mia "$m"
expect "uploads: the PDF is in the form's file list" '[ "$(value_of f-bestanden-0-naam)" = klein.pdf ]'
before=$(head_id)
submit mia "$m" "file:upload:$uploads/tekst.pdf:brief.pdf"
expect "uploads: a .pdf that is text is refused with 422, beside the upload" \
	'[ "$code" = 422 ] && grep -q "class=\"veld-fout\"" "$w/body.html"'
unchanged "uploads: the refused file commits nothing" "$before"
for name in '../../etc/passwd.pdf' '.htaccess' '..pdf' '"quoted" name.pdf' '%22quoted%22.pdf' 'spa ce.pdf' \
	'ünïcødé.pdf' 'a\\..\\..\\b.pdf' '.verborgen.pdf' "$(printf 'nl\nkop.pdf')"; do
	submit mia "$m" "file:upload:$uploads/klein.pdf:$name"
	case $code in 303|400|422) ;; *) fail "uploads: hostile name '$name' answers 303, 400 or 422" "$code" ;; esac
done
git -C "$repo" diff --name-only "$before" HEAD > "$w/added"
bad=$(grep -v '^materialen/folder-de-horizon\(\.md\|/[a-z0-9][a-z0-9._-]*\)$' "$w/added"; tree | grep '^\.\|/\.')
expect "uploads: hostile names make no path outside materialen/folder-de-horizon/ and no dot file" \
	'[ -s "$w/added" ] && [ -z "$bad" ]'
expect "uploads: hostile names leave nothing outside the public folder either" \
	'[ ! -e "$w/etc" ] && [ ! -e "$w/public/etc" ] && [ -z "$(find "$w/public" -name ".*" -o -name "*passwd*" | grep -v "folder-de-horizon/passwd.pdf")" ]'
head -c $((12 * 1024 * 1024 + 4096)) /dev/zero > "$w/groot.pdf"
printf '%%PDF-1.4\n' | dd of="$w/groot.pdf" conv=notrunc 2>/dev/null
before=$(head_id)
submit mia "$m" "file:upload:$w/groot.pdf:groot.pdf"
expect "uploads: a body over 12 MB gets 413" '[ "$code" = 413 ]'
head -c $((11 * 1024 * 1024)) /dev/zero > "$w/groot.pdf"
printf '%%PDF-1.4\n' | dd of="$w/groot.pdf" conv=notrunc 2>/dev/null
submit mia "$m" "file:upload:$w/groot.pdf:groot.pdf"
expect "uploads: a file over 10 MB in a smaller body gets 422" '[ "$code" = 422 ]'
unchanged "uploads: the too large files commit nothing" "$before"

########## What each role may do

login sam sam sam-wachtwoord-1
get sam /beheer/
expect "school: the dashboard sends a school to its materials" '[ "$code" = 303 ] && [ "$loc" = /beheer/materialen/ ]'
get sam /beheer/materialen/
expect "school: the list shows its own material only" \
	'[ "$code" = 200 ] && grep -q "Modelbrief aan bedrijven" "$w/body.html" && ! grep -q "Folder De Horizon" "$w/body.html"'
for page in /beheer/vacatures/ /beheer/vacatures/helpende-zorg-1/ /beheer/vacatures/nieuw /beheer/materialen/folder-de-horizon/ \
	/beheer/accounts /beheer/organisaties/ /beheer/import /beheer/vocabulaires/sectoren; do
	get sam "$page"
	expect "school: $page gets 403" '[ "$code" = 403 ]'
done
get sam /beheer/export/vacatures.csv
expect "school: no CSV export" '[ "$code" = 403 ] || [ "$code" = 404 ]'
before=$(head_id)
get mia /beheer/materialen/folder-de-horizon/
fill "$w/body.html" /beheer/materialen/folder-de-horizon/ csrf="$(csrf_of sam)" titel='Van de school'
post sam /beheer/materialen/folder-de-horizon/ "$ctype" "$w/form.body"
expect "school: a POST to another school's material gets 403" '[ "$code" = 403 ]'
postf sam /beheer/vacatures/helpende-zorg-1/actueel "csrf=$(csrf_of sam)"
expect "school: nog actueel on a vacancy gets 403" '[ "$code" = 403 ]'
unchanged "school: refused requests commit nothing" "$before"
submit sam /beheer/materialen/modelbrief/ 'licentie=CC0'
committed "school: edits its own material" "$before" 'Sam School <sam@example.nl>' "Materiaal 'Modelbrief aan bedrijven': licentie CC BY 4.0 → CC0"
before=$(head_id)
submit sam /beheer/materialen/nieuw titel='Rooster stageweek' soort=brief-aan-bedrijven eigenaar=de-horizon
expect "school: a new material is always its own" \
	'[ "$code" = 303 ] && at_head materialen/rooster-stageweek.md | grep -qx "eigenaar: csg-testschool"'

before=$(head_id)
submit mia /beheer/materialen/folder-de-horizon/verwijderen --action verwijderen
committed "uploads: deleting a material with attachments is one commit" "$before" "$mia_id" \
	"Materiaal 'Folder De Horizon' verwijderd"
expect "uploads: the deleted material's public folder is gone" '[ ! -e "$w/public/materialen/folder-de-horizon" ]'
expect "uploads: the deleted material's attachments leave the repository with it" \
	'! tree | grep -q "^materialen/folder-de-horizon/"'

for page in /beheer/accounts /beheer/vocabulaires/sectoren; do
	get mia "$page"
	expect "makelaar: $page gets 403" '[ "$code" = 403 ]'
done
before=$(head_id)
postf mia /beheer/vocabulaires/sectoren "csrf=$(csrf_of mia)" "inhoud=- {slug: x, naam: X}"
expect "makelaar: a POST to a vocabulary gets 403 and commits nothing" '[ "$code" = 403 ] && [ "$(head_id)" = "$before" ]'

login bea bea bea-wachtwoord-1
get bea /beheer/accounts
expect "beheerder: sees the accounts" '[ "$code" = 200 ] && grep -q "<td>mia</td>" "$w/body.html"'
submit bea /beheer/accounts naam=nina volledige_naam='Nina Nieuw' email=nina@example.nl rol=makelaar \
	wachtwoord=nina-wachtwoord-1 organisatie=
expect "beheerder: adds an account" '[ "$code" = 200 ] && grep -q "gelukt-blok" "$w/body.html" && grep -q "<td>nina</td>" "$w/body.html"'
login nina nina nina-wachtwoord-1
expect "beheerder: the new account can log in" '[ "$code" = 303 ] && [ "$loc" = /beheer/ ]'
before=$(head_id)
{ at_head vocabularies/sectoren.yaml; printf -- '- slug: ict\n  naam: ICT\n'; } > "$w/sectoren.yaml"
submit bea /beheer/vocabulaires/sectoren --crlf "inhoud=$(cat "$w/sectoren.yaml")"
expect "beheerder: edits a vocabulary" '[ "$code" = 200 ] && grep -q "gelukt-blok" "$w/body.html"'
committed "beheerder: the vocabulary change is one commit" "$before" 'Bea Beheer <bea@example.nl>' \
	'Vocabulaire gewijzigd: sectoren'
expect "beheerder: the vocabulary a browser sent (CRLF lines) is stored with LF lines" \
	'! at_head vocabularies/sectoren.yaml | grep -q "$(printf "\r")"'
expect "beheerder: the new sector is offered in the vacancy form" \
	'get mia /beheer/vacatures/helpende-zorg-1/; grep -q "value=\"ict\"" "$w/body.html"'
before=$(head_id)
at_head vocabularies/sectoren.yaml | awk '/^- slug: techniek/ { skip = 1; next } /^- / { skip = 0 } !skip' > "$w/sectoren.yaml"
submit bea /beheer/vocabulaires/sectoren "inhoud=$(cat "$w/sectoren.yaml")"
expect "beheerder: removing a sector in use is refused with 422, naming a file" \
	'[ "$code" = 422 ] && grep -q "fietsenmaker-hoogeveen.md" "$w/body.html"'
unchanged "beheerder: the refused vocabulary commits nothing" "$before"
expect "beheerder: the refused vocabulary keeps what was typed" '! grep -q "slug: techniek" "$w/body.html"'

########## CSV export and import

get mia /beheer/export/vacatures.csv
expect "export: 200 text/csv" '[ "$code" = 200 ] && grep -qi "^content-type: text/csv" "$w/head.txt"'
expect "export: a header row of field names" \
	'head -1 "$w/body.html" | tr -d "\r" | sed "s/^\xef\xbb\xbf//" | grep -q "^slug,titel,organisatie,plaats,.*,periode\.van,.*,status,.*,tekst$"'
expect "export: a row per vacancy" \
	'[ "$(grep -c "^[a-z0-9-]*,[^,]" "$w/body.html")" -ge "$(tree | grep -c "^vacatures/")" ]'
before=$(head_id)
submit mia /beheer/import soort=vacatures "file:csv:$uploads/vacatures.csv:vacatures.csv"
expect "import: the check answers 200" '[ "$code" = 200 ]'
expect "import: the bad row is shown with its line number and reason" \
	'grep -q "<tr><td>3</td><td>.*status.*</td></tr>" "$w/body.html"'
expect "import: the reason names the column and is Dutch" \
	'grep -q "<tr><td>3</td><td>status: Kies een van de mogelijkheden" "$w/body.html"'
expect "import: the good rows are listed" 'grep -q "import-bakker" "$w/body.html" && grep -q "import-kapper" "$w/body.html" &&
	! grep -q "(import-fout)" "$w/body.html"'
unchanged "import: checking commits nothing" "$before"
cp "$w/body.html" "$w/page.html"
fill "$w/page.html" /beheer/import --action /beheer/import bevestig=1 -csv
expect "import: the confirm form carries the CSV" 'grep -q "csv_tekst=slug" "$w/form.body"'
post mia "$action" "$ctype" "$w/form.body"
expect "import: confirming answers 200 and says 2 were imported" '[ "$code" = 200 ] && grep -q "gelukt-blok" "$w/body.html" && grep -q ": 2<" "$w/body.html"'
committed "import: the good rows are one commit" "$before" "$mia_id" 'Import: 2 vacatures'
expect "import: the two rows are files and public pages, the bad one is not" \
	'[ "$(git -C "$repo" diff --name-only "$before" HEAD | grep -c "^vacatures/.*/import-\(bakker\|kapper\).md$")" = 2 ] &&
	[ -f "$w/public/vacatures/import-bakker/index.html" ] && [ -f "$w/public/vacatures/import-kapper/index.html" ] &&
	[ ! -e "$w/public/vacatures/import-fout" ] && grep -q "föhnen" "$w/public/vacatures/import-kapper/index.html"'

########## Publishing time: save to published, 20 saves

v=/beheer/vacatures/helpende-zorg-1/
: > "$w/times"
for i in $(seq 2 21); do
	submit mia "$v" plaatsen=$i
	t=$(printf '%s' "$loc" | sed -n 's/.*[?&]tijd=\([0-9]*\).*/\1/p')
	printf '%s\n' "${t:-x}" >> "$w/times"
done
n=$(grep -c '^[0-9][0-9]*$' "$w/times")
sort -n "$w/times" > "$w/times.sorted"
p50=$(sed -n "$(( (n + 1) / 2 ))p" "$w/times.sorted")
p95=$(sed -n "$(( (n * 95 + 99) / 100 ))p" "$w/times.sorted")
echo "admin.sh: save to published over $n saves: p50 ${p50:-?} ms, p95 ${p95:-?} ms (max $(tail -1 "$w/times.sorted") ms)"
expect "publishing: every one of 20 saves says tijd= in its redirect" '[ "$n" = 20 ]'
expect "publishing: the public page has the last save" \
	'at_head vacatures/3/2/helpende-zorg-1.md | grep -qx "plaatsen: 21" && grep -q "21" "$w/public/vacatures/helpende-zorg-1/index.html"'
expect "publishing: p95 under 1000 ms on the fixture site" '[ -n "$p95" ] && [ "$p95" -lt 1000 ]'

########## The browser: a broker marks a vacancy full

if out=$(timeout 150 node "$top/tests/browser/admin.mjs" "$base" "$top/build/screenshots" mia mia-wachtwoord-1 'Mia Makelaar' \
	helpende-zorg-2 2>&1); then
	ok "$(printf '%s\n' "$out" | tail -1)"
else
	fail "browser test of the admin" "$(printf '%s\n' "$out" | tail -40)"
fi

expect "the admin logged no crash" '! grep -qi "signal\|segfault\|abort" "$w/lighttpd-error.log"'
echo "admin.sh: took $(( $(date +%s) - started )) s"
finish
