#!/usr/bin/env bash
# Regenerates the demo case's documents in resources/demo/ from the UTF-8 sources in
# resources/demo/source/, in the forms reporters collect them: a PDF with a text layer,
# a GB2312-declared HTML page saved in GBK, a bilingual text, a GB18030 text file and a
# photocopied scan (JPEG, read by OCR).
# Needs a build (for dossier-fixture) and iconv.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
SRC=resources/demo/source
OUT=resources/demo
"$BUILD/tests/dossier-fixture" pdf "$OUT/szu-aws-award.pdf" "$SRC/szu-aws-award.txt" \
    "深圳大学科研云计算服务采购项目成交结果公告"
iconv -f UTF-8 -t GBK "$SRC/zhejiang-lab-tender.html" > "$OUT/zhejiang-lab-tender.html"
cp "$SRC/sichuan-claude-bilingual.txt" "$OUT/sichuan-claude-bilingual.txt"
iconv -f UTF-8 -t GB18030 "$SRC/ustc-suzhou-award.txt" > "$OUT/ustc-suzhou-award.txt"
"$BUILD/tests/dossier-fixture" scan "$OUT/ustc-suzhou-acceptance-scan.jpg" "$SRC/ustc-suzhou-acceptance-scan.txt" 200
echo "Demo documents written to $OUT"
