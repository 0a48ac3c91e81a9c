#!/usr/bin/env bash
# What reaches a report or a terminal is clean: control characters and bidirectional controls
# written as YAML escapes are refused like raw ones; `\N` and `\_` decode to UTF-8; U+FFFF does
# not break JUnit or XLSX; a file name that is not UTF-8 leaves every output valid UTF-8; SARIF
# URIs are percent-encoded; Markdown shows links and images from the inputs as text; a line break
# in a value (LF, CR, U+2028, U+2029) cannot forge a line in a diagnostic, the table, list or
# explain: it is shown escaped.
source "$(dirname "$0")/common.sh"
acme() { echo "$work/ws/statements/acme/statements.yaml"; }
set_summary() { sed -i "s|summary: Acme commits to respecting human rights.|summary: $1|" "$(acme)"; }

for escape in '\\e[31mred' '\\a' '\\x01' '\\u0085' '\\u202E' '\\u2066' '\\x9b'; do
  fresh_workspace
  set_summary "\"evil $escape\""
  run lint "$work/ws"
  expect_exit "escape $escape refused at its line" 1 "statements.yaml:25:14"
  if LC_ALL=C grep -qP '[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]' "$work/out" "$work/err"; then
    fail "escape $escape: a control character reached stderr"
  fi
done
fresh_workspace
printf 'framework: {id: bidi, title: "x\xe2\x80\xaey"}\nobligations: [{id: a, title: A}]\n' \
  >"$work/ws/frameworks/bidi.yaml"
run lint "$work/ws"
expect_exit "raw U+202E reported" 1 "bidi-control"

fresh_workspace
printf 'We respect\xc2\xa0human rights\n' >>"$work/ws/statements/acme/sources/policy.txt"
sed -i 's|quote: "We respect   human rights"|quote: "We respect\\_human rights"|' "$(acme)"
run check "$work/ws" --as-of 2026-01-01 --format json
[ "$code" -le 1 ] && python3 -c 'import sys, json; json.loads(open(sys.argv[1], "rb").read().decode("utf-8"))' \
  "$work/out" && ok "\\_ decodes to UTF-8 (the quote is found)" || fail "\\_: exit $code"
set_summary '"next\\Nline"'
run lint "$work/ws"
expect_exit "\\N (U+0085, a C1 control) refused like the others" 1 "U+0085"

fresh_workspace
set_summary $'"max \\uFFFF and \\uFFFE"'
run check "$work/ws" --as-of 2026-01-01 --format junit
[ "$code" -le 1 ] && python3 -c 'import sys, xml.dom.minidom as m; m.parse(sys.argv[1])' "$work/out" &&
  ok "U+FFFF: JUnit is well-formed XML" || fail "U+FFFF: JUnit exit $code or ill-formed"
run check "$work/ws" --as-of 2026-01-01 --format xlsx -o "$work/r.xlsx"
[ "$code" -le 1 ] && python3 - "$work/r.xlsx" <<'PY' && ok "U+FFFF: every XML part of the XLSX is well-formed" || fail "U+FFFF: XLSX"
import sys, zipfile, xml.dom.minidom as m
z = zipfile.ZipFile(sys.argv[1])
for name in z.namelist():
    if name.endswith(".xml") or name.endswith(".rels"):
        m.parseString(z.read(name))
PY

fresh_workspace
bad=$(printf 'ru\xffles #1')
mv "$work/ws/rules/demo.yaml" "$work/ws/rules/$bad.yaml"
cd "$work/ws" || exit 1
for format in json sarif html md csv junit; do
  run check . --as-of 2026-01-01 --format "$format"
  [ "$code" -le 1 ] && python3 -c 'import sys; open(sys.argv[1], "rb").read().decode("utf-8")' "$work/out" &&
    ok "a non-UTF-8 file name: $format is valid UTF-8" || fail "non-UTF-8 file name: $format (exit $code)"
done
run check . --as-of 2026-01-01 --format sarif
python3 - "$work/out" <<'PY' && ok "SARIF URIs percent-encoded" || fail "SARIF URIs"
import json, sys
doc = json.loads(open(sys.argv[1], "rb").read().decode("utf-8"))
uris = [l["physicalLocation"]["artifactLocation"]["uri"]
        for run in doc["runs"] for r in run["results"] for l in r.get("locations", [])]
assert uris and all(" " not in u and "#" not in u for u in uris), uris
PY
cd - >/dev/null || exit 1

# no_forged_line NAME FILE: no line of FILE (split at any line break Python knows) starts with
# FORGED, and in JSON no string holds a line break; the escaped form \nFORGED is shown instead.
no_forged_line() {
  python3 - "$2" <<'PY' && ok "$1" || fail "$1"
import json, sys
text = open(sys.argv[1], "rb").read().decode("utf-8")
assert not [l for l in text.splitlines() if l.startswith("FORGED")], "a forged line"
assert "\\nFORGED" in text or "\\\\nFORGED" in text, "the escaped value is not shown"
def strings(v):
    if isinstance(v, str): yield v
    elif isinstance(v, dict): yield from (s for x in v.values() for s in strings(x))
    elif isinstance(v, list): yield from (s for x in v for s in strings(x))
if text.lstrip().startswith("{"):
    assert not [s for s in strings(json.loads(text)) if len(s.splitlines()) > 1], "a break in JSON"
PY
}
fresh_workspace
sed -i 's|kind: commitment|kind: "commitment\\nFORGED: error: lf\\u2028FORGED ls\\u2029FORGED ps\\rFORGED cr"|' "$(acme)"
for format in text json sarif github; do
  run lint "$work/ws" --format "$format"
  expect_exit "line breaks in a value: lint --format $format reports it" 1 "FORGED"
  no_forged_line "line breaks in a value: lint --format $format forges no line" "$work/out"
done
run check "$work/ws" --as-of 2026-01-01
expect_exit "line breaks in a value: check stops" 2
no_forged_line "line breaks in a value: check's diagnostics forge no line" "$work/err"
fresh_workspace
sed -i 's|title: Has a policy commitment|title: "Has\\nFORGED lf\\rFORGED cr\\u2028FORGED ls"|' \
  "$work/ws/frameworks/demo.yaml"
set_summary '"Acme\\nFORGED summary"'
run check "$work/ws" --as-of 2026-01-01
no_forged_line "line breaks in a title: the table forges no line" "$work/out"
run list obligations "$work/ws"
no_forged_line "line breaks in a title: list forges no line" "$work/out"
run explain acme demo/policy.commit "$work/ws" --as-of 2026-01-01
no_forged_line "line breaks in a title and summary: explain forges no line" "$work/out"

fresh_workspace
set_summary '"[click](javascript:alert(1)) ![x](https://tracker.example/p.png)"'
run check "$work/ws" --as-of 2026-01-01 --format md
expect_no "Markdown: no live link or image from the inputs" "](" "$work/out"
finish
