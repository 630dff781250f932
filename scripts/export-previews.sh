#!/usr/bin/env bash
# Pictures of the exports as people will see them, for docs/ and the README: one sample report
# exported as .docx and as the Word-ready HTML and rendered by LibreOffice (the HTML through ODT),
# and the editor printed by Chromium. First page and the page of 表三 of each, side by side with
# the GB/T 9704 figures in docs/export.md. Needs a release build in dist/ for the print preview.
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
ensure_test_packages
cd "$NIANBAO_ROOT"
sample="${NIANBAO_SAMPLES:-$NIANBAO_ROOT/../shared/samples}/平潭综合实验区_2022.json"
out="$NIANBAO_ROOT/docs"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cargo run -q -p nianbao-cli -- convert "$sample" -o "$work/report.docx" >/dev/null
cargo run -q -p nianbao-cli -- convert "$sample" -o "$work/report.html" >/dev/null
profile="-env:UserInstallation=file://$work/profile"
# The official fonts mapped to the nearest Noto faces, as the LibreOffice test does.
export FONTCONFIG_FILE="$NIANBAO_ROOT/tests/fonts/fonts.conf"
soffice "$profile" --headless --convert-to pdf --outdir "$work/docx" "$work/report.docx" >/dev/null
soffice "$profile" --headless --convert-to odt:writerweb8_writer --outdir "$work" "$work/report.html" >/dev/null
soffice "$profile" --headless --convert-to pdf --outdir "$work/html" "$work/report.odt" >/dev/null
node scripts/print-preview.mjs "$sample" "$work/print.pdf"

# The first page, and the page with 表三's outcome rows.
page_of_table3() {
  local pdf=$1 pages i
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')
  for i in $(seq 1 "$pages"); do
    if pdftotext -f "$i" -l "$i" "$pdf" - | grep -q "属于国家秘密"; then
      echo "$i"
      return
    fi
  done
  echo 1
}
for kind in docx html print; do
  pdf="$work/$kind/report.pdf"
  [ "$kind" = print ] && pdf="$work/print.pdf"
  pdftoppm -png -r 70 -f 1 -l 1 -singlefile "$pdf" "$out/export-$kind-page1"
  table=$(page_of_table3 "$pdf")
  pdftoppm -png -r 70 -f "$table" -l "$table" -singlefile "$pdf" "$out/export-$kind-table3"
  say "$kind：$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }') 页，表三在第 $table 页"
done
ls -l "$out"/export-*.png
