#!/usr/bin/env bash
# Makes the Word, PDF and web-page fixtures of tests/fixtures/formats from the seed reports with
# a real office suite. Run once by hand (the results are committed; tests never run this):
#   apt-get install -y libreoffice-writer-nogui libreoffice-draw-nogui fonts-noto-cjk qpdf
#   bash scripts/make-format-fixtures.sh
# Made with LibreOffice 7.4.7.2 (Debian 12), qpdf 11 and glibc iconv.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=tests/fixtures/formats
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT/bad"
office() { soffice --headless -env:UserInstallation=file://"$WORK"/profile "$@" >/dev/null 2>&1; }

# 1. Every seed as .docx, .pdf and .html, converted straight from the UTF-8 text.
cp seeds/*.txt "$WORK"/
for target in docx pdf html; do
  office --infilter="Text (encoded):UTF8,LF,,," --convert-to "$target" --outdir "$OUT" "$WORK"/*.txt
done

# 2. A printed-report layout: title across the page, body in two justified columns, a running
#    header and "— N —" page numbers (the PDF reader must drop them and read column by column).
node scripts/fixtures/seed-to-fodt.js seeds/000_d33a4786bad3311c.txt "钢城区工作报告汇编" > "$WORK/000_d33a4786bad3311c-columns.fodt"
office --convert-to pdf --outdir "$OUT" "$WORK/000_d33a4786bad3311c-columns.fodt"

# 3. A news portal's page around seed 002's text: navigation, 推荐阅读, 热门跟贴, share buttons,
#    meta tags with the title and date; saved in GB18030 as older Chinese sites serve it.
node scripts/fixtures/news-page.js seeds/002_39f59c4250dafda1.txt | iconv -f UTF-8 -t GB18030 > "$OUT/002_39f59c4250dafda1-portal.html"

# 4. The manifest: each fixture described by its seed's row.
node -e '
const fs = require("fs");
const [header, ...rows] = fs.readFileSync("seeds/manifest.csv", "utf8").trim().split(/\r?\n/);
const out = [header];
for (const row of rows) {
  const base = row.slice(0, row.indexOf(".txt"));
  for (const ext of [".docx", ".pdf", ".html"]) out.push(row.replace(".txt", ext));
  if (base.startsWith("000_")) out.push(row.replace(".txt", "-columns.pdf"));
}
fs.writeFileSync(process.argv[1], out.join("\n") + "\n");
' "$OUT/manifest.csv"

# 5. Bad input, each of which must cost a named warning and nothing else.
cp "$OUT/002_39f59c4250dafda1.pdf" "$WORK/plain.pdf"
qpdf --encrypt secret owner 256 -- "$WORK/plain.pdf" "$OUT/bad/encrypted.pdf"
office --convert-to png --outdir "$WORK" "$WORK/plain.pdf"                 # page 1 as an image…
office --convert-to pdf:draw_pdf_Export --outdir "$WORK/scan" "$WORK/plain.png"  # …in a PDF without text
cp "$WORK/scan/plain.pdf" "$OUT/bad/scanned.pdf"
head -c 6000 "$OUT/002_39f59c4250dafda1.docx" > "$OUT/bad/truncated.docx"
cp "$OUT/002_39f59c4250dafda1.html" "$OUT/bad/web-page-saved-as.docx"
python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1], "w").writestr("说明.txt", "不是 Word 文档")' "$OUT/bad/zip-not-word.docx"
office --infilter="Text (encoded):UTF8,LF,,," --convert-to doc --outdir "$WORK" "$WORK/002_39f59c4250dafda1.txt"
cp "$WORK/002_39f59c4250dafda1.doc" "$OUT/bad/legacy.doc"
node scripts/fixtures/news-page.js --no-article | iconv -f UTF-8 -t GB18030 > "$OUT/bad/no-article.html"
ls -la "$OUT" "$OUT/bad"
