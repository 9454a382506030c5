#!/bin/sh
# The stagebureau command as a user runs it: init, index, check, build on
# the fixture site; every kind of bad input gives "path:line: message",
# a non-zero exit, and leaves the index and the published site as they were.
set -u
. "$(dirname "$0")/lib.sh"
fixture="$top/tests/fixture/site"
today=2026-11-23

w=$work
"$sb" -q init "$w/repo" "$fixture" || { fail "init"; finish; exit 1; }
check "init writes a repository git finds whole" g -C "$w/repo" fsck --full --no-dangling
loose=$(find "$w/repo/objects" -type f ! -path '*/pack/*' | wc -l)
packs=$(find "$w/repo/objects/pack" -name '*.pack' | wc -l)
[ "$loose" -eq 0 ] && [ "$packs" -eq 1 ] && ok "init writes its objects as one pack" ||
	fail "init writes its objects as one pack" "$loose loose objects, $packs packs"
# The content repository is bare; people edit a clone and push, as here.
g clone -q "$w/repo" "$w/work"
push() { g -C "$w/work" push -q origin HEAD:main; }
build() { "$sb" -q -r "$w/repo" -d "$w/db" -o "$w/public" --today $today build; }
sums() { (cd "$w/public" && find . -type f | sort | xargs sha1sum); }

check "first build succeeds" build
check "home page exists" test -s "$w/public/index.html"
check "concept vacancy is not published" test ! -e "$w/public/vacatures/concept-vacature/index.html"
check "full vacancy keeps its page" test -s "$w/public/vacatures/dierenverzorger-vol/index.html"
if grep -q 'dierenverzorger-vol' "$w/public/vacatures/index.html"; then
	fail "full vacancy left the list"
else ok "full vacancy left the list"; fi
if grep -q 'monteur-verlopen' "$w/public/vacatures/index.html"; then
	fail "expired vacancy left the list"
else ok "expired vacancy left the list"; fi
if grep -q '0522 111 222' "$w/public/organisaties/de-horizon/index.html"; then
	fail "non-public contact person stays private"
else ok "non-public contact person stays private"; fi
check "phone shown for a direct reaction" grep -q '0528 123 456' "$w/public/vacatures/fietsenmaker-hoogeveen/index.html"

# An unchanged rebuild writes nothing: it stops at once, or, forced to
# render every page again, finds every file's bytes the same.
out=$("$sb" -r "$w/repo" -d "$w/db" -o "$w/public" --today $today build)
case $out in *"nothing changed since the last build; 0 files written"*) ok "unchanged rebuild stops at once" ;;
*) fail "unchanged rebuild stops at once" "$out" ;; esac
out=$("$sb" -r "$w/repo" -d "$w/db" -o "$w/public" --today $today --full build)
case $out in *", 0 written, 0 removed"*) ok "forced full rebuild of an unchanged site writes no file" ;;
*) fail "forced full rebuild of an unchanged site writes no file" "$out" ;; esac
# Another date, a changed theme or a missing site is not "unchanged".
out=$("$sb" -r "$w/repo" -d "$w/db" -o "$w/public" --today 2026-11-24 build)
case $out in *"nothing changed"*) fail "another date builds again" "$out" ;;
*) ok "another date builds again" ;; esac
cp -R theme "$w/theme2"
printf '\n/* changed */\n' >> "$w/theme2/static/css/site.css"
out=$("$sb" -r "$w/repo" -d "$w/db" -t "$w/theme2" -o "$w/public" --today $today build)
case $out in *"nothing changed"*) fail "a changed theme builds again" "$out" ;;
*) ok "a changed theme builds again" ;; esac
mv "$w/public" "$w/public.moved"
out=$("$sb" -r "$w/repo" -d "$w/db" -t "$w/theme2" -o "$w/public" --today $today build)
case $out in *"nothing changed"*) fail "a removed site is built again" "$out" ;;
*) ok "a removed site is built again" ;; esac
rm -rf "$w/public.moved" "$w/theme2"
"$sb" -q -r "$w/repo" -d "$w/db" -o "$w/public" --today $today build ||
	fail "rebuild with the bundled theme"
# One process or two: the same site, byte for byte.
"$sb" -q -j 1 -r "$w/repo" -d "$w/db" -o "$w/one" --today $today build &&
	"$sb" -q -j 2 -r "$w/repo" -d "$w/db" -o "$w/two" --today $today --full build
check "one and two build processes make the same site" diff -r "$w/one" "$w/two"
rm -rf "$w/one" "$w/two"

# A good edit goes live; a deleted entry's page goes away.
sed -i 's/^titel: Fietsenmaker (snuffelstage)/titel: Fietsenmaker op proef/' \
	"$(find "$w/work/vacatures" -name fietsenmaker-hoogeveen.md)"
g -C "$w/work" commit -qam "Titel aangepast" && push
out=$("$sb" -r "$w/repo" -d "$w/db" -o "$w/public" --today $today build)
case $out in *"incremental, 1 file read"*) ok "edit is indexed incrementally" ;;
*) fail "edit is indexed incrementally" "$out" ;; esac
check "edit is published" grep -q 'Fietsenmaker op proef' "$w/public/vacatures/fietsenmaker-hoogeveen/index.html"
g -C "$w/work" rm -q "$(cd "$w/work" && find vacatures -name helpende-zorg-6.md)"
g -C "$w/work" commit -qm "Vacature verwijderd" && push
# A stray old file goes with the clean-up; one written while the build
# runs (here: dated later), such as the admin's page from a newer commit
# or another writer's temporary file, stays.
mkdir -p "$w/public/vacatures/stray-new"
echo old > "$w/public/vacatures/stray-old.html"
echo new > "$w/public/vacatures/stray-new/index.html.4242.tmp"
touch -d '2001-01-01' "$w/public/vacatures/stray-old.html"
touch -d '+1 hour' "$w/public/vacatures/stray-new/index.html.4242.tmp"
check "build after a delete" build
check "deleted vacancy page is removed" test ! -e "$w/public/vacatures/helpende-zorg-6/index.html"
check "a stray old file is removed" test ! -e "$w/public/vacatures/stray-old.html"
check "a file written during the build stays" test -e "$w/public/vacatures/stray-new/index.html.4242.tmp"
rm -rf "$w/public/vacatures/stray-new"

# bad CASE FILE EXPECTED: applies the shell edit in $edit to FILE (relative to
# the repository), commits, builds, and expects failure with EXPECTED in the
# diagnostics and the published site unchanged. Then restores the repository.
bad() {
	name=$1 file=$2 expected=$3
	before=$(sums)
	commit_before=$(g -C "$w/work" rev-parse HEAD)
	(cd "$w/work" && eval "$edit") || { fail "$name: edit"; return; }
	g -C "$w/work" add -A && g -C "$w/work" commit -qm "$name" && push || { fail "$name: commit"; return; }
	if out=$(build 2>&1); then
		fail "$name: build must fail" "$out"
	else
		case $out in
		*"$file"*"$expected"*) ok "$name: message" ;;
		*) fail "$name: message names $file and '$expected'" "$out" ;;
		esac
		if [ "$(sums)" = "$before" ]; then ok "$name: site unchanged"; else fail "$name: site unchanged"; fi
	fi
	out=$("$sb" -r "$w/repo" -d "$w/db" check 2>&1) && fail "$name: check must fail" "$out" || ok "$name: check fails"
	g -C "$w/work" reset -q --hard "$commit_before"
	g -C "$w/work" push -q -f origin HEAD:main
}

vac=$(cd "$w/work" && find vacatures -name zorgassistent-de-horizon.md)
org=$(cd "$w/work" && find organisaties -name de-horizon.md)

edit="printf -- '---\ntitel: [kapot\n---\nTekst\n' > $vac"
bad "malformed YAML" "$vac:3" "invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence that starts on line 2)"
edit="sed -i 's/^sectoren: .*/sectoren: [zorgg-en-welzijn]/' $vac"
bad "unknown vocabulary value" "$vac:7" "unknown sectoren 'zorgg-en-welzijn'; did you mean 'zorg-en-welzijn'?"
edit="sed -i '/^titel:/d' $vac"
bad "missing required field" "$vac" "'titel' is missing"
edit="sed -i 's/^organisatie: .*/organisatie: bestaat-niet/' $vac"
bad "reference to a missing organisation" "$vac:3" "unknown organisatie 'bestaat-niet'"
edit="mkdir -p vacatures/zz/zz && cp $vac vacatures/zz/zz/"
bad "duplicate slug" "vacatures/zz/zz/zorgassistent-de-horizon.md" "exists already"
edit="printf '\377\376' >> $vac"
bad "invalid UTF-8" "$vac" "not valid UTF-8"
edit="sed -i 's/^geplaatst: .*/geplaatst: 2026-02-30/' $vac"
bad "impossible date" "$vac" "'geplaatst' must be a date like"
edit="sed -i 's/^bezet: .*/bezet: 5/' $vac"
bad "more places taken than offered" "$vac" "'bezet' is more than 'plaatsen'"
edit="sed -i 's/^status: .*/statu: open/' $vac"
bad "unknown key" "$vac" "unknown key 'statu'"
edit="sed -i '0,/^---\$/!{0,/^---\$/s/^---\$/-- /}' $vac"
bad "front matter not closed" "$vac" "not closed"
edit="git rm -q $org"
bad "deleting a referenced organisation" "vacatures/" "unknown organisatie 'de-horizon'"
edit="sed -i 's/^- slug: techniek/- slug: Techniek/' vocabularies/sectoren.yaml"
bad "bad vocabulary slug" "vocabularies/sectoren.yaml" "'slug' must be lowercase"
edit="cp paginas/contact.md paginas/vacatures.md"
bad "page named like a section" "paginas/vacatures.md" "taken by a section"
edit="sed -i 's/^titel: .*/titel: $(printf 'ë%.0s' $(seq 121))/' $vac"
bad "title longer than 120 characters" "$vac:2" "too long; keep it under 120 characters"
edit="mkdir -p templates && printf '{{#open}}\n' > templates/vacature.mustache"
bad "broken site template" "templates/vacature.mustache" ""

# After all that, the repository builds again, and the index reflects HEAD.
check "good content builds again" build
check "check passes, and the incremental index equals a fresh one" "$sb" -q -r "$w/repo" -d "$w/db" check
check "check validates a work tree" "$sb" -q check "$fixture"
# The whole repository read by one process and by parsing processes: the same index.
check "an index made by one process" "$sb" -q -j 1 -r "$w/repo" -d "$w/db1" index
check "equals one made with parsing processes" "$sb" -q -j 2 -r "$w/repo" -d "$w/db1" check
check "an index made with parsing processes" "$sb" -q -j 2 -r "$w/repo" -d "$w/db2" index
check "equals one made by one process" "$sb" -q -j 1 -r "$w/repo" -d "$w/db2" check

finish
