// The styles of a report in ODT: named, so a newsroom's template can restyle them.
#include "odtreportwriter.h"

namespace dossier {

namespace {

// Chinese runs are set in a Simplified Chinese face and tagged zh-CN: without the
// Asian language LibreOffice falls back to a Japanese font and its glyph forms.
const char kStyles[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3">
 <office:font-face-decls>
  <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'" style:font-family-generic="swiss"/>
  <style:font-face style:name="DejaVu Sans Mono" svg:font-family="'DejaVu Sans Mono'" style:font-family-generic="modern" style:font-pitch="fixed"/>
  <style:font-face style:name="Noto Sans CJK SC" svg:font-family="'Noto Sans CJK SC'" style:font-family-generic="swiss"/>
  <style:font-face style:name="Noto Serif CJK SC" svg:font-family="'Noto Serif CJK SC'" style:font-family-generic="roman"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:orphans="2" fo:widows="2"/>
   <style:text-properties style:font-name="DejaVu Sans" fo:font-size="10pt" fo:language="en" fo:country="GB"
    style:font-name-asian="Noto Sans CJK SC" style:font-size-asian="10.5pt" style:language-asian="zh" style:country-asian="CN"
    style:font-name-complex="DejaVu Sans"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
  <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.18cm" fo:line-height="125%"/>
  </style:style>
  <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Subtitle" style:class="chapter">
   <style:paragraph-properties fo:margin-bottom="0.15cm"/>
   <style:text-properties fo:font-size="20pt" fo:font-weight="bold" style:font-size-asian="20pt" style:font-weight-asian="bold"/>
  </style:style>
  <style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">
   <style:paragraph-properties fo:margin-bottom="0.4cm"/>
   <style:text-properties fo:color="#555555" fo:font-size="9pt" style:font-size-asian="9pt"/>
  </style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard"
   style:next-style-name="Text_20_body" style:default-outline-level="1" style:class="text">
   <style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"
    fo:border-bottom="0.5pt solid #999999" fo:padding-bottom="0.05cm"/>
   <style:text-properties fo:font-size="14pt" fo:font-weight="bold" style:font-size-asian="14pt" style:font-weight-asian="bold"/>
  </style:style>
  <style:style style:name="Passage" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
   <style:paragraph-properties fo:margin-bottom="0.05cm" fo:keep-with-next="always"/>
  </style:style>
  <style:style style:name="Passage_20_end" style:display-name="Passage end" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
   <style:paragraph-properties fo:margin-bottom="0.3cm"/>
  </style:style>
  <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties fo:margin-bottom="0.08cm"/>
  </style:style>
  <style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">
   <style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/>
  </style:style>
  <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties fo:text-align="end"/>
   <style:text-properties fo:color="#777777" fo:font-size="8pt" style:font-size-asian="8pt"/>
  </style:style>
  <style:style style:name="Strong" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
  <style:style style:name="Translation" style:family="text"><style:text-properties fo:font-style="italic" fo:color="#333333"/></style:style>
  <style:style style:name="Quotation" style:family="text"><style:text-properties style:font-name-asian="Noto Serif CJK SC"/></style:style>
  <style:style style:name="Citation" style:family="text"><style:text-properties fo:color="#555555" fo:font-size="8.5pt" style:font-size-asian="8.5pt"/></style:style>
  <style:style style:name="Flag" style:family="text"><style:text-properties fo:color="#b00000" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
  <style:style style:name="Hash" style:family="text"><style:text-properties style:font-name="DejaVu Sans Mono" fo:font-size="8pt"/></style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="Page">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.6cm" fo:margin-bottom="1.2cm"
    fo:margin-left="2cm" fo:margin-right="2cm"/>
   <style:footer-style><style:header-footer-properties fo:margin-top="0.3cm"/></style:footer-style>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="Page">
   <style:footer><text:p text:style-name="Footer">%TITLE% · <text:page-number text:select-page="current"/> / <text:page-count/></text:p></style:footer>
  </style:master-page>
 </office:master-styles>
</office:document-styles>
)";

} // namespace

QByteArray OdtReportWriter::styles(const ReportDocument &report)
{
    QByteArray xml(kStyles);
    xml.replace("%TITLE%", report.title.toHtmlEscaped().toUtf8());
    return xml;
}

} // namespace dossier
