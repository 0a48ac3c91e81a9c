#!/usr/bin/env bash
# Opens the XLSX report in LibreOffice (Debian's libreoffice-calc-nogui, headless): converts the
# test workspace's workbook and the bundled workspace's to CSV, every sheet, and checks what a
# reader of the converted sheets sees (each sheet present, a verdict's cells, a link's text
# worked out by LibreOffice from its HYPERLINK formula). Installs LibreOffice when it is missing
# (apt, Debian's registry only). Run by .ci/run; about 30 s once installed (LibreOffice starts twice).
# Usage: bash tests/xlsx/libreoffice.sh [UNGAP_BINARY]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
ungap=$(realpath "${1:-$root/build/ungap}")

if ! command -v soffice >/dev/null; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
expect() {  # expect FILE TEXT
  if grep -qF -- "$2" "$1"; then echo "ok: $(basename "$1"): $2"; else
    echo "FAIL: $(basename "$1") lacks: $2"; failures=$((failures + 1)); fi
}

(cd "$root/tests/xlsx" && "$ungap" check ws --as-of 2025-12-01 -o "$work/test.xlsx" 2>/dev/null)
(cd "$root" && "$ungap" check --as-of 2026-06-04 -o "$work/bundled.xlsx" 2>/dev/null) || [ $? -eq 1 ]

# Every sheet to its own CSV (the filter's 12th option, -1), UTF-8, formulas' results.
csv='csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1'
for book in test bundled; do
  if ! timeout 120 soffice --headless -env:UserInstallation="file://$work/profile" \
      --convert-to "$csv" --outdir "$work" "$work/$book.xlsx" >"$work/$book.log" 2>&1; then
    echo "FAIL: LibreOffice could not convert $book.xlsx"; cat "$work/$book.log"; failures=$((failures + 1))
  fi
done

expect "$work/test-Summary.csv" "Acme,Source framework,partial,66.7,3,3,1,0,0,3,0"
expect "$work/test-src.csv" 'acme,src/critical,"A critical duty, met and contested",partial,66.7,critical,contested,critical'
expect "$work/test-src.csv" '"report-2025: Annual report, Acme","report-2025: Annual report, Acme"'
expect "$work/test-dst.csv" "src/half (equal): partial 50, counts as partial 50"
expect "$work/test-Inputs.csv" "statements/beta/statements.yaml"
for sheet in Summary civil-society-letter-2025 eu-csddd oecd-mne-2023 rdr-governance ungp; do
  expect "$work/bundled-$sheet.csv" "company,"
done
expect "$work/bundled-Inputs.csv" "path,sha256"
expect "$work/bundled-ungp.csv" "microsoft,ungp/"

echo "tests/xlsx/libreoffice.sh: $failures failure(s)"
[ "$failures" -eq 0 ]
