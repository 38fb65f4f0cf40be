#!/usr/bin/env python3
"""Writes the small PDFs the PDF fuzz target starts from (scripts/fuzz.sh).

Each is a few hundred bytes and shows poppler one way a real notice is built: a plain
text layer, a compressed content stream, CJK text through a Type0 font with a ToUnicode
map (as procurement portals' PDFs carry it), a cross-reference stream, an incremental
update, a damaged cross-reference table, and an encrypted file (made with qpdf).
Small seeds let the fuzzer run hundreds of inputs a second instead of a handful.
"""
import subprocess
import zlib


def pdf(objects, trailer_extra=b"", damage_xref=False):
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % (offset + (7 if damage_xref else 0))
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer_extra, xref)
    return bytes(out)


def stream(data, compress=False, extra=b""):
    if compress:
        data = zlib.compress(data)
        extra += b" /Filter /FlateDecode"
    return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def page_objects(content, font):
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        content,
        font,
    ]


helvetica = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
latin = b"BT /F1 12 Tf 72 770 Td (Award notice: 200,000 yuan) Tj 0 -16 Td (Purchaser: Shenzhen University) Tj ET"

seeds = {
    "text.pdf": pdf(page_objects(stream(latin), helvetica)),
    "flate.pdf": pdf(page_objects(stream(latin, compress=True), helvetica)),
    "damaged-xref.pdf": pdf(page_objects(stream(latin), helvetica), damage_xref=True),
}

# CJK through a Type0 font: glyph ids 1..4 map to 采购人： via ToUnicode, no embedded font.
cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Seed def "
        b"1 begincodespacerange <0000> <FFFF> endcodespacerange "
        b"4 beginbfchar <0001> <91C7> <0002> <8D2D> <0003> <4EBA> <0004> <FF1A> endbfchar "
        b"endcmap CMapName currentdict /CMap defineresource pop end end")
cjk = page_objects(stream(b"BT /F1 14 Tf 72 770 Td <0001000200030004> Tj ET"),
                   b"<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H "
                   b"/DescendantFonts [6 0 R] /ToUnicode 7 0 R >>")
cjk += [b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) "
        b"/Ordering (Identity) /Supplement 0 >> /DW 1000 >>", stream(cmap)]
seeds["cjk-tounicode.pdf"] = pdf(cjk)

# An incremental update: a second body and xref appended, replacing the page's text.
base = seeds["text.pdf"]
update_offset = len(base)
replacement = stream(b"BT /F1 12 Tf 72 770 Td (Corrected: 184,000 yuan) Tj ET")
body = b"4 0 obj\n" + replacement + b"\nendobj\n"
xref = update_offset + len(body)
first_xref = int(base.rsplit(b"startxref\n", 1)[1].split(b"\n")[0])
seeds["incremental.pdf"] = base + body + (b"xref\n4 1\n%010d 00000 n \ntrailer\n<< /Size 6 /Root 1 0 R /Prev %d >>\n"
                                          b"startxref\n%d\n%%%%EOF\n" % (update_offset, first_xref, xref))

for name, data in seeds.items():
    with open(name, "wb") as f:
        f.write(data)

# qpdf rewrites the plain seed with object and cross-reference streams, and encrypted.
subprocess.run(["qpdf", "--object-streams=generate", "text.pdf", "object-streams.pdf"], check=True)
subprocess.run(["qpdf", "--encrypt", "", "owner", "256", "--", "text.pdf", "encrypted.pdf"], check=True)
