<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ArticleClaims</name>
    <message>
        <source>The article&apos;s text encoding could not be recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names the case knows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseEdit</name>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFile</name>
    <message>
        <source>This case is already open in another Dossier window or program. Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked by process %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file cannot be opened for writing: its folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with this name already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case file at this location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Dossier case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file is read-only. Copy it to a writable folder, or change its permissions, to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file is on a read-only disk. Copy it to a writable folder to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a SQLite database, but not a Dossier case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case was saved by a newer version of Dossier (format %1; this version reads up to %2). Update Dossier to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a different file name for the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be written to its final name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file records format %1, which no version of Dossier writes: another program changed it. Nothing was changed; restore it from a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file has lost its tables (its documents, originals or text): another program emptied or damaged it. Nothing was changed; restore it from a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding this case is full. Free some space to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding this case is full, and the case must be upgraded before it can be read. Free some space to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding this case is full: it is open for reading only. Free some space and open it again to make changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseImport</name>
    <message>
        <source>The export %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at byte %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Dossier case export (it holds no case object).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with this name already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new case could not be given its name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseJson</name>
    <message>
        <source>This JSON file is not a Dossier case export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This export comes from a newer version of Dossier; update Dossier to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a case export into a new, empty case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case export could not be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it repeats another row&apos;s %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it refers to a row the export does not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export is damaged: row %1 of “%2” is not a record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export is damaged: row %1 of “%2” cannot be stored (%3). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n document(s) of the export cannot be trusted.</source>
        <translation>
            <numerusform>Nothing was imported: %n document of the export cannot be trusted.</numerusform>
            <numerusform>Nothing was imported: %n documents of the export cannot be trusted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rebuilt from a JSON export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseMerger</name>
    <message>
        <source>changed here, deleted in the other copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed only in the other copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed in both copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted here, changed in the other copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>deleted in the other copy, but here it holds %n item(s) the other copy never had</source>
        <translation>
            <numerusform>deleted in the other copy, but here it holds %n item the other copy never had</numerusform>
            <numerusform>deleted in the other copy, but here it holds %n items the other copy never had</numerusform>
        </translation>
    </message>
    <message>
        <source>moved to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, passage %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrected differently in both copies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseSummary</name>
    <message>
        <source>%1 (title read by OCR)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimChecker</name>
    <message>
        <source>No exchange rate between %1 and %2 is stated in the case; add the source of the rate (e.g. “1 USD = 7.1440 CNY”) to check the conversion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source gives no currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same amount in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what is counted is not stated on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same count of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same number, no unit in the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not named beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 named beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not known to the case (add it as an entity or a glossary term)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the claim&apos;s names are near it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the claim&apos;s names are in the same document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of the claim&apos;s names is in this document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimEdit</name>
    <message>
        <source>There is no claim %1 in this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no segment %1 in this case to quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add claims to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no claims to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each claim needs its place in the article.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimReviewExport</name>
    <message>
        <source>A ClaimReview needs the web address where the fact-check is published (give it as “Published at”).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>%1 range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR, corrected by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCase</name>
    <message>
        <source>The demo documents are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo document could not be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentDetailsEdit</name>
    <message>
        <source>There is no document %1 in this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit document details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as 2024-03-15, 2024-03 or 2024.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilingual text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan (image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncodingDetector</name>
    <message>
        <source>The text encoding of this file could not be recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detector suggested %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte sequence(s) of this file were not valid %1 and are shown as �; the original bytes are kept unchanged in the case.</source>
        <translation>
            <numerusform>%n byte sequence of this file was not valid %1 and is shown as �; the original bytes are kept unchanged in the case.</numerusform>
            <numerusform>%n byte sequences of this file were not valid %1 and are shown as �; the original bytes are kept unchanged in the case.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntityEdit</name>
    <message>
        <source>There is no entity %1 in this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entity needs a Chinese or an English name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no segment %1 in this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mention needs a span of at least one character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters %1–%2 are not inside segment %3 (it has %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entity cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relation needs a kind (for example “buys from”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach credit codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the notice&apos;s parties</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityType</name>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI model or service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventEdit</name>
    <message>
        <source>An event needs a title: what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event needs a date, at least a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no entity %1 in this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no event %1 in this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence quotes a segment&apos;s original or its translation, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no segment %1 in this case to quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPackage</name>
    <message>
        <source>%1 could not be read to record its SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export folder could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>The export could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown export format “%1”. Use one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the CSV files could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown export format “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileSniffer</name>
    <message>
        <source>a GIF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ZIP archive (or a Word/Excel file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an old Microsoft Office file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a database (perhaps a case file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a binary file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlossaryEdit</name>
    <message>
        <source>Add glossary term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit glossary term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove glossary term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A glossary entry needs a term and its rendering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The glossary has no such term.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HtmlTextExtractor</name>
    <message>
        <source>This page&apos;s markup is nested too deeply to keep its layout; its text was read without structure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageImporter</name>
    <message>
        <source>This %1 image is damaged or incomplete and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image is %1 × %2 pixels; Dossier reads images up to %3 million pixels. Save it at a lower resolution (300 dpi is plenty for text) and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image file holds %1 pages; Dossier read the first. Save each page as its own file, or the whole as a PDF, to import the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled while reading the image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 MB; Dossier imports files up to %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled before this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier cannot import this file: it looks like %1, not a PDF, web page, text or PNG/JPEG/TIFF image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is %1 MB long: it is kept in parts of about 4 MB, shown as pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing of this file was kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MachineTranslator</name>
    <message>
        <source>The translation service at %1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The translation service at %1 asked to slow down (too many requests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The translation service at %1 failed (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The translation service at %1 cannot be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The translation service at %1 refused the API key (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The translation service at %1 rejected the request (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No translation service is configured. Add one in Settings → Translation Services.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeCaseEdit</name>
    <message>
        <source>Merge “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two copies could not be compared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeReport</name>
    <message>
        <source>Would add: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would update: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would delete (deleted in the other copy): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted (deleted in the other copy): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) changed in both copies: choose a version for each.</source>
        <translation>
            <numerusform>%n item changed in both copies: choose a version for it.</numerusform>
            <numerusform>%n items changed in both copies: choose a version for each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of the other copy refer to something this case does not hold and were left out.</source>
        <translation>
            <numerusform>%n item of the other copy refers to something this case does not hold and was left out.</numerusform>
            <numerusform>%n items of the other copy refer to something this case does not hold and were left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to bring in: this case already holds everything the other copy has.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeSource</name>
    <message>
        <source>There is no case file or case export at this location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the open case itself: choose another copy of it to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no room for a temporary copy of the other case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be merged: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeParties</name>
    <message>
        <source>Award of %1 yuan (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OcrCorrectionEdit</name>
    <message>
        <source>Correct OCR text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no segment %1 in this case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OcrCorrections</name>
    <message>
        <source>This passage is no longer in the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only text read by OCR can be corrected: this passage is the document&apos;s own text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A corrected passage cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OcrEngine</name>
    <message>
        <source>The text recognition data for %1 is not installed. Install the Debian packages tesseract-ocr-chi-sim and tesseract-ocr-eng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text recognition was used before its language data was loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page image is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text recognition was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text recognition failed on this page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OdfPackage</name>
    <message>
        <source>The document could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OriginalCheck</name>
    <message>
        <source>Document %1 “%2” has no original file: nothing proves what it quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1 “%2”: its original file is not the one imported (SHA-256 %3 recorded, %4 now). It was altered or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutletComparison</name>
    <message>
        <source>%1 gives %2 %3, %4 gives %5 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 does not follow at its own rate (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>converted into %1 by different outlets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfImporter</name>
    <message>
        <source>This PDF is damaged or incomplete and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF is protected by a password. Open it in a PDF reader, save a copy without the password, and import that copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF has no pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled at page %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 could not be drawn for text recognition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled while reading page %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text recognition failed on page(s) %1; they are in the case without text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfOutline</name>
    <message>
        <source>The PDF could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfRenderer</name>
    <message>
        <source>The PDF&apos;s pages cannot be shown: the stored file is damaged or locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of this PDF cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of this PDF could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderCaptions</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 segments translated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>obtained %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not translated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation: yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation: imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation: machine (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary: %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReaderSelection</name>
    <message>
        <source>“%1” (%2, p. %3, OCR, corrected by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (%2, p. %3, OCR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (%2, p. %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity of an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening list entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtained from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtained on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the trash since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote in translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft it comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationKind</name>
    <message>
        <source>bought from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplied by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a subsidiary of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is listed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is related to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResolveConflictEdit</name>
    <message>
        <source>Keep this copy&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the other copy&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no conflict %1 waiting in this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this copy&apos;s version of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the other copy&apos;s version of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passage of this conflict is no longer in the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflict is about a kind of item this version of Dossier does not know.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewControls</name>
    <message>
        <source>Show only items in this review state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any review state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it disputed? (The note is shown with the item and in exports.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewEdit</name>
    <message>
        <source>Mark as “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the item is disputed: a disputed item needs a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 %2 in this case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewState</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified by fact-checker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningList</name>
    <message>
        <source>The screening list cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screening list has no entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screening list needs a column named “name”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>The disk is full. The change was rolled back and nothing was lost; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file cannot be written (it is read-only or on a read-only disk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file is busy in another program. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file is damaged. Restore it from a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file could not be read or written (disk or permission error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case file reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryReport</name>
    <message>
        <source>Prepared by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed material only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified items only: every event, entity and claim below was verified by a fact-checker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation flagged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source changed since cited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags and relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit code </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>obtained %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(check character wrong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) read by OCR</source>
        <translation>
            <numerusform>%n page read by OCR</numerusform>
            <numerusform>%n pages read by OCR</numerusform>
        </translation>
    </message>
    <message>
        <source>tag “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case holds %1, %2, %3 and %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(s)</source>
        <translation>
            <numerusform>%n entity</numerusform>
            <numerusform>%n entities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checked figure(s)</source>
        <translation>
            <numerusform>%n checked figure</numerusform>
            <numerusform>%n checked figures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source document(s)</source>
        <translation>
            <numerusform>%n source document</numerusform>
            <numerusform>%n source documents</numerusform>
        </translation>
    </message>
    <message>
        <source>(none written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no entities)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no claims checked)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranslationBatchEdit</name>
    <message>
        <source>Import translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose translation version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1 has no translation version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The re-aligned translation does not fit the document&apos;s segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no document %1 in this case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranslationChecks</name>
    <message>
        <source>“%1” is not in the translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” should be rendered “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranslationEdit</name>
    <message>
        <source>Edit translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A translation cannot be empty; choose another version instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no segment %1 in this case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranslationImporter</name>
    <message>
        <source>The translation file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no document %1 in this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The translation file contains no text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashEdit</name>
    <message numerus="yes">
        <source>Delete %n document(s)</source>
        <translation>
            <numerusform>Delete %n document</numerusform>
            <numerusform>Delete %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n document(s)</source>
        <translation>
            <numerusform>Restore %n document</numerusform>
            <numerusform>Restore %n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>No documents were chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no document %1 in this case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Uscc</name>
    <message>
        <source>The check character is correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit code has 18 characters; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1, “%2”, is never in a credit code (they use digits and capital letters except I, O, S, V and Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1, “%2”, should be a digit: characters 3 to 8 are the region&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character should be %1, not %2: a typo in the code?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Unchecked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contradicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier::BackgroundJob</name>
    <message>
        <source>“%1” stopped on an unexpected error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier::CaseDocks</name>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact-Check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier::CaseFileDialogs</name>
    <message>
        <source>Dossier cases (*.dossier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy of the Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.html *.htm *.txt *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Screening List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the originals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every original is the file that was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) of this case cannot be trusted:</source>
        <translation>
            <numerusform>%n document of this case cannot be trusted:</numerusform>
            <numerusform>%n documents of this case cannot be trusted:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dossier::CaseSession</name>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2 The undo history was cleared, because it no longer matches the case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier::ClaimTreeModel</name>
    <message>
        <source>Claim, figure or source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchecked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contradicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ⚠ re-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>supported by %n source(s)</source>
        <translation>
            <numerusform>supported by %n source</numerusform>
            <numerusform>supported by %n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s), none confirmed</source>
        <translation>
            <numerusform>%n candidate, none confirmed</numerusform>
            <numerusform>%n candidates, none confirmed</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2, p. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversion right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversion wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: “%1” (p. %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Across outlets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s)</source>
        <translation>
            <numerusform>%n fact</numerusform>
            <numerusform>%n facts</numerusform>
        </translation>
    </message>
    <message>
        <source>outlets disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outlets agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures lost in translation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier::ConflictsDialog</name>
    <message>
        <source>&amp;Keep This Copy&apos;s Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take the Other Copy&apos;s Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This copy&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The other copy&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Deleted in this copy.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts wait for a choice: both copies agree on everything they share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was changed in this copy and in “%2”. Changed fields are marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Deleted in the other copy.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier::DocumentBrowser</name>
    <message>
        <source>Filter documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier::DocumentListModel</name>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
File: %2
SHA-256: %3
Imported: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>
%n page(s) without a text layer</source>
        <translation>
            <numerusform>
%n page without a text layer</numerusform>
            <numerusform>
%n pages without a text layer</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>
%n page(s) read by OCR from the page image</source>
        <translation>
            <numerusform>
%n page read by OCR from the page image</numerusform>
            <numerusform>
%n pages read by OCR from the page image</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dossier::DocumentPropertiesDialog</name>
    <message>
        <source>Document Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Obtained on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2024-03-15, 2024-03 or 2024; empty if not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier::EntityDialog</name>
    <message>
        <source>Edit Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names, separated by ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters, e.g. 91350100M000100Y43</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier::EntityPage</name>
    <message>
        <source>Confirm Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Relation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relate this entity to another; the words selected in the reader become the evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entity … the other:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Mentions&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entity no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit code: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check character correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check character WRONG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1: “%2” — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Events and relations&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach this quote from the reader as the relation&apos;s evidence?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach as Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No words are selected in the reader, so this relation would have no evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Without Evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier::EntityPanel</name>
    <message>
        <source>Filter entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for every name and alias in every document and translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Into Another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions From the Documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network of Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit Codes in the Documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (document %3, p. %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check character correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check character WRONG: a typo?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 share %3: probably one organisation, consider merging them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unified social credit codes in the documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found %1 mentions; %2 are new proposals to confirm or reject on each entity&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new names found in the documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3, ×%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as an entity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buyer in a notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>winner in a notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>procurement agent in a notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named like an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chip model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier::EntityTreeModel</name>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 confirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier::EntityWorkflow</name>
    <message>
        <source>Network of Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Screening List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 list entries; entities on the list are flagged ⚑.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier::EventDialog</name>
    <message>
        <source>Edit Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2024-03-15, 2024-03, 2024-Q2, 2024, March 2024, 2024年3月…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (precision: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date Dossier can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities involved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Review:&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;&lt;b&gt;History&lt;/b&gt;&lt;br&gt;%2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier::EventListModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier::ExportDialog</name>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only confirmed events and supported claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events tagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Case Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF — for the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ODT — LibreOffice and Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML — one self-contained page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown — for the CMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON — the whole case, re-importable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV — entities, events and figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FollowTheMoney — for Aleph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClaimReview JSON-LD — checked claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TimelineJS — the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key findings, in your words. Separate paragraphs with a blank line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key findings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only items verified by a fact-checker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves out every entity, event and claim not marked “Verified by fact-checker”; the title says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in one folder, with a SHA-256 manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… where the story or fact-check appears (ClaimReview needs it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the exported files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier::FactCheckPanel</name>
    <message>
        <source>Record Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cite Selected Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the draft story here, then Check (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: why, and on what evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A published article or a draft (web page, text or Markdown): its sentences with figures, dates or the case&apos;s names become claims, in reading order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles and drafts (*.html *.htm *.txt *.md *.markdown);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1 supported, Ctrl+2 contradicted, Ctrl+3 unverifiable, Ctrl+4 in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cite the selected source as evidence (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sentence of this article states a figure, a date or a name the case knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 claims checked — F8 next, Shift+F8 previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter claims, figures and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: contradicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: unverifiable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cite the selected source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier::FigureListModel</name>
    <message>
        <source>money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier::GlossaryModel</name>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier::GlossaryPanel</name>
    <message>
        <source>Term, e.g. 中标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering, e.g. won the tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Term</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier::GuideDialog</name>
    <message>
        <source>Dossier Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Dossier in five steps&lt;/h2&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Collect.&lt;/b&gt; Create a case (Ctrl+N) and import the tenders, web pages, scans and reports you found (Ctrl+I, or drop them on the window). Say where and when you got them: every original is kept with its fingerprint.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Read.&lt;/b&gt; Each original stands beside its translation, segment by segment. Import a translation, type your own (F2), or have a translation service do it; figures and glossary terms lost in translation are flagged.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Tag and cite.&lt;/b&gt; Select words and tag them as a buyer, intermediary, provider, chip or model (Ctrl+T); find every mention; make a quote the evidence of a dated event (Ctrl+E). Right-click a selection for everything you can do with it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Check.&lt;/b&gt; Send a figure to the fact-check (Ctrl+K), or paste the draft there: every figure is traced to the sources that state it, conversions are recomputed, and each claim gets a verdict with its evidence (Ctrl+1 to Ctrl+4).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Publish.&lt;/b&gt; Export the case summary (Ctrl+Shift+E) as PDF, HTML, Markdown or a word processor file, every quote with its document and page.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Working as a team&lt;/h2&gt;&lt;p&gt;Each of you works in your own copy of the case. Set your name once (Settings ▸ Your Name): every change carries it. Mark entities, events and claims as checked, verified or disputed from each panel&apos;s Review menu. To bring a colleague&apos;s work in, File ▸ Merge a Copy of This Case (Ctrl+Shift+M) takes their case file or the JSON export they mailed, shows what it would bring, and merges in one step you can undo; what you both changed waits in File ▸ Resolve Merge Conflicts, both versions side by side.&lt;/p&gt;&lt;h2&gt;Every shortcut&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier::ImportController</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) imported.</source>
        <translation>
            <numerusform>%n document imported.</numerusform>
            <numerusform>%n documents imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the case.</source>
        <translation>
            <numerusform>%n already in the case.</numerusform>
            <numerusform>%n already in the case.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not imported because you cancelled.</source>
        <translation>
            <numerusform>%n not imported because you cancelled.</numerusform>
            <numerusform>%n not imported because you cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported:</source>
        <translation>
            <numerusform>%n file could not be imported:</numerusform>
            <numerusform>%n files could not be imported:</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading page %1 of %2 of %3 with OCR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier::JobProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this work; nothing is left half-done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier::MachineTranslationController</name>
    <message>
        <source>Translated: %1. Reused from the case: %2. Failed: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped because you cancelled; finished batches are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translating with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No translation service is set up yet. Add one (a local server or a hosted service) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier::MainMenus</name>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Translation Services…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Screening List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Case Summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Case From &amp;JSON Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document &amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Document to &amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What This Notice Says…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice&apos;s buyer, winner, amounts and dates, as events, entities and relations to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface &amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used the next time Dossier starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dossier %1&lt;/h3&gt;&lt;p&gt;A workbench for investigations built on documents: import tenders and reports, read Chinese originals beside their translations, and keep every quote traceable to its source.&lt;/p&gt;&lt;p&gt;Case files are SQLite databases; nothing leaves this computer unless you configure a translation service.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier &amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;Name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change you make in a case is recorded with this name, so colleagues merging your copy see who did what:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge a Copy of This Case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in what a colleague&apos;s copy (a case file or its JSON export) holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve Merge &amp;Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier::MainWindow</name>
    <message>
        <source>Case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 (%n document(s))</source>
        <translation>
            <numerusform>Opened %1 (%n document)</numerusform>
            <numerusform>Opened %1 (%n documents)</numerusform>
        </translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a case first, then drop documents on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the import first; try again when it has stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the work in progress first; try again when it has stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier::MentionListModel</name>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, p. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier::MergeChangeModel</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier::MergeDialog</name>
    <message>
        <source>Merge Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What “%1” would bring into this case&lt;/b&gt;&lt;br&gt;Nothing is written until you merge; the merge is one step you can undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items changed on both sides keep this case&apos;s version for now; after the merge, File ▸ Resolve Merge Conflicts shows both versions side by side to choose from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier::MergeWorkflow</name>
    <message>
        <source>Merge a Copy of This Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier cases and case exports (*.dossier *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier::OcrProofreader</name>
    <message>
        <source>Correct OCR Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the text OCR read for the selected passage (Shift+F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected by hand. OCR had read: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read by OCR from the page image; words it was unsure of are underlined in orange. Double-click or press Shift+F2 to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier::PdfPageView</name>
    <message>
        <source>Previous Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of %1 </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier::PdfRenderWorker</name>
    <message>
        <source>No PDF is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier::ProposalsDialog</name>
    <message>
        <source>No procurement fields were found in this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procurement agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price ceiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bid deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bid opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>winner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>procurement agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What This Notice Says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (%1 yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written as “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2
      cites “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, credit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> for %1 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bought from %2%3
      cites “%4”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Ticked Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events for the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties, as entities with this notice as their mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awards, as relations citing the award&apos;s line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier::ProvenanceDialog</name>
    <message>
        <source>Where Do These Documents Come From?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://www.ccgp.gov.cn/…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2024-03-15, 2024-03 or 2024</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to import. Where they were found and when is kept with each, and cited with every quote.</source>
        <translation>
            <numerusform>%n file to import. Where it was found and when is kept with it, and cited with every quote.</numerusform>
            <numerusform>%n files to import. Where they were found and when is kept with each, and cited with every quote.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Without</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import now; where and when can be added later in Document Details (Alt+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtained on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as 2024-03-15, 2024-03 or 2024.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier::ReaderToolbar</name>
    <message>
        <source>Link Scrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll the original and the translation together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy with Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected text with its document and page (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag the selected words as a mention of an entity (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected words evidence of a dated event (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the original as it looked: the PDF page, the saved web page, or the scanned page beside its OCR text (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the translation of the selected segment (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag as Entity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as Evidence to the Timeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check This Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected words in the fact-check draft, to trace the figure to its sources (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the Case for This</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every document for the selected words (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier::ReaderView</name>
    <message>
        <source>&lt;i&gt;Choose a document to read it beside its translation.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier::RelationListModel</name>
    <message>
        <source>Event %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier::ScanPageView</name>
    <message>
        <source>“%1”: OCR confidence %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing page %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Page %1 · %n word(s) OCR was unsure of, shaded orange</source>
        <translation>
            <numerusform>Page %1 · %n word OCR was unsure of, shaded orange</numerusform>
            <numerusform>Page %1 · %n words OCR was unsure of, shaded orange</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 · OCR was confident of every word</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier::SearchPanel</name>
    <message>
        <source>Search the case (中文 or English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message>
        <source>No hits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hits. %1 of %2 documents have no full English translation, so English words are not found in them: search in Chinese, or translate them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The glossary&apos;s Chinese for it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the search field: to the hits (Enter opens one, its words selected)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier::SearchResultModel</name>
    <message>
        <source>translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier::SegmentPane</name>
    <message>
        <source>(not translated — double-click to translate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— Page %1 —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier::TagDialog</name>
    <message>
        <source>Tag as Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, already in the case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 深圳大学</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Shenzhen University</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words become a mention of this entity; its names are kept as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies) of the case have a similar name: choose one above rather than making a second entity for the same organisation.</source>
        <translation>
            <numerusform>%n entity of the case has a similar name: choose it above rather than making a second entity for the same organisation.</numerusform>
            <numerusform>%n entities of the case have a similar name: choose one above rather than making a second entity for the same organisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>No entity of the case has this name: a new one is made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier::TimelineAxis</name>
    <message>
        <source>No events yet: select words in the reader and choose Add to Timeline (Ctrl+E).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no tag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no entity)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier::TimelinePanel</name>
    <message>
        <source>Filter by title or tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from 2024-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to 2024-12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes by entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time Axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence source is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence source changed since it was cited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also dated %1 (“%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same quote also dates “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What This Notice Says…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier::TimelineWorkflow</name>
    <message>
        <source>This event has no evidence to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a notice first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep what the notice says</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier::TranslationEditor</name>
    <message>
        <source>Ctrl+Return to save, Escape to discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier::TranslationSettingsDialog</name>
    <message>
        <source>Translation Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI-compatible chat completions (llama.cpp, Ollama, hosted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LibreTranslate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in your user settings on this computer, never in a case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments per request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier only contacts a service when you ask it to translate. Segments are sent to the address above; use a local server for confidential material.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use by default:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs a name and a full address such as http://127.0.0.1:8080.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier::TranslationTools</name>
    <message>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-Translate This Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-Translate Untranslated Segments of This Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-Translate Selected Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-Translate Untranslated Segments of the Whole Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Translation File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.txt *.html *.htm *.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join With Next Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split Translation at Cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Translations Down From Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Translations Up Into This Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no translation yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by a Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aligned %1 translated sentences to %2 segments: %3 one to one, %4 joined or split, %5 unmatched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join translations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move translations down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move translations up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier::WebPageView</name>
    <message>
        <source>Shown offline from the stored copy; JavaScript and remote content are blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown offline from the stored copy. Requests to the internet blocked: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dossier::WelcomeWidget</name>
    <message>
        <source>&lt;h1&gt;Dossier&lt;/h1&gt;&lt;p&gt;Start a case for your investigation, or open one you or a colleague saved.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent cases&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
