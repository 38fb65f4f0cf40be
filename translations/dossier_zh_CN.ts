<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArticleClaims</name>
    <message>
        <source>The article&apos;s text encoding could not be recognised.</source>
        <translation>无法识别该文章的文本编码。</translation>
    </message>
    <message>
        <source>figures</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>names the case knows</source>
        <translation>案卷已知的名称</translation>
    </message>
</context>
<context>
    <name>CaseEdit</name>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation>“%1”无法保存：%2</translation>
    </message>
</context>
<context>
    <name>CaseFile</name>
    <message>
        <source>This case is already open in another Dossier window or program. Close it there first.</source>
        <translation>此案卷已在另一个 Dossier 窗口或程序中打开。请先在那里关闭它。</translation>
    </message>
    <message>
        <source>%1 is locked by process %2 on %3</source>
        <translation>%1 被 %3 上的进程 %2 锁定</translation>
    </message>
    <message>
        <source>The case file cannot be opened for writing: its folder is read-only.</source>
        <translation>无法以写入方式打开案卷：所在文件夹为只读。</translation>
    </message>
    <message>
        <source>A file with this name already exists; choose another name.</source>
        <translation>已存在同名文件，请换一个名称。</translation>
    </message>
    <message>
        <source>There is no case file at this location.</source>
        <translation>此位置没有案卷文件。</translation>
    </message>
    <message>
        <source>This is a folder, not a case file.</source>
        <translation>这是一个文件夹，不是案卷文件。</translation>
    </message>
    <message>
        <source>The case file cannot be read: %1</source>
        <translation>无法读取案卷文件：%1</translation>
    </message>
    <message>
        <source>This file is not a Dossier case file.</source>
        <translation>此文件不是 Dossier 案卷文件。</translation>
    </message>
    <message>
        <source>The case file is read-only. Copy it to a writable folder, or change its permissions, to open it.</source>
        <translation>案卷文件为只读。请将其复制到可写的文件夹或修改权限后再打开。</translation>
    </message>
    <message>
        <source>The case file is on a read-only disk. Copy it to a writable folder to open it.</source>
        <translation>案卷文件位于只读磁盘上。请将其复制到可写的文件夹后再打开。</translation>
    </message>
    <message>
        <source>This is a SQLite database, but not a Dossier case file.</source>
        <translation>这是一个 SQLite 数据库，但不是 Dossier 案卷文件。</translation>
    </message>
    <message>
        <source>This case was saved by a newer version of Dossier (format %1; this version reads up to %2). Update Dossier to open it.</source>
        <translation>此案卷由更新版本的 Dossier 保存（格式 %1；本版本最高支持 %2）。请更新 Dossier 后再打开。</translation>
    </message>
    <message>
        <source>Choose a different file name for the copy.</source>
        <translation>请为副本选择不同的文件名。</translation>
    </message>
    <message>
        <source>The copy could not be written to its final name.</source>
        <translation>无法以最终文件名写入副本。</translation>
    </message>
    <message>
        <source>The case file records format %1, which no version of Dossier writes: another program changed it. Nothing was changed; restore it from a backup copy.</source>
        <translation>案卷文件记录的格式为 %1，任何版本的 Dossier 都不会写出这种格式：它已被其他程序改动。未做任何更改；请从备份副本恢复。</translation>
    </message>
    <message>
        <source>The case file has lost its tables (its documents, originals or text): another program emptied or damaged it. Nothing was changed; restore it from a backup copy.</source>
        <translation>案卷文件缺少数据表（文件、原件或文本）：它已被其他程序清空或损坏。未做任何更改；请从备份副本恢复。</translation>
    </message>
    <message>
        <source>The disk holding this case is full. Free some space to open it.</source>
        <translation>存放此案卷的磁盘已满。请腾出空间后再打开。</translation>
    </message>
    <message>
        <source>The disk holding this case is full, and the case must be upgraded before it can be read. Free some space to open it.</source>
        <translation>存放此案卷的磁盘已满，而此案卷需要先升级才能读取。请腾出空间后再打开。</translation>
    </message>
    <message>
        <source>The disk holding this case is full: it is open for reading only. Free some space and open it again to make changes.</source>
        <translation>存放此案卷的磁盘已满：案卷以只读方式打开。请腾出空间并重新打开，才能修改。</translation>
    </message>
</context>
<context>
    <name>CaseImport</name>
    <message>
        <source>The export %1 cannot be read: %2</source>
        <translation>无法读取导出文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at byte %3.</source>
        <translation>%1 不是有效的 JSON：第 %3 字节处%2。</translation>
    </message>
    <message>
        <source>%1 is not a Dossier case export (it holds no case object).</source>
        <translation>%1 不是 Dossier 案卷导出文件（其中没有案卷对象）。</translation>
    </message>
    <message>
        <source>A file with this name already exists; choose another name.</source>
        <translation>已有同名文件；请另选名称。</translation>
    </message>
    <message>
        <source>%1 could not be imported: %2</source>
        <translation>无法导入 %1：%2</translation>
    </message>
    <message>
        <source>The new case could not be given its name.</source>
        <translation>无法为新案卷设置其名称。</translation>
    </message>
</context>
<context>
    <name>CaseJson</name>
    <message>
        <source>This JSON file is not a Dossier case export.</source>
        <translation>此 JSON 文件不是 Dossier 案卷导出。</translation>
    </message>
    <message>
        <source>This export comes from a newer version of Dossier; update Dossier to import it.</source>
        <translation>此导出来自更新版本的 Dossier；请更新 Dossier 后再导入。</translation>
    </message>
    <message>
        <source>Import a case export into a new, empty case.</source>
        <translation>请将案卷导出导入到新的空案卷中。</translation>
    </message>
    <message>
        <source>The case export could not be imported: %1</source>
        <translation>无法导入案卷导出：%1</translation>
    </message>
    <message>
        <source>“%1” is missing</source>
        <translation>缺少“%1”</translation>
    </message>
    <message>
        <source>it repeats another row&apos;s %1</source>
        <translation>与另一行的 %1 重复</translation>
    </message>
    <message>
        <source>it refers to a row the export does not hold</source>
        <translation>它引用了导出文件中不存在的行</translation>
    </message>
    <message>
        <source>The export is damaged: row %1 of “%2” is not a record.</source>
        <translation>导出文件已损坏：“%2”的第 %1 行不是一条记录。</translation>
    </message>
    <message>
        <source>The export is damaged: row %1 of “%2” cannot be stored (%3). Nothing was imported.</source>
        <translation>导出文件已损坏：“%2”的第 %1 行无法保存（%3）。未导入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n document(s) of the export cannot be trusted.</source>
        <translation>
            <numerusform>未导入任何内容：导出文件中有 %n 个文件不可信。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rebuilt from a JSON export</source>
        <translation>由 JSON 导出文件重建</translation>
    </message>
    <message>
        <source>The export could not be written: %1</source>
        <translation>无法写入导出文件：%1</translation>
    </message>
</context>
<context>
    <name>CaseMerger</name>
    <message>
        <source>changed here, deleted in the other copy</source>
        <translation>此处有改动，另一副本已删除</translation>
    </message>
    <message>
        <source>changed only in the other copy</source>
        <translation>仅另一副本有改动</translation>
    </message>
    <message>
        <source>changed in both copies</source>
        <translation>两个副本都有改动</translation>
    </message>
    <message>
        <source>deleted here, changed in the other copy</source>
        <translation>此处已删除，另一副本有改动</translation>
    </message>
    <message numerus="yes">
        <source>deleted in the other copy, but here it holds %n item(s) the other copy never had</source>
        <translation>
            <numerusform>另一副本已删除，但此处含有另一副本从未有过的 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>moved to the trash</source>
        <translation>已移入回收站</translation>
    </message>
    <message>
        <source>%1, passage %2</source>
        <translation>%1，第 %2 段</translation>
    </message>
    <message>
        <source>corrected differently in both copies</source>
        <translation>两个副本的更正不同</translation>
    </message>
</context>
<context>
    <name>CaseSummary</name>
    <message>
        <source>%1 (title read by OCR)</source>
        <translation>%1（标题由OCR识别）</translation>
    </message>
</context>
<context>
    <name>ClaimChecker</name>
    <message>
        <source>No exchange rate between %1 and %2 is stated in the case; add the source of the rate (e.g. “1 USD = 7.1440 CNY”) to check the conversion.</source>
        <translation>案卷中没有 %1 与 %2 之间的汇率；请添加汇率来源（例如“1 USD = 7.1440 CNY”）以核对换算。</translation>
    </message>
    <message>
        <source>the source gives no currency</source>
        <translation>来源未注明币种</translation>
    </message>
    <message>
        <source>same amount in %1</source>
        <translation>%1 金额相同</translation>
    </message>
    <message>
        <source>same percentage</source>
        <translation>百分比相同</translation>
    </message>
    <message>
        <source>what is counted is not stated on both sides</source>
        <translation>双方未都写明计数对象</translation>
    </message>
    <message>
        <source>same count of %1</source>
        <translation>%1 数量相同</translation>
    </message>
    <message>
        <source>same number, no unit in the claim</source>
        <translation>数字相同，说法中无单位</translation>
    </message>
    <message>
        <source>%1 is not named beside it</source>
        <translation>旁边未提到 %1</translation>
    </message>
    <message>
        <source>%1 named beside it</source>
        <translation>旁边提到 %1</translation>
    </message>
    <message>
        <source>%1 is not known to the case (add it as an entity or a glossary term)</source>
        <translation>案卷不认识 %1（请将其添加为实体或术语）</translation>
    </message>
    <message>
        <source>the claim&apos;s names are near it</source>
        <translation>说法中的名称就在附近</translation>
    </message>
    <message>
        <source>the claim&apos;s names are in the same document</source>
        <translation>说法中的名称在同一文件中</translation>
    </message>
    <message>
        <source>none of the claim&apos;s names is in this document</source>
        <translation>此文件中没有说法提到的任何名称</translation>
    </message>
</context>
<context>
    <name>ClaimEdit</name>
    <message>
        <source>There is no claim %1 in this case.</source>
        <translation>此案卷中没有第 %1 条待核实陈述。</translation>
    </message>
    <message>
        <source>There is no segment %1 in this case to quote.</source>
        <translation>此案卷中没有可引用的第 %1 段。</translation>
    </message>
    <message>
        <source>Add claims to check</source>
        <translation>添加待核实陈述</translation>
    </message>
    <message>
        <source>Record verdict</source>
        <translation>记录核实结论</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>添加证据</translation>
    </message>
    <message>
        <source>There are no claims to add.</source>
        <translation>没有可添加的陈述。</translation>
    </message>
    <message>
        <source>Each claim needs its place in the article.</source>
        <translation>每条陈述都需要其在文章中的位置。</translation>
    </message>
</context>
<context>
    <name>ClaimReviewExport</name>
    <message>
        <source>A ClaimReview needs the web address where the fact-check is published (give it as “Published at”).</source>
        <translation>ClaimReview 需要核查结果发布的网址（请在“发布地址”中填写）。</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>%1 range</source>
        <translation>%1范围</translation>
    </message>
    <message>
        <source>document text</source>
        <translation>文档文本</translation>
    </message>
    <message>
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <source>OCR, corrected by hand</source>
        <translation>OCR，已人工校正</translation>
    </message>
</context>
<context>
    <name>DemoCase</name>
    <message>
        <source>The demo documents are missing.</source>
        <translation>缺少演示文件。</translation>
    </message>
    <message>
        <source>A demo document could not be imported: %1</source>
        <translation>无法导入演示文件：%1</translation>
    </message>
</context>
<context>
    <name>DocumentDetailsEdit</name>
    <message>
        <source>There is no document %1 in this case.</source>
        <translation>此案卷中没有文件 %1。</translation>
    </message>
    <message>
        <source>Edit document details</source>
        <translation>编辑文件详情</translation>
    </message>
    <message>
        <source>A document needs a title.</source>
        <translation>文件需要标题。</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as 2024-03-15, 2024-03 or 2024.</source>
        <translation>“%1”不是日期：请写作 2024-03-15、2024-03 或 2024。</translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>网页</translation>
    </message>
    <message>
        <source>Bilingual text</source>
        <translation>双语文本</translation>
    </message>
    <message>
        <source>Scan (image)</source>
        <translation>扫描件（图片）</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
</context>
<context>
    <name>EncodingDetector</name>
    <message>
        <source>The text encoding of this file could not be recognised.</source>
        <translation>无法识别此文件的文本编码。</translation>
    </message>
    <message>
        <source>detector suggested %1</source>
        <translation>检测器推测为 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n byte sequence(s) of this file were not valid %1 and are shown as �; the original bytes are kept unchanged in the case.</source>
        <translation>
            <numerusform>此文件有 %n 处字节序列不是有效的 %1，显示为 �；原始字节原样保存在案卷中。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntityEdit</name>
    <message>
        <source>There is no entity %1 in this case.</source>
        <translation>此案卷中没有实体 %1。</translation>
    </message>
    <message>
        <source>An entity needs a Chinese or an English name.</source>
        <translation>实体需要中文名或英文名。</translation>
    </message>
    <message>
        <source>There is no segment %1 in this case.</source>
        <translation>此案卷中没有第 %1 段。</translation>
    </message>
    <message>
        <source>A mention needs a span of at least one character.</source>
        <translation>提及至少需要一个字符。</translation>
    </message>
    <message>
        <source>Characters %1–%2 are not inside segment %3 (it has %4).</source>
        <translation>第 %1–%2 个字符不在第 %3 段内（该段共 %4 个字符）。</translation>
    </message>
    <message>
        <source>New entity</source>
        <translation>新建实体</translation>
    </message>
    <message>
        <source>Edit entity</source>
        <translation>编辑实体</translation>
    </message>
    <message>
        <source>Delete entity</source>
        <translation>删除实体</translation>
    </message>
    <message>
        <source>Merge entities</source>
        <translation>合并实体</translation>
    </message>
    <message>
        <source>An entity cannot be merged into itself.</source>
        <translation>实体不能与自身合并。</translation>
    </message>
    <message>
        <source>Tag mention</source>
        <translation>标注提及</translation>
    </message>
    <message>
        <source>Confirm mentions</source>
        <translation>确认提及</translation>
    </message>
    <message>
        <source>Reject mentions</source>
        <translation>否决提及</translation>
    </message>
    <message>
        <source>Reopen mentions</source>
        <translation>重新打开提及</translation>
    </message>
    <message>
        <source>Add relation</source>
        <translation>添加关系</translation>
    </message>
    <message>
        <source>A relation needs a kind (for example “buys from”).</source>
        <translation>关系需要类型（例如“采购自”）。</translation>
    </message>
    <message>
        <source>Find mentions</source>
        <translation>查找提及</translation>
    </message>
    <message>
        <source>Attach credit codes</source>
        <translation>附加信用代码</translation>
    </message>
    <message>
        <source>Add the notice&apos;s parties</source>
        <translation>添加公告中的各方</translation>
    </message>
</context>
<context>
    <name>EntityType</name>
    <message>
        <source>Buyer</source>
        <translation>采购方</translation>
    </message>
    <message>
        <source>Intermediary</source>
        <translation>中介</translation>
    </message>
    <message>
        <source>Cloud provider</source>
        <translation>云服务商</translation>
    </message>
    <message>
        <source>Computing centre</source>
        <translation>计算中心</translation>
    </message>
    <message>
        <source>Chip</source>
        <translation>芯片</translation>
    </message>
    <message>
        <source>AI model or service</source>
        <translation>AI 模型或服务</translation>
    </message>
    <message>
        <source>Government body</source>
        <translation>政府机构</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>EventEdit</name>
    <message>
        <source>An event needs a title: what happened.</source>
        <translation>事件需要标题：发生了什么。</translation>
    </message>
    <message>
        <source>An event needs a date, at least a year.</source>
        <translation>事件需要日期，至少要有年份。</translation>
    </message>
    <message>
        <source>There is no entity %1 in this case.</source>
        <translation>此案卷中没有实体 %1。</translation>
    </message>
    <message>
        <source>There is no event %1 in this case.</source>
        <translation>此案卷中没有事件 %1。</translation>
    </message>
    <message>
        <source>Evidence quotes a segment&apos;s original or its translation, not “%1”.</source>
        <translation>证据只能引用段落的原文或译文，不能引用“%1”。</translation>
    </message>
    <message>
        <source>There is no segment %1 in this case to quote.</source>
        <translation>此案卷中没有可引用的第 %1 段。</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>添加事件</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>编辑事件</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>删除事件</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>添加证据</translation>
    </message>
</context>
<context>
    <name>ExportPackage</name>
    <message>
        <source>%1 could not be read to record its SHA-256.</source>
        <translation>无法读取 %1，无法记录其 SHA-256。</translation>
    </message>
    <message>
        <source>The export folder could not be created.</source>
        <translation>无法创建导出文件夹。</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>The export could not be written: %1</source>
        <translation>无法写入导出文件：%1</translation>
    </message>
    <message>
        <source>Unknown export format “%1”. Use one of: %2</source>
        <translation>未知的导出格式“%1”。可用：%2</translation>
    </message>
    <message>
        <source>The folder for the CSV files could not be created.</source>
        <translation>无法创建存放 CSV 文件的文件夹。</translation>
    </message>
    <message>
        <source>Unknown export format “%1”.</source>
        <translation>未知的导出格式“%1”。</translation>
    </message>
</context>
<context>
    <name>FileSniffer</name>
    <message>
        <source>a GIF image</source>
        <translation>GIF 图片</translation>
    </message>
    <message>
        <source>a ZIP archive (or a Word/Excel file)</source>
        <translation>ZIP 压缩包（或 Word/Excel 文件）</translation>
    </message>
    <message>
        <source>an old Microsoft Office file</source>
        <translation>旧版 Microsoft Office 文件</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>gzip 压缩包</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>RAR 压缩包</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>7-Zip 压缩包</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>程序文件</translation>
    </message>
    <message>
        <source>a database (perhaps a case file)</source>
        <translation>数据库（可能是案卷文件）</translation>
    </message>
    <message>
        <source>an empty file</source>
        <translation>空文件</translation>
    </message>
    <message>
        <source>a binary file</source>
        <translation>二进制文件</translation>
    </message>
</context>
<context>
    <name>GlossaryEdit</name>
    <message>
        <source>Add glossary term</source>
        <translation>添加术语</translation>
    </message>
    <message>
        <source>Edit glossary term</source>
        <translation>编辑术语</translation>
    </message>
    <message>
        <source>Remove glossary term</source>
        <translation>删除术语</translation>
    </message>
    <message>
        <source>A glossary entry needs a term and its rendering.</source>
        <translation>术语条目需要术语及其译法。</translation>
    </message>
    <message>
        <source>The glossary has no such term.</source>
        <translation>术语表中没有此术语。</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>已重做：%1</translation>
    </message>
    <message>
        <source>Case created</source>
        <translation>案卷已创建</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>HtmlTextExtractor</name>
    <message>
        <source>This page&apos;s markup is nested too deeply to keep its layout; its text was read without structure.</source>
        <translation>此网页的标记嵌套过深，无法保留版式；其文本已按无结构方式读取。</translation>
    </message>
</context>
<context>
    <name>ImageImporter</name>
    <message>
        <source>This %1 image is damaged or incomplete and cannot be read.</source>
        <translation>此 %1 图片已损坏或不完整，无法读取。</translation>
    </message>
    <message>
        <source>This image is %1 × %2 pixels; Dossier reads images up to %3 million pixels. Save it at a lower resolution (300 dpi is plenty for text) and import that.</source>
        <translation>此图片为 %1 × %2 像素；Dossier 最多读取 %3 百万像素的图片。请以较低分辨率另存（文字用 300 dpi 已足够）后再导入。</translation>
    </message>
    <message>
        <source>This image file holds %1 pages; Dossier read the first. Save each page as its own file, or the whole as a PDF, to import the others.</source>
        <translation>此图片文件包含 %1 页；Dossier 只读取了第一页。请将每页另存为单独文件，或整体另存为 PDF，以导入其余各页。</translation>
    </message>
    <message>
        <source>The import was cancelled while reading the image.</source>
        <translation>读取图片时导入已取消。</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>The file is %1 MB; Dossier imports files up to %2 MB.</source>
        <translation>文件大小为 %1 MB；Dossier 最多可导入 %2 MB 的文件。</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>Import cancelled before this file.</source>
        <translation>在导入此文件前已取消。</translation>
    </message>
    <message>
        <source>Dossier cannot import this file: it looks like %1, not a PDF, web page, text or PNG/JPEG/TIFF image.</source>
        <translation>Dossier 无法导入此文件：它看起来是%1，而不是 PDF、网页、文本或 PNG/JPEG/TIFF 图片。</translation>
    </message>
    <message>
        <source>This text is %1 MB long: it is kept in parts of about 4 MB, shown as pages.</source>
        <translation>此文本长 %1 MB：按约 4 MB 一段保存，显示为页。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing of this file was kept.</source>
        <translation>导入已取消；此文件的内容均未保留。</translation>
    </message>
</context>
<context>
    <name>MachineTranslator</name>
    <message>
        <source>The translation service at %1 did not answer in time.</source>
        <translation>%1 的翻译服务未能及时响应。</translation>
    </message>
    <message>
        <source>The translation service at %1 asked to slow down (too many requests).</source>
        <translation>%1 的翻译服务要求降低请求频率（请求过多）。</translation>
    </message>
    <message>
        <source>The translation service at %1 failed (HTTP %2).</source>
        <translation>%1 的翻译服务出错（HTTP %2）。</translation>
    </message>
    <message>
        <source>The translation service at %1 cannot be reached: %2</source>
        <translation>无法连接 %1 的翻译服务：%2</translation>
    </message>
    <message>
        <source>The translation service at %1 refused the API key (HTTP %2).</source>
        <translation>%1 的翻译服务拒绝了 API 密钥（HTTP %2）。</translation>
    </message>
    <message>
        <source>The translation service at %1 rejected the request (HTTP %2).</source>
        <translation>%1 的翻译服务拒绝了请求（HTTP %2）。</translation>
    </message>
    <message>
        <source>No translation service is configured. Add one in Settings → Translation Services.</source>
        <translation>尚未配置翻译服务。请在“设置 → 翻译服务”中添加。</translation>
    </message>
</context>
<context>
    <name>MergeCaseEdit</name>
    <message>
        <source>Merge “%1”</source>
        <translation>合并“%1”</translation>
    </message>
    <message>
        <source>The two copies could not be compared: %1</source>
        <translation>无法比较两个副本：%1</translation>
    </message>
    <message>
        <source>Merge “%1”: %2</source>
        <translation>合并“%1”：%2</translation>
    </message>
</context>
<context>
    <name>MergeReport</name>
    <message>
        <source>Would add: %1</source>
        <translation>将新增：%1</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>已新增：%1</translation>
    </message>
    <message>
        <source>Would update: %1</source>
        <translation>将更新：%1</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>已更新：%1</translation>
    </message>
    <message>
        <source>Would delete (deleted in the other copy): %1</source>
        <translation>将删除（另一副本已删除）：%1</translation>
    </message>
    <message>
        <source>Deleted (deleted in the other copy): %1</source>
        <translation>已删除（另一副本已删除）：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) changed in both copies: choose a version for each.</source>
        <translation>
            <numerusform>%n 项在两个副本中都有改动：请逐项选择版本。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of the other copy refer to something this case does not hold and were left out.</source>
        <translation>
            <numerusform>另一副本中有 %n 项引用了本案件没有的内容，已略过。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to bring in: this case already holds everything the other copy has.</source>
        <translation>没有需要合并的内容：本案件已包含另一副本的全部内容。</translation>
    </message>
</context>
<context>
    <name>MergeSource</name>
    <message>
        <source>There is no case file or case export at this location.</source>
        <translation>此位置没有案件文件或案件导出文件。</translation>
    </message>
    <message>
        <source>This is the open case itself: choose another copy of it to merge.</source>
        <translation>这就是当前打开的案件：请选择它的另一个副本进行合并。</translation>
    </message>
    <message>
        <source>There is no room for a temporary copy of the other case.</source>
        <translation>没有空间存放另一案件的临时副本。</translation>
    </message>
    <message>
        <source>“%1” cannot be merged: %2</source>
        <translation>无法合并“%1”：%2</translation>
    </message>
</context>
<context>
    <name>NoticeParties</name>
    <message>
        <source>Award of %1 yuan (%2)</source>
        <translation>中标金额 %1 元（%2）</translation>
    </message>
</context>
<context>
    <name>OcrCorrectionEdit</name>
    <message>
        <source>Correct OCR text</source>
        <translation>校正 OCR 文本</translation>
    </message>
    <message>
        <source>There is no segment %1 in this case.</source>
        <translation>此案卷中没有第 %1 段。</translation>
    </message>
</context>
<context>
    <name>OcrCorrections</name>
    <message>
        <source>This passage is no longer in the case.</source>
        <translation>此段落已不在案卷中。</translation>
    </message>
    <message>
        <source>Only text read by OCR can be corrected: this passage is the document&apos;s own text.</source>
        <translation>只能更正 OCR 识别出的文字：此段落是文件本身的文字。</translation>
    </message>
    <message>
        <source>A corrected passage cannot be empty.</source>
        <translation>更正后的段落不能为空。</translation>
    </message>
</context>
<context>
    <name>OcrEngine</name>
    <message>
        <source>The text recognition data for %1 is not installed. Install the Debian packages tesseract-ocr-chi-sim and tesseract-ocr-eng.</source>
        <translation>未安装 %1 的文字识别数据。请安装 Debian 软件包 tesseract-ocr-chi-sim 和 tesseract-ocr-eng。</translation>
    </message>
    <message>
        <source>Text recognition was used before its language data was loaded.</source>
        <translation>文字识别在语言数据加载之前被调用。</translation>
    </message>
    <message>
        <source>The page image is empty.</source>
        <translation>页面图像为空。</translation>
    </message>
    <message>
        <source>Text recognition was cancelled.</source>
        <translation>文字识别已取消。</translation>
    </message>
    <message>
        <source>Text recognition failed on this page.</source>
        <translation>此页文字识别失败。</translation>
    </message>
</context>
<context>
    <name>OdfPackage</name>
    <message>
        <source>The document could not be written: %1</source>
        <translation>无法写入文档：%1</translation>
    </message>
</context>
<context>
    <name>OriginalCheck</name>
    <message>
        <source>Document %1 “%2” has no original file: nothing proves what it quotes.</source>
        <translation>文件 %1“%2”没有原始文件：无法证明其引文。</translation>
    </message>
    <message>
        <source>Document %1 “%2”: its original file is not the one imported (SHA-256 %3 recorded, %4 now). It was altered or damaged.</source>
        <translation>文件 %1“%2”：其原始文件已不是导入时的文件（记录的 SHA-256 为 %3，现在为 %4）。它已被改动或损坏。</translation>
    </message>
</context>
<context>
    <name>OutletComparison</name>
    <message>
        <source>%1 gives %2 %3, %4 gives %5 %3</source>
        <translation>%1 给出 %2 %3，%4 给出 %5 %3</translation>
    </message>
    <message>
        <source>%1: %2 does not follow at its own rate (%3)</source>
        <translation>%1：按其自己写明的汇率，%2 不成立（%3）</translation>
    </message>
    <message>
        <source>converted into %1 by different outlets</source>
        <translation>不同媒体分别换算为 %1</translation>
    </message>
</context>
<context>
    <name>PdfImporter</name>
    <message>
        <source>This PDF is damaged or incomplete and cannot be read.</source>
        <translation>此 PDF 已损坏或不完整，无法读取。</translation>
    </message>
    <message>
        <source>This PDF is protected by a password. Open it in a PDF reader, save a copy without the password, and import that copy.</source>
        <translation>此 PDF 受密码保护。请在 PDF 阅读器中打开，另存一份不带密码的副本后导入该副本。</translation>
    </message>
    <message>
        <source>This PDF has no pages.</source>
        <translation>此 PDF 没有页面。</translation>
    </message>
    <message>
        <source>The import was cancelled at page %1 of %2.</source>
        <translation>导入在第 %1 页（共 %2 页）时取消。</translation>
    </message>
    <message>
        <source>Page %1 could not be drawn for text recognition.</source>
        <translation>无法绘制第 %1 页以进行文字识别。</translation>
    </message>
    <message>
        <source>Page %1 cannot be read.</source>
        <translation>无法读取第 %1 页。</translation>
    </message>
    <message>
        <source>The import was cancelled while reading page %1 of %2.</source>
        <translation>在识别第 %1 页（共 %2 页）时导入已取消。</translation>
    </message>
    <message>
        <source>Text recognition failed on page(s) %1; they are in the case without text.</source>
        <translation>第 %1 页文字识别失败；这些页面已收入案卷，但没有文字。</translation>
    </message>
</context>
<context>
    <name>PdfOutline</name>
    <message>
        <source>The PDF could not be written.</source>
        <translation>无法写入 PDF。</translation>
    </message>
</context>
<context>
    <name>PdfRenderer</name>
    <message>
        <source>The PDF&apos;s pages cannot be shown: the stored file is damaged or locked.</source>
        <translation>无法显示 PDF 页面：存储的文件已损坏或被锁定。</translation>
    </message>
    <message>
        <source>Page %1 of this PDF cannot be shown.</source>
        <translation>无法显示此 PDF 的第 %1 页。</translation>
    </message>
    <message>
        <source>Page %1 of this PDF could not be drawn.</source>
        <translation>无法绘制此 PDF 的第 %1 页。</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>无法写入 PDF。</translation>
    </message>
</context>
<context>
    <name>ReaderCaptions</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 segments translated</source>
        <translation>已翻译 %1 / %2 个段落</translation>
    </message>
    <message>
        <source>obtained %1</source>
        <translation>获取于 %1</translation>
    </message>
    <message>
        <source>Not translated</source>
        <translation>未翻译</translation>
    </message>
    <message>
        <source>Translation: yours</source>
        <translation>译文：您的</translation>
    </message>
    <message>
        <source>Translation: imported</source>
        <translation>译文：导入</translation>
    </message>
    <message>
        <source>Translation: machine (%1)</source>
        <translation>译文：机器（%1）</translation>
    </message>
    <message>
        <source>Glossary: %1 = %2</source>
        <translation>术语：%1 = %2</translation>
    </message>
</context>
<context>
    <name>ReaderSelection</name>
    <message>
        <source>“%1” (%2, p. %3, OCR, corrected by hand)</source>
        <translation>“%1”（%2，第 %3 页，OCR，已人工更正）</translation>
    </message>
    <message>
        <source>“%1” (%2, p. %3, OCR)</source>
        <translation>“%1”（%2，第 %3 页，OCR）</translation>
    </message>
    <message>
        <source>“%1” (%2, p. %3)</source>
        <translation>“%1”（%2，第 %3 页）</translation>
    </message>
</context>
<context>
    <name>RecordKind</name>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>译文</translation>
    </message>
    <message>
        <source>Corrected text</source>
        <translation>更正的文字</translation>
    </message>
    <message>
        <source>Glossary term</source>
        <translation>术语</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>提及</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Relation evidence</source>
        <translation>关系证据</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Entity of an event</source>
        <translation>事件的实体</translation>
    </message>
    <message>
        <source>Event evidence</source>
        <translation>事件证据</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>说法</translation>
    </message>
    <message>
        <source>Claim evidence</source>
        <translation>说法证据</translation>
    </message>
    <message>
        <source>Screening list entry</source>
        <translation>筛查名单条目</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Obtained from</source>
        <translation>获取来源</translation>
    </message>
    <message>
        <source>Obtained on</source>
        <translation>获取日期</translation>
    </message>
    <message>
        <source>In the trash since</source>
        <translation>移入回收站时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Preferred version</source>
        <translation>首选版本</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审阅</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>术语</translation>
    </message>
    <message>
        <source>Rendering</source>
        <translation>译法</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>信用代码</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>审核备注</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Quote in translation</source>
        <translation>译文引文</translation>
    </message>
    <message>
        <source>Draft it comes from</source>
        <translation>出处稿件</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>核查人</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>核查日期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>其他名称</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>RelationKind</name>
    <message>
        <source>bought from</source>
        <translation>采购自</translation>
    </message>
    <message>
        <source>supplied by</source>
        <translation>供货方为</translation>
    </message>
    <message>
        <source>resells</source>
        <translation>转售</translation>
    </message>
    <message>
        <source>is a subsidiary of</source>
        <translation>隶属于</translation>
    </message>
    <message>
        <source>uses</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>is listed on</source>
        <translation>列入</translation>
    </message>
    <message>
        <source>is related to</source>
        <translation>关联</translation>
    </message>
</context>
<context>
    <name>ResolveConflictEdit</name>
    <message>
        <source>Keep this copy&apos;s version</source>
        <translation>保留此副本的版本</translation>
    </message>
    <message>
        <source>Take the other copy&apos;s version</source>
        <translation>采用另一副本的版本</translation>
    </message>
    <message>
        <source>There is no conflict %1 waiting in this case.</source>
        <translation>本案件中没有待处理的冲突 %1。</translation>
    </message>
    <message>
        <source>Keep this copy&apos;s version of “%1”</source>
        <translation>保留此副本中“%1”的版本</translation>
    </message>
    <message>
        <source>Take the other copy&apos;s version of “%1”</source>
        <translation>采用另一副本中“%1”的版本</translation>
    </message>
    <message>
        <source>The passage of this conflict is no longer in the case.</source>
        <translation>此冲突涉及的段落已不在案件中。</translation>
    </message>
    <message>
        <source>This conflict is about a kind of item this version of Dossier does not know.</source>
        <translation>此冲突涉及的条目类型，本版本 Dossier 无法识别。</translation>
    </message>
</context>
<context>
    <name>ReviewControls</name>
    <message>
        <source>Show only items in this review state</source>
        <translation>只显示处于此审核状态的条目</translation>
    </message>
    <message>
        <source>Any review state</source>
        <translation>所有审核状态</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>审核(&amp;R)</translation>
    </message>
    <message>
        <source>Disputed…</source>
        <translation>有争议…</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>有争议</translation>
    </message>
    <message>
        <source>Why is it disputed? (The note is shown with the item and in exports.)</source>
        <translation>为何有争议？（备注会与条目一起显示，并出现在导出中。）</translation>
    </message>
</context>
<context>
    <name>ReviewEdit</name>
    <message>
        <source>Mark as “%1”</source>
        <translation>标记为“%1”</translation>
    </message>
    <message>
        <source>Say why the item is disputed: a disputed item needs a note.</source>
        <translation>请说明争议原因：有争议的条目需要备注。</translation>
    </message>
    <message>
        <source>There is no %1 %2 in this case.</source>
        <translation>本案件中没有 %1 %2。</translation>
    </message>
</context>
<context>
    <name>ReviewState</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Checked by editor</source>
        <translation>编辑已核</translation>
    </message>
    <message>
        <source>Verified by fact-checker</source>
        <translation>核查员已证实</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>有争议</translation>
    </message>
</context>
<context>
    <name>ScreeningList</name>
    <message>
        <source>The screening list cannot be read: %1</source>
        <translation>无法读取筛查名单：%1</translation>
    </message>
    <message>
        <source>The screening list has no entries.</source>
        <translation>筛查名单中没有条目。</translation>
    </message>
    <message>
        <source>The screening list needs a column named “name”.</source>
        <translation>筛查名单需要名为“name”的列。</translation>
    </message>
</context>
<context>
    <name>SqlError</name>
    <message>
        <source>The disk is full. The change was rolled back and nothing was lost; free some space and try again.</source>
        <translation>磁盘已满。更改已回滚，没有丢失任何内容；请释放空间后重试。</translation>
    </message>
    <message>
        <source>The case file cannot be written (it is read-only or on a read-only disk).</source>
        <translation>无法写入案卷文件（文件只读或位于只读磁盘）。</translation>
    </message>
    <message>
        <source>The case file is busy in another program. Try again.</source>
        <translation>案卷文件正被其他程序使用，请重试。</translation>
    </message>
    <message>
        <source>The case file is damaged. Restore it from a backup copy.</source>
        <translation>案卷文件已损坏，请从备份副本恢复。</translation>
    </message>
    <message>
        <source>The case file could not be read or written (disk or permission error).</source>
        <translation>无法读写案卷文件（磁盘或权限错误）。</translation>
    </message>
    <message>
        <source>The case file reported an error.</source>
        <translation>案卷文件报告了一个错误。</translation>
    </message>
</context>
<context>
    <name>SummaryReport</name>
    <message>
        <source>Prepared by %1</source>
        <translation>编写：%1</translation>
    </message>
    <message>
        <source>confirmed material only</source>
        <translation>仅含已确认材料</translation>
    </message>
    <message>
        <source>verified items only: every event, entity and claim below was verified by a fact-checker</source>
        <translation>仅含已核实条目：以下每个事件、实体和说法均经事实核查员核实</translation>
    </message>
    <message>
        <source>Key findings</source>
        <translation>主要发现</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Translation flagged: %1</source>
        <translation>译文有误：%1</translation>
    </message>
    <message>
        <source>source changed since cited</source>
        <translation>引用后来源已更改</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>提及</translation>
    </message>
    <message>
        <source>Flags and relations</source>
        <translation>标记与关系</translation>
    </message>
    <message>
        <source>On %1: %2 (%3)</source>
        <translation>列于 %1：%2（%3）</translation>
    </message>
    <message>
        <source>Credit code </source>
        <translation>信用代码 </translation>
    </message>
    <message>
        <source>Checked figures</source>
        <translation>已核查数字</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>obtained %1</source>
        <translation>获取于 %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>No evidence attached</source>
        <translation>未附证据</translation>
    </message>
    <message>
        <source>(check character wrong)</source>
        <translation>（校验码错误）</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>说法</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) read by OCR</source>
        <translation>
            <numerusform>%n 页由OCR识别</numerusform>
        </translation>
    </message>
    <message>
        <source>tag “%1”</source>
        <translation>标签“%1”</translation>
    </message>
    <message>
        <source>This case holds %1, %2, %3 and %4.</source>
        <translation>本案包含%1、%2、%3和%4。</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entity(s)</source>
        <translation>
            <numerusform>%n 个实体</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checked figure(s)</source>
        <translation>
            <numerusform>%n 个已核查数字</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source document(s)</source>
        <translation>
            <numerusform>%n 份来源文档</numerusform>
        </translation>
    </message>
    <message>
        <source>(none written)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>(no events)</source>
        <translation>（无事件）</translation>
    </message>
    <message>
        <source>(no entities)</source>
        <translation>（无实体）</translation>
    </message>
    <message>
        <source>(no claims checked)</source>
        <translation>（无已核查说法）</translation>
    </message>
</context>
<context>
    <name>TranslationBatchEdit</name>
    <message>
        <source>Import translation</source>
        <translation>导入译文</translation>
    </message>
    <message>
        <source>Choose translation version</source>
        <translation>选择译文版本</translation>
    </message>
    <message>
        <source>Segment %1 has no translation version %2.</source>
        <translation>第 %1 段没有译文版本 %2。</translation>
    </message>
    <message>
        <source>The re-aligned translation does not fit the document&apos;s segments.</source>
        <translation>重新对齐的译文与文件的段落不符。</translation>
    </message>
    <message>
        <source>There is no document %1 in this case.</source>
        <translation>此案卷中没有文件 %1。</translation>
    </message>
</context>
<context>
    <name>TranslationChecks</name>
    <message>
        <source>“%1” is not in the translation</source>
        <translation>译文中没有“%1”</translation>
    </message>
    <message>
        <source>“%1” should be rendered “%2”</source>
        <translation>“%1”应译为“%2”</translation>
    </message>
</context>
<context>
    <name>TranslationEdit</name>
    <message>
        <source>Edit translation</source>
        <translation>编辑译文</translation>
    </message>
    <message>
        <source>A translation cannot be empty; choose another version instead.</source>
        <translation>译文不能为空；请改选其他版本。</translation>
    </message>
    <message>
        <source>There is no segment %1 in this case.</source>
        <translation>此案卷中没有第 %1 段。</translation>
    </message>
</context>
<context>
    <name>TranslationImporter</name>
    <message>
        <source>The translation file cannot be read: %1</source>
        <translation>无法读取译文文件：%1</translation>
    </message>
    <message>
        <source>There is no document %1 in this case.</source>
        <translation>此案卷中没有编号为 %1 的文件。</translation>
    </message>
    <message>
        <source>The translation file contains no text.</source>
        <translation>译文文件中没有文字。</translation>
    </message>
</context>
<context>
    <name>TrashEdit</name>
    <message numerus="yes">
        <source>Delete %n document(s)</source>
        <translation>
            <numerusform>删除 %n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n document(s)</source>
        <translation>
            <numerusform>恢复 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>No documents were chosen.</source>
        <translation>未选择任何文件。</translation>
    </message>
    <message>
        <source>There is no document %1 in this case.</source>
        <translation>此案卷中没有文件 %1。</translation>
    </message>
</context>
<context>
    <name>Uscc</name>
    <message>
        <source>The check character is correct.</source>
        <translation>校验码正确。</translation>
    </message>
    <message>
        <source>A credit code has 18 characters; this one has %1.</source>
        <translation>统一社会信用代码有 18 位；此代码有 %1 位。</translation>
    </message>
    <message>
        <source>Character %1, “%2”, is never in a credit code (they use digits and capital letters except I, O, S, V and Z).</source>
        <translation>第 %1 位“%2”不会出现在信用代码中（代码只用数字和除 I、O、S、V、Z 以外的大写字母）。</translation>
    </message>
    <message>
        <source>Character %1, “%2”, should be a digit: characters 3 to 8 are the region&apos;s code.</source>
        <translation>第 %1 位“%2”应为数字：第 3 至 8 位是行政区划代码。</translation>
    </message>
    <message>
        <source>The check character should be %1, not %2: a typo in the code?</source>
        <translation>校验码应为 %1，而不是 %2：代码是否有误？</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Unchecked</source>
        <translation>未核查</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>核查中</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>属实</translation>
    </message>
    <message>
        <source>Contradicted</source>
        <translation>与来源不符</translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation>无法核实</translation>
    </message>
</context>
<context>
    <name>dossier::BackgroundJob</name>
    <message>
        <source>“%1” stopped on an unexpected error.</source>
        <translation>“%1”因意外错误而停止。</translation>
    </message>
</context>
<context>
    <name>dossier::CaseDocks</name>
    <message>
        <source>Documents</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Fact-Check</source>
        <translation>事实核查</translation>
    </message>
</context>
<context>
    <name>dossier::CaseFileDialogs</name>
    <message>
        <source>Dossier cases (*.dossier)</source>
        <translation>Dossier 案卷 (*.dossier)</translation>
    </message>
    <message>
        <source>New Case</source>
        <translation>新建案卷</translation>
    </message>
    <message>
        <source>Open Case</source>
        <translation>打开案卷</translation>
    </message>
    <message>
        <source>Case Export</source>
        <translation>案卷导出</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Save a Copy of the Case</source>
        <translation>另存案卷副本</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>Copy saved to %1</source>
        <translation>副本已保存到 %1</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.html *.htm *.txt *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>文件 (*.pdf *.html *.htm *.txt *.png *.jpg *.jpeg *.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <source>Import Screening List</source>
        <translation>导入筛查名单</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was kept.</source>
        <translation>导出已取消；未保留任何内容。</translation>
    </message>
    <message>
        <source>Exported.</source>
        <translation>已导出。</translation>
    </message>
    <message>
        <source>Checking the originals</source>
        <translation>正在核对原始文件</translation>
    </message>
    <message>
        <source>Verify Case</source>
        <translation>核验案卷</translation>
    </message>
    <message>
        <source>Every original is the file that was imported.</source>
        <translation>每个原始文件都与导入时一致。</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) of this case cannot be trusted:</source>
        <translation>
            <numerusform>此案卷中有 %n 个文件不可信：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dossier::CaseSession</name>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>%1 failed: %2 The undo history was cleared, because it no longer matches the case.</source>
        <translation>%1失败：%2 撤销历史已清除，因为它已与案卷不符。</translation>
    </message>
</context>
<context>
    <name>dossier::ClaimTreeModel</name>
    <message>
        <source>Claim, figure or source</source>
        <translation>说法、数字或来源</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Unchecked</source>
        <translation>未核查</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>核查中</translation>
    </message>
    <message>
        <source>Supported</source>
        <translation>属实</translation>
    </message>
    <message>
        <source>Contradicted</source>
        <translation>与来源不符</translation>
    </message>
    <message>
        <source>Unverifiable</source>
        <translation>无法核实</translation>
    </message>
    <message>
        <source> ⚠ re-check</source>
        <translation> ⚠ 需复核</translation>
    </message>
    <message>
        <source>not in the sources</source>
        <translation>来源中没有</translation>
    </message>
    <message numerus="yes">
        <source>supported by %n source(s)</source>
        <translation>
            <numerusform>有 %n 个来源支持</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s), none confirmed</source>
        <translation>
            <numerusform>%n 个候选来源，均未确认</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2, p. %3</source>
        <translation>%1 — %2，第 %3 页</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>候选</translation>
    </message>
    <message>
        <source>conversion right</source>
        <translation>换算正确</translation>
    </message>
    <message>
        <source>conversion wrong</source>
        <translation>换算错误</translation>
    </message>
    <message>
        <source>no rate</source>
        <translation>无汇率</translation>
    </message>
    <message>
        <source>Evidence: “%1” (p. %2)</source>
        <translation>证据：“%1”（第 %2 页）</translation>
    </message>
    <message>
        <source>source changed</source>
        <translation>来源已变更</translation>
    </message>
    <message>
        <source>cited</source>
        <translation>已引用</translation>
    </message>
    <message>
        <source>Across outlets</source>
        <translation>各媒体报道对照</translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s)</source>
        <translation>
            <numerusform>%n 项事实</numerusform>
        </translation>
    </message>
    <message>
        <source>outlets disagree</source>
        <translation>各媒体说法不一</translation>
    </message>
    <message>
        <source>outlets agree</source>
        <translation>各媒体说法一致</translation>
    </message>
    <message>
        <source>Figures lost in translation</source>
        <translation>译文中缺失的数字</translation>
    </message>
</context>
<context>
    <name>dossier::ConflictsDialog</name>
    <message>
        <source>&amp;Keep This Copy&apos;s Version</source>
        <translation>保留此副本的版本(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Take the Other Copy&apos;s Version</source>
        <translation>采用另一副本的版本(&amp;T)</translation>
    </message>
    <message>
        <source>Resolve Conflicts</source>
        <translation>解决冲突</translation>
    </message>
    <message>
        <source>&lt;b&gt;This copy&lt;/b&gt;</source>
        <translation>&lt;b&gt;此副本&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;The other copy&lt;/b&gt;</source>
        <translation>&lt;b&gt;另一副本&lt;/b&gt;</translation>
    </message>
    <message>
        <source>From %1, found %2</source>
        <translation>来自 %1，发现于 %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Deleted in this copy.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;已在此副本中删除。&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No conflicts wait for a choice: both copies agree on everything they share.</source>
        <translation>没有待选择的冲突：两个副本共有的内容完全一致。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; was changed in this copy and in “%2”. Changed fields are marked.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 在此副本和“%2”中都有改动。改动的字段已标出。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;Deleted in the other copy.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;已在另一副本中删除。&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>dossier::DocumentBrowser</name>
    <message>
        <source>Filter documents</source>
        <translation>筛选文件</translation>
    </message>
    <message>
        <source>Open in Reader</source>
        <translation>在阅读器中打开</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>详情…</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>移至回收站</translation>
    </message>
</context>
<context>
    <name>dossier::DocumentListModel</name>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1
File: %2
SHA-256: %3
Imported: %4</source>
        <translation>%1
文件：%2
SHA-256：%3
导入时间：%4</translation>
    </message>
    <message>
        <source>
Source: %1</source>
        <translation>
来源：%1</translation>
    </message>
    <message numerus="yes">
        <source>
%n page(s) without a text layer</source>
        <translation>
            <numerusform>
%n 页没有文本层</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Obtained</source>
        <translation>获取日期</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>已翻译</translation>
    </message>
    <message>
        <source>Scanned PDF</source>
        <translation>扫描版 PDF</translation>
    </message>
    <message numerus="yes">
        <source>
%n page(s) read by OCR from the page image</source>
        <translation>
            <numerusform>
%n 页由 OCR 从页面图像识别</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dossier::DocumentPropertiesDialog</name>
    <message>
        <source>Document Details</source>
        <translation>文件详情</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Source address:</source>
        <translation>来源地址(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Obtained on:</source>
        <translation>获取日期(&amp;O)：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256：</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>导入时间：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>2024-03-15, 2024-03 or 2024; empty if not known</source>
        <translation>2024-03-15、2024-03 或 2024；未知则留空</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>历史：</translation>
    </message>
</context>
<context>
    <name>dossier::EntityDialog</name>
    <message>
        <source>Edit Entity</source>
        <translation>编辑实体</translation>
    </message>
    <message>
        <source>New Entity</source>
        <translation>新建实体</translation>
    </message>
    <message>
        <source>Other names, separated by ;</source>
        <translation>其他名称，以 ; 分隔</translation>
    </message>
    <message>
        <source>18 characters, e.g. 91350100M000100Y43</source>
        <translation>18 位，例如 91350100M000100Y43</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Chinese name:</source>
        <translation>中文名称：</translation>
    </message>
    <message>
        <source>English name:</source>
        <translation>英文名称：</translation>
    </message>
    <message>
        <source>Aliases:</source>
        <translation>别名：</translation>
    </message>
    <message>
        <source>Credit code:</source>
        <translation>信用代码：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>dossier::EntityPage</name>
    <message>
        <source>Confirm Selected</source>
        <translation>确认所选</translation>
    </message>
    <message>
        <source>Reject Selected</source>
        <translation>排除所选</translation>
    </message>
    <message>
        <source>Add Relation…</source>
        <translation>添加关系…</translation>
    </message>
    <message>
        <source>Relate this entity to another; the words selected in the reader become the evidence</source>
        <translation>将此实体与另一实体关联；阅读器中选中的文字将作为证据</translation>
    </message>
    <message>
        <source>Add Relation</source>
        <translation>添加关系</translation>
    </message>
    <message>
        <source>Related to:</source>
        <translation>关联到：</translation>
    </message>
    <message>
        <source>This entity … the other:</source>
        <translation>此实体……另一实体：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mentions&lt;/b&gt;</source>
        <translation>&lt;b&gt;提及&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This entity no longer exists.</source>
        <translation>此实体已不存在。</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>又称：%1</translation>
    </message>
    <message>
        <source>Credit code: %1 (%2)</source>
        <translation>信用代码：%1（%2）</translation>
    </message>
    <message>
        <source>check character correct</source>
        <translation>校验码正确</translation>
    </message>
    <message>
        <source>check character WRONG</source>
        <translation>校验码错误</translation>
    </message>
    <message>
        <source>On %1: “%2” — %3</source>
        <translation>列于%1：“%2”——%3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Events and relations&lt;/b&gt;</source>
        <translation>&lt;b&gt;事件与关系&lt;/b&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>All mentions</source>
        <translation>全部提及</translation>
    </message>
    <message>
        <source>Attach this quote from the reader as the relation&apos;s evidence?</source>
        <translation>把阅读器中的这段引文作为该关系的证据吗？</translation>
    </message>
    <message>
        <source>Attach as Evidence</source>
        <translation>作为证据附上</translation>
    </message>
    <message>
        <source>No words are selected in the reader, so this relation would have no evidence.</source>
        <translation>阅读器中没有选中文字，因此这条关系将没有证据。</translation>
    </message>
    <message>
        <source>Add Without Evidence</source>
        <translation>不附证据，直接添加</translation>
    </message>
</context>
<context>
    <name>dossier::EntityPanel</name>
    <message>
        <source>Filter entities</source>
        <translation>筛选实体</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Find Mentions</source>
        <translation>查找提及</translation>
    </message>
    <message>
        <source>Look for every name and alias in every document and translation</source>
        <translation>在所有文件和译文中查找每个名称和别名</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Merge Into Another…</source>
        <translation>合并到另一实体…</translation>
    </message>
    <message>
        <source>Merge Entities</source>
        <translation>合并实体</translation>
    </message>
    <message>
        <source>Merge into:</source>
        <translation>合并到：</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Suggestions From the Documents…</source>
        <translation>来自文件的建议…</translation>
    </message>
    <message>
        <source>Network of Entities</source>
        <translation>实体关系网</translation>
    </message>
    <message>
        <source>Credit Codes in the Documents…</source>
        <translation>文件中的信用代码…</translation>
    </message>
    <message>
        <source>%1 — %2 (document %3, p. %4)</source>
        <translation>%1——%2（文件 %3，第 %4 页）</translation>
    </message>
    <message>
        <source>check character correct</source>
        <translation>校验码正确</translation>
    </message>
    <message>
        <source>check character WRONG: a typo?</source>
        <translation>校验码错误：是否有笔误？</translation>
    </message>
    <message>
        <source>%1 and %2 share %3: probably one organisation, consider merging them.</source>
        <translation>%1 与 %2 共用 %3：可能是同一机构，建议合并。</translation>
    </message>
    <message>
        <source>Credit Codes</source>
        <translation>信用代码</translation>
    </message>
    <message>
        <source>No unified social credit codes in the documents.</source>
        <translation>文件中没有统一社会信用代码。</translation>
    </message>
    <message>
        <source>Found %1 mentions; %2 are new proposals to confirm or reject on each entity&apos;s page.</source>
        <translation>找到 %1 处提及；其中 %2 处为新建议，可在各实体页面确认或排除。</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>No new names found in the documents.</source>
        <translation>文件中没有发现新名称。</translation>
    </message>
    <message>
        <source>%1 — %2 (%3, ×%4)</source>
        <translation>%1——%2（%3，×%4）</translation>
    </message>
    <message>
        <source>Add as an entity:</source>
        <translation>添加为实体：</translation>
    </message>
    <message>
        <source>buyer in a notice</source>
        <translation>公告中的采购人</translation>
    </message>
    <message>
        <source>winner in a notice</source>
        <translation>公告中的中标人</translation>
    </message>
    <message>
        <source>procurement agent in a notice</source>
        <translation>公告中的采购代理机构</translation>
    </message>
    <message>
        <source>named like an organisation</source>
        <translation>名称形式为机构</translation>
    </message>
    <message>
        <source>chip model</source>
        <translation>芯片型号</translation>
    </message>
</context>
<context>
    <name>dossier::EntityTreeModel</name>
    <message>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>提及</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>名单</translation>
    </message>
    <message>
        <source>%1 (%2 confirmed)</source>
        <translation>%1（已确认 %2）</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
</context>
<context>
    <name>dossier::EntityWorkflow</name>
    <message>
        <source>Network of Entities</source>
        <translation>实体关系网</translation>
    </message>
    <message>
        <source>Import Screening List</source>
        <translation>导入筛查名单</translation>
    </message>
    <message>
        <source>Imported %1 list entries; entities on the list are flagged ⚑.</source>
        <translation>已导入 %1 个名单条目；名单上的实体以 ⚑ 标出。</translation>
    </message>
</context>
<context>
    <name>dossier::EventDialog</name>
    <message>
        <source>Edit Event</source>
        <translation>编辑事件</translation>
    </message>
    <message>
        <source>Add to Timeline</source>
        <translation>添加到时间线</translation>
    </message>
    <message>
        <source>A new event</source>
        <translation>新事件</translation>
    </message>
    <message>
        <source>Evidence for: %1 — %2</source>
        <translation>作为证据：%1——%2</translation>
    </message>
    <message>
        <source>2024-03-15, 2024-03, 2024-Q2, 2024, March 2024, 2024年3月…</source>
        <translation>2024-03-15、2024-03、2024-Q2、2024、2024年3月……</translation>
    </message>
    <message>
        <source>%1 (precision: %2)</source>
        <translation>%1（精度：%2）</translation>
    </message>
    <message>
        <source>Not a date Dossier can read</source>
        <translation>Dossier 无法识别此日期</translation>
    </message>
    <message>
        <source>Evidence: “%1”</source>
        <translation>证据：“%1”</translation>
    </message>
    <message>
        <source>Add as:</source>
        <translation>添加为：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Entities involved:</source>
        <translation>涉及实体：</translation>
    </message>
    <message>
        <source>Find an entity</source>
        <translation>查找实体</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Review:&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;&lt;b&gt;History&lt;/b&gt;&lt;br&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;审核：&lt;/b&gt;%1&lt;/p&gt;&lt;p&gt;&lt;b&gt;历史&lt;/b&gt;&lt;br&gt;%2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>dossier::EventListModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
</context>
<context>
    <name>dossier::ExportDialog</name>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Only confirmed events and supported claims</source>
        <translation>仅已确认的事件和属实的说法</translation>
    </message>
    <message>
        <source>Only events tagged</source>
        <translation>仅带此标签的事件</translation>
    </message>
    <message>
        <source>Export Case Summary</source>
        <translation>导出案卷摘要</translation>
    </message>
    <message>
        <source>PDF — for the desk</source>
        <translation>PDF——供编辑部</translation>
    </message>
    <message>
        <source>ODT — LibreOffice and Word</source>
        <translation>ODT——LibreOffice 和 Word</translation>
    </message>
    <message>
        <source>HTML — one self-contained page</source>
        <translation>HTML——单个独立网页</translation>
    </message>
    <message>
        <source>Markdown — for the CMS</source>
        <translation>Markdown——供内容管理系统</translation>
    </message>
    <message>
        <source>JSON — the whole case, re-importable</source>
        <translation>JSON——整个案卷，可重新导入</translation>
    </message>
    <message>
        <source>CSV — entities, events and figures</source>
        <translation>CSV——实体、事件和数字</translation>
    </message>
    <message>
        <source>FollowTheMoney — for Aleph</source>
        <translation>FollowTheMoney——供 Aleph</translation>
    </message>
    <message>
        <source>ClaimReview JSON-LD — checked claims</source>
        <translation>ClaimReview JSON-LD——已核查的说法</translation>
    </message>
    <message>
        <source>TimelineJS — the timeline</source>
        <translation>TimelineJS——时间线</translation>
    </message>
    <message>
        <source>Key findings, in your words. Separate paragraphs with a blank line.</source>
        <translation>用您自己的话写下主要发现。段落之间空一行。</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>包含：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>作者：</translation>
    </message>
    <message>
        <source>Key findings:</source>
        <translation>主要发现：</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>正在导出 %1</translation>
    </message>
    <message>
        <source>Only items verified by a fact-checker</source>
        <translation>只包括核查员已证实的条目</translation>
    </message>
    <message>
        <source>Leaves out every entity, event and claim not marked “Verified by fact-checker”; the title says so.</source>
        <translation>略去所有未标记为“核查员已证实”的实体、事件和说法；标题页会注明。</translation>
    </message>
    <message>
        <source>Everything in one folder, with a SHA-256 manifest</source>
        <translation>全部格式存入一个文件夹，附 SHA-256 清单</translation>
    </message>
    <message>
        <source>https://… where the story or fact-check appears (ClaimReview needs it)</source>
        <translation>https://… 报道或核查结果的发布地址（ClaimReview 需要）</translation>
    </message>
    <message>
        <source>Published at:</source>
        <translation>发布地址：</translation>
    </message>
    <message>
        <source>Folder for the exported files</source>
        <translation>导出文件的文件夹</translation>
    </message>
</context>
<context>
    <name>dossier::FactCheckPanel</name>
    <message>
        <source>Record Verdict</source>
        <translation>记录结论</translation>
    </message>
    <message>
        <source>Cite Selected Source</source>
        <translation>引用所选来源</translation>
    </message>
    <message>
        <source>Paste the draft story here, then Check (Ctrl+Return)</source>
        <translation>在此粘贴稿件，然后点击核查 (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Check Draft</source>
        <translation>核查稿件</translation>
    </message>
    <message>
        <source>Note: why, and on what evidence</source>
        <translation>备注：理由及依据</translation>
    </message>
    <message>
        <source>No verdict yet.</source>
        <translation>尚无结论。</translation>
    </message>
    <message>
        <source>%1 by %2 at %3</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>Open Article…</source>
        <translation>打开文章…</translation>
    </message>
    <message>
        <source>A published article or a draft (web page, text or Markdown): its sentences with figures, dates or the case&apos;s names become claims, in reading order</source>
        <translation>已发表的文章或草稿（网页、文本或 Markdown）：其中含数字、日期或案卷名称的句子按阅读顺序成为待核查的说法</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>打开文章</translation>
    </message>
    <message>
        <source>Articles and drafts (*.html *.htm *.txt *.md *.markdown);;All files (*)</source>
        <translation>文章和草稿 (*.html *.htm *.txt *.md *.markdown);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Ctrl+1 supported, Ctrl+2 contradicted, Ctrl+3 unverifiable, Ctrl+4 in progress</source>
        <translation>Ctrl+1 有据，Ctrl+2 矛盾，Ctrl+3 无法核实，Ctrl+4 核查中</translation>
    </message>
    <message>
        <source>Cite the selected source as evidence (Ctrl+Shift+C)</source>
        <translation>将所选来源引为证据 (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>No sentence of this article states a figure, a date or a name the case knows.</source>
        <translation>这篇文章中没有句子写到数字、日期或案卷已知的名称。</translation>
    </message>
    <message>
        <source>%1 of %2 claims checked — F8 next, Shift+F8 previous</source>
        <translation>已核查 %1 / %2 条说法 — F8 下一条，Shift+F8 上一条</translation>
    </message>
    <message>
        <source>Filter claims, figures and sources</source>
        <translation>筛选论断、数字和来源</translation>
    </message>
    <message>
        <source>Check the draft</source>
        <translation>检查草稿</translation>
    </message>
    <message>
        <source>Next claim</source>
        <translation>下一条论断</translation>
    </message>
    <message>
        <source>Previous claim</source>
        <translation>上一条论断</translation>
    </message>
    <message>
        <source>Verdict: supported</source>
        <translation>结论：有据</translation>
    </message>
    <message>
        <source>Verdict: contradicted</source>
        <translation>结论：与来源矛盾</translation>
    </message>
    <message>
        <source>Verdict: unverifiable</source>
        <translation>结论：无法核实</translation>
    </message>
    <message>
        <source>Verdict: in progress</source>
        <translation>结论：核查中</translation>
    </message>
    <message>
        <source>Cite the selected source</source>
        <translation>引用所选来源</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
</context>
<context>
    <name>dossier::FigureListModel</name>
    <message>
        <source>money</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>原文写法</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页</translation>
    </message>
</context>
<context>
    <name>dossier::GlossaryModel</name>
    <message>
        <source>Term</source>
        <translation>术语</translation>
    </message>
    <message>
        <source>Rendering</source>
        <translation>译法</translation>
    </message>
</context>
<context>
    <name>dossier::GlossaryPanel</name>
    <message>
        <source>Term, e.g. 中标</source>
        <translation>术语，例如 中标</translation>
    </message>
    <message>
        <source>Rendering, e.g. won the tender</source>
        <translation>译法，例如 won the tender</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove Term</source>
        <translation>删除术语</translation>
    </message>
</context>
<context>
    <name>dossier::GuideDialog</name>
    <message>
        <source>Dossier Guide</source>
        <translation>Dossier 使用指南</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Dossier in five steps&lt;/h2&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Collect.&lt;/b&gt; Create a case (Ctrl+N) and import the tenders, web pages, scans and reports you found (Ctrl+I, or drop them on the window). Say where and when you got them: every original is kept with its fingerprint.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Read.&lt;/b&gt; Each original stands beside its translation, segment by segment. Import a translation, type your own (F2), or have a translation service do it; figures and glossary terms lost in translation are flagged.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Tag and cite.&lt;/b&gt; Select words and tag them as a buyer, intermediary, provider, chip or model (Ctrl+T); find every mention; make a quote the evidence of a dated event (Ctrl+E). Right-click a selection for everything you can do with it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Check.&lt;/b&gt; Send a figure to the fact-check (Ctrl+K), or paste the draft there: every figure is traced to the sources that state it, conversions are recomputed, and each claim gets a verdict with its evidence (Ctrl+1 to Ctrl+4).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Publish.&lt;/b&gt; Export the case summary (Ctrl+Shift+E) as PDF, HTML, Markdown or a word processor file, every quote with its document and page.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;h2&gt;五步用好 Dossier&lt;/h2&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;收集。&lt;/b&gt;新建案卷（Ctrl+N），导入你找到的招标文件、网页、扫描件和报告（Ctrl+I，或直接拖到窗口上）。注明从哪里、何时取得：每份原件都连同其指纹一起保存。&lt;/li&gt;&lt;li&gt;&lt;b&gt;阅读。&lt;/b&gt;每份原件与译文逐段并排显示。可以导入译文、自己输入（F2），或交给翻译服务；译文中遗漏的数字和术语会被标出。&lt;/li&gt;&lt;li&gt;&lt;b&gt;标注与引用。&lt;/b&gt;选中文字，标注为采购方、中间商、云服务商、芯片或模型（Ctrl+T）；查找所有提及；把一段引文作为某个有日期事件的证据（Ctrl+E）。右键单击所选文字，可以看到所有能做的操作。&lt;/li&gt;&lt;li&gt;&lt;b&gt;核查。&lt;/b&gt;把数字送去核查（Ctrl+K），或把稿件粘贴进去：每个数字都追溯到陈述它的来源，换算重新计算，每条论断都附上证据和结论（Ctrl+1 至 Ctrl+4）。&lt;/li&gt;&lt;li&gt;&lt;b&gt;发布。&lt;/b&gt;导出案卷摘要（Ctrl+Shift+E），可选 PDF、HTML、Markdown 或文字处理文件，每段引文都注明文件和页码。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Working as a team&lt;/h2&gt;&lt;p&gt;Each of you works in your own copy of the case. Set your name once (Settings ▸ Your Name): every change carries it. Mark entities, events and claims as checked, verified or disputed from each panel&apos;s Review menu. To bring a colleague&apos;s work in, File ▸ Merge a Copy of This Case (Ctrl+Shift+M) takes their case file or the JSON export they mailed, shows what it would bring, and merges in one step you can undo; what you both changed waits in File ▸ Resolve Merge Conflicts, both versions side by side.&lt;/p&gt;&lt;h2&gt;Every shortcut&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;团队协作&lt;/h2&gt;&lt;p&gt;每个人都在自己的案件副本中工作。请先设置一次您的姓名（设置 ▸ 您的姓名）：每项改动都会记下它。在各面板的“审核”菜单中，可将实体、事件和说法标记为已核、已证实或有争议。要合并同事的工作，请使用“文件 ▸ 合并此案件的副本”（Ctrl+Shift+M），选择对方的案件文件或邮寄来的 JSON 导出：先显示将合并的内容，再一步完成合并，并可撤销；双方都改动过的条目会在“文件 ▸ 解决合并冲突”中并排显示两个版本。&lt;/p&gt;&lt;h2&gt;全部快捷键&lt;/h2&gt;</translation>
    </message>
</context>
<context>
    <name>dossier::ImportController</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 个文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the case.</source>
        <translation>
            <numerusform>%n 个已在案卷中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not imported because you cancelled.</source>
        <translation>
            <numerusform>%n 个因取消而未导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported:</source>
        <translation>
            <numerusform>%n 个文件无法导入：</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>reading page %1 of %2 of %3 with OCR</source>
        <translation>正在以 OCR 读取 %3 的第 %1 页（共 %2 页）</translation>
    </message>
</context>
<context>
    <name>dossier::JobProgress</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stopping %1…</source>
        <translation>正在停止%1…</translation>
    </message>
    <message>
        <source>Stop this work; nothing is left half-done.</source>
        <translation>停止这项工作；不会留下做了一半的内容。</translation>
    </message>
</context>
<context>
    <name>dossier::MachineTranslationController</name>
    <message>
        <source>Translated: %1. Reused from the case: %2. Failed: %3.</source>
        <translation>已翻译：%1。复用案卷中的译文：%2。失败：%3。</translation>
    </message>
    <message>
        <source>Stopped because you cancelled; finished batches are kept.</source>
        <translation>已因取消而停止；已完成的批次会保留。</translation>
    </message>
    <message>
        <source>Machine Translation</source>
        <translation>机器翻译</translation>
    </message>
    <message>
        <source>Translating with %1</source>
        <translation>正在用 %1 翻译</translation>
    </message>
    <message>
        <source>No translation service is set up yet. Add one (a local server or a hosted service) and try again.</source>
        <translation>尚未设置翻译服务。请添加一个（本地服务器或托管服务）后重试。</translation>
    </message>
</context>
<context>
    <name>dossier::MainMenus</name>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Translation Services…</source>
        <translation>翻译服务(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Case…</source>
        <translation>新建案卷(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Case…</source>
        <translation>打开案卷(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Import &amp;Screening List…</source>
        <translation>导入筛查名单(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Export Case Summary…</source>
        <translation>导出案卷摘要(&amp;E)…</translation>
    </message>
    <message>
        <source>New Case From &amp;JSON Export…</source>
        <translation>从 JSON 导出新建案卷(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Verify Case</source>
        <translation>核验案卷(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Close Case</source>
        <translation>关闭案卷(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find in Case</source>
        <translation>在案卷中查找(&amp;F)</translation>
    </message>
    <message>
        <source>Document &amp;Details…</source>
        <translation>文件详情(&amp;D)…</translation>
    </message>
    <message>
        <source>Move Document to &amp;Trash</source>
        <translation>将文件移至回收站(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;What This Notice Says…</source>
        <translation>此公告的内容(&amp;W)…</translation>
    </message>
    <message>
        <source>The notice&apos;s buyer, winner, amounts and dates, as events, entities and relations to keep</source>
        <translation>公告中的采购人、中标人、金额和日期，可保留为事件、实体和关系</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>Interface &amp;Language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Interface Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>The new language is used the next time Dossier starts.</source>
        <translation>新语言将在下次启动 Dossier 时生效。</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Dossier</source>
        <translation>关于 Dossier(&amp;A)</translation>
    </message>
    <message>
        <source>About Dossier</source>
        <translation>关于 Dossier</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Dossier %1&lt;/h3&gt;&lt;p&gt;A workbench for investigations built on documents: import tenders and reports, read Chinese originals beside their translations, and keep every quote traceable to its source.&lt;/p&gt;&lt;p&gt;Case files are SQLite databases; nothing leaves this computer unless you configure a translation service.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dossier %1&lt;/h3&gt;&lt;p&gt;基于文件的调查工作台：导入招标文件和报道，对照译文阅读中文原文，并让每一处引文都可追溯到来源。&lt;/p&gt;&lt;p&gt;案卷文件是 SQLite 数据库；除非您配置了翻译服务，否则任何内容都不会离开这台电脑。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Dossier &amp;Guide</source>
        <translation>Dossier 使用指南(&amp;G)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Your &amp;Name…</source>
        <translation>您的姓名(&amp;N)…</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Every change you make in a case is recorded with this name, so colleagues merging your copy see who did what:</source>
        <translation>您在案件中的每项改动都会以此姓名记录，同事合并您的副本时可以看到谁做了什么：</translation>
    </message>
    <message>
        <source>&amp;Merge a Copy of This Case…</source>
        <translation>合并此案件的副本(&amp;M)…</translation>
    </message>
    <message>
        <source>Bring in what a colleague&apos;s copy (a case file or its JSON export) holds</source>
        <translation>合并同事副本（案件文件或其 JSON 导出）中的内容</translation>
    </message>
    <message>
        <source>Resolve Merge &amp;Conflicts…</source>
        <translation>解决合并冲突(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>dossier::MainWindow</name>
    <message>
        <source>Case file</source>
        <translation>案卷文件</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 (%n document(s))</source>
        <translation>
            <numerusform>已打开 %1（%n 个文件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>%1 — Dossier</source>
        <translation>%1 — Dossier</translation>
    </message>
    <message>
        <source>Open Case</source>
        <translation>打开案卷</translation>
    </message>
    <message>
        <source>New Case</source>
        <translation>新建案卷</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Open or create a case first, then drop documents on it.</source>
        <translation>请先打开或新建案卷，再将文件拖放到窗口中。</translation>
    </message>
    <message>
        <source>Stopping the import first; try again when it has stopped.</source>
        <translation>正在先停止导入；停止后请再试一次。</translation>
    </message>
    <message>
        <source>Stopping the work in progress first; try again when it has stopped.</source>
        <translation>正在先停止进行中的工作；停止后请重试。</translation>
    </message>
</context>
<context>
    <name>dossier::MentionListModel</name>
    <message>
        <source>proposed</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source>%1, p. %2</source>
        <translation>%1，第 %2 页</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>提及</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
</context>
<context>
    <name>dossier::MergeChangeModel</name>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed there</source>
        <translation>对方有改动</translation>
    </message>
    <message>
        <source>Deleted there</source>
        <translation>对方已删除</translation>
    </message>
    <message>
        <source>Changed on both sides</source>
        <translation>双方都有改动</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>dossier::MergeDialog</name>
    <message>
        <source>Merge Case</source>
        <translation>合并案件</translation>
    </message>
    <message>
        <source>&lt;b&gt;What “%1” would bring into this case&lt;/b&gt;&lt;br&gt;Nothing is written until you merge; the merge is one step you can undo.</source>
        <translation>&lt;b&gt;“%1”将为本案件带来的内容&lt;/b&gt;&lt;br&gt;合并之前不会写入任何内容；合并是可以撤销的一步。</translation>
    </message>
    <message>
        <source>Items changed on both sides keep this case&apos;s version for now; after the merge, File ▸ Resolve Merge Conflicts shows both versions side by side to choose from.</source>
        <translation>双方都有改动的条目暂时保留本案件的版本；合并后，“文件 ▸ 解决合并冲突”会并排显示两个版本供您选择。</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
</context>
<context>
    <name>dossier::MergeWorkflow</name>
    <message>
        <source>Merge a Copy of This Case</source>
        <translation>合并此案件的副本</translation>
    </message>
    <message>
        <source>Dossier cases and case exports (*.dossier *.json)</source>
        <translation>Dossier 案件和案件导出 (*.dossier *.json)</translation>
    </message>
    <message>
        <source>Merge Case</source>
        <translation>合并案件</translation>
    </message>
</context>
<context>
    <name>dossier::OcrProofreader</name>
    <message>
        <source>Correct OCR Text</source>
        <translation>更正 OCR 文字</translation>
    </message>
    <message>
        <source>Correct the text OCR read for the selected passage (Shift+F2)</source>
        <translation>更正所选段落中 OCR 识别的文字 (Shift+F2)</translation>
    </message>
    <message>
        <source>Corrected by hand. OCR had read: “%1”</source>
        <translation>已人工更正。OCR 原识别为：“%1”</translation>
    </message>
    <message>
        <source>Read by OCR from the page image; words it was unsure of are underlined in orange. Double-click or press Shift+F2 to correct it.</source>
        <translation>由 OCR 从页面图像识别；识别把握不大的字词以橙色波浪线标出。双击或按 Shift+F2 进行更正。</translation>
    </message>
</context>
<context>
    <name>dossier::PdfPageView</name>
    <message>
        <source>Previous Page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source> of %1 </source>
        <translation> / %1 </translation>
    </message>
</context>
<context>
    <name>dossier::PdfRenderWorker</name>
    <message>
        <source>No PDF is open.</source>
        <translation>没有打开的 PDF。</translation>
    </message>
</context>
<context>
    <name>dossier::ProposalsDialog</name>
    <message>
        <source>No procurement fields were found in this document.</source>
        <translation>此文件中未找到采购字段。</translation>
    </message>
    <message>
        <source>Project number</source>
        <translation>项目编号</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>采购人</translation>
    </message>
    <message>
        <source>Procurement agent</source>
        <translation>采购代理机构</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>中标（成交）供应商</translation>
    </message>
    <message>
        <source>Award amount</source>
        <translation>中标（成交）金额</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算金额</translation>
    </message>
    <message>
        <source>Price ceiling</source>
        <translation>最高限价</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Award date</source>
        <translation>中标日期</translation>
    </message>
    <message>
        <source>Bid deadline</source>
        <translation>投标截止时间</translation>
    </message>
    <message>
        <source>Bid opening</source>
        <translation>开标时间</translation>
    </message>
    <message>
        <source>Notice period</source>
        <translation>公告期限</translation>
    </message>
    <message>
        <source>buyer</source>
        <translation>采购人</translation>
    </message>
    <message>
        <source>winner</source>
        <translation>中标人</translation>
    </message>
    <message>
        <source>procurement agent</source>
        <translation>采购代理机构</translation>
    </message>
    <message>
        <source>What This Notice Says</source>
        <translation>此公告的内容</translation>
    </message>
    <message>
        <source>  (%1 yuan)</source>
        <translation>（%1 元）</translation>
    </message>
    <message>
        <source>Written as “%1”</source>
        <translation>原文写作“%1”</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>%1  %2
      cites “%3”</source>
        <translation>%1  %2
      引用“%3”</translation>
    </message>
    <message>
        <source>already in the case</source>
        <translation>案卷中已有</translation>
    </message>
    <message>
        <source>new %1</source>
        <translation>新建%1</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)%4</source>
        <translation>%1 — %2（%3）%4</translation>
    </message>
    <message>
        <source>, credit code %1</source>
        <translation>，信用代码 %1</translation>
    </message>
    <message>
        <source> for %1 yuan</source>
        <translation>，金额 %1 元</translation>
    </message>
    <message>
        <source>%1 bought from %2%3
      cites “%4”</source>
        <translation>%1 向 %2 采购%3
      引用“%4”</translation>
    </message>
    <message>
        <source>Keep Ticked Items</source>
        <translation>保留勾选项</translation>
    </message>
    <message>
        <source>Events for the timeline</source>
        <translation>时间线事件</translation>
    </message>
    <message>
        <source>Parties, as entities with this notice as their mention</source>
        <translation>各方：作为实体，以本公告为其提及</translation>
    </message>
    <message>
        <source>Awards, as relations citing the award&apos;s line</source>
        <translation>中标结果：作为关系，引用中标所在行</translation>
    </message>
</context>
<context>
    <name>dossier::ProvenanceDialog</name>
    <message>
        <source>Where Do These Documents Come From?</source>
        <translation>这些文件从哪里来？</translation>
    </message>
    <message>
        <source>https://www.ccgp.gov.cn/…</source>
        <translation>https://www.ccgp.gov.cn/…</translation>
    </message>
    <message>
        <source>2024-03-15, 2024-03 or 2024</source>
        <translation>2024-03-15、2024-03 或 2024</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to import. Where they were found and when is kept with each, and cited with every quote.</source>
        <translation>
            <numerusform>要导入 %n 个文件。它们的来源和获取日期会随每个文件保存，并出现在每段引文的出处中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import Without</source>
        <translation>不填写，直接导入</translation>
    </message>
    <message>
        <source>Import now; where and when can be added later in Document Details (Alt+Return)</source>
        <translation>现在导入；来源和日期以后可以在“文件详情”中补充（Alt+回车）</translation>
    </message>
    <message>
        <source>Web address:</source>
        <translation>网址：</translation>
    </message>
    <message>
        <source>Obtained on:</source>
        <translation>获取日期：</translation>
    </message>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>“%1”不是网址。</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as 2024-03-15, 2024-03 or 2024.</source>
        <translation>“%1”不是日期：请写成 2024-03-15、2024-03 或 2024。</translation>
    </message>
</context>
<context>
    <name>dossier::ReaderToolbar</name>
    <message>
        <source>Link Scrolling</source>
        <translation>同步滚动</translation>
    </message>
    <message>
        <source>Scroll the original and the translation together</source>
        <translation>原文与译文同步滚动</translation>
    </message>
    <message>
        <source>Copy with Citation</source>
        <translation>复制并附引用</translation>
    </message>
    <message>
        <source>Copy the selected text with its document and page (Ctrl+Shift+C)</source>
        <translation>复制所选文字及其文件和页码 (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Tag Entity</source>
        <translation>标注实体</translation>
    </message>
    <message>
        <source>Tag the selected words as a mention of an entity (Ctrl+T)</source>
        <translation>将所选文字标注为某实体的提及 (Ctrl+T)</translation>
    </message>
    <message>
        <source>Add to Timeline</source>
        <translation>添加到时间线</translation>
    </message>
    <message>
        <source>Make the selected words evidence of a dated event (Ctrl+E)</source>
        <translation>将所选文字作为某个带日期事件的证据 (Ctrl+E)</translation>
    </message>
    <message>
        <source>Original Page</source>
        <translation>原始页面</translation>
    </message>
    <message>
        <source>Show the original as it looked: the PDF page, the saved web page, or the scanned page beside its OCR text (F4)</source>
        <translation>显示原件的原貌：PDF 页面、保存的网页，或在 OCR 文字旁显示扫描页 (F4)</translation>
    </message>
    <message>
        <source>Edit Translation</source>
        <translation>编辑译文</translation>
    </message>
    <message>
        <source>Edit the translation of the selected segment (F2)</source>
        <translation>编辑所选段落的译文 (F2)</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>译文</translation>
    </message>
    <message>
        <source>Tag as Entity…</source>
        <translation>标注为实体…</translation>
    </message>
    <message>
        <source>Add as Evidence to the Timeline…</source>
        <translation>作为证据加入时间线…</translation>
    </message>
    <message>
        <source>Check This Figure</source>
        <translation>核查此数字</translation>
    </message>
    <message>
        <source>Put the selected words in the fact-check draft, to trace the figure to its sources (Ctrl+K)</source>
        <translation>把所选文字放入核查草稿，追溯该数字的来源（Ctrl+K）</translation>
    </message>
    <message>
        <source>Search the Case for This</source>
        <translation>在案卷中搜索</translation>
    </message>
    <message>
        <source>Search every document for the selected words (Ctrl+Shift+F)</source>
        <translation>在所有文件中搜索所选文字（Ctrl+Shift+F）</translation>
    </message>
</context>
<context>
    <name>dossier::ReaderView</name>
    <message>
        <source>&lt;i&gt;Choose a document to read it beside its translation.&lt;/i&gt;</source>
        <translation>&lt;i&gt;选择一个文件，对照译文阅读。&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>dossier::RelationListModel</name>
    <message>
        <source>Event %1: %2</source>
        <translation>事件 %1：%2</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
</context>
<context>
    <name>dossier::ScanPageView</name>
    <message>
        <source>“%1”: OCR confidence %2%</source>
        <translation>“%1”：OCR 置信度 %2%</translation>
    </message>
    <message>
        <source>Drawing page %1…</source>
        <translation>正在绘制第 %1 页…</translation>
    </message>
    <message>
        <source>Page %1 could not be drawn.</source>
        <translation>无法绘制第 %1 页。</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 · %n word(s) OCR was unsure of, shaded orange</source>
        <translation>
            <numerusform>第 %1 页 · OCR 有 %n 个字词把握不大，以橙色标出</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 · OCR was confident of every word</source>
        <translation>第 %1 页 · OCR 对所有字词都有把握</translation>
    </message>
</context>
<context>
    <name>dossier::SearchPanel</name>
    <message>
        <source>Search the case (中文 or English)</source>
        <translation>搜索案卷（中文或英文）</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n 条结果</numerusform>
        </translation>
    </message>
    <message>
        <source>No hits.</source>
        <translation>没有结果。</translation>
    </message>
    <message>
        <source>No hits. %1 of %2 documents have no full English translation, so English words are not found in them: search in Chinese, or translate them first.</source>
        <translation>没有结果。%2 份文件中有 %1 份没有完整的英文译文，英文词语在其中找不到：请用中文搜索，或先翻译这些文件。</translation>
    </message>
    <message>
        <source>The glossary&apos;s Chinese for it: %1</source>
        <translation>术语表中对应的中文：%1</translation>
    </message>
    <message>
        <source>From the search field: to the hits (Enter opens one, its words selected)</source>
        <translation>从搜索框：转到结果（回车打开一条并选中其文字）</translation>
    </message>
</context>
<context>
    <name>dossier::SearchResultModel</name>
    <message>
        <source>translation</source>
        <translation>译文</translation>
    </message>
    <message>
        <source>original</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>第 %1 页</translation>
    </message>
</context>
<context>
    <name>dossier::SegmentPane</name>
    <message>
        <source>(not translated — double-click to translate)</source>
        <translation>（未翻译——双击进行翻译）</translation>
    </message>
    <message>
        <source>— Page %1 —</source>
        <translation>— 第 %1 页 —</translation>
    </message>
</context>
<context>
    <name>dossier::TagDialog</name>
    <message>
        <source>Tag as Entity</source>
        <translation>标注为实体</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>A new entity</source>
        <translation>新实体</translation>
    </message>
    <message>
        <source>%1 (%2, already in the case)</source>
        <translation>%1（%2，案卷中已有）</translation>
    </message>
    <message>
        <source>e.g. 深圳大学</source>
        <translation>例如：深圳大学</translation>
    </message>
    <message>
        <source>e.g. Shenzhen University</source>
        <translation>例如：Shenzhen University</translation>
    </message>
    <message>
        <source>Tag as:</source>
        <translation>标注为：</translation>
    </message>
    <message>
        <source>Chinese name:</source>
        <translation>中文名称：</translation>
    </message>
    <message>
        <source>English name:</source>
        <translation>英文名称：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>The words become a mention of this entity; its names are kept as they are.</source>
        <translation>所选文字成为该实体的一处提及；实体名称保持不变。</translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies) of the case have a similar name: choose one above rather than making a second entity for the same organisation.</source>
        <translation>
            <numerusform>案卷中有 %n 个实体名称相近：请在上面选择其一，不要为同一机构再建一个实体。</numerusform>
        </translation>
    </message>
    <message>
        <source>No entity of the case has this name: a new one is made.</source>
        <translation>案卷中没有同名实体：将新建一个。</translation>
    </message>
</context>
<context>
    <name>dossier::TimelineAxis</name>
    <message>
        <source>No events yet: select words in the reader and choose Add to Timeline (Ctrl+E).</source>
        <translation>尚无事件：在阅读器中选择文字，然后选择“添加到时间线”(Ctrl+E)。</translation>
    </message>
    <message>
        <source>(no tag)</source>
        <translation>（无标签）</translation>
    </message>
    <message>
        <source>(no entity)</source>
        <translation>（无实体）</translation>
    </message>
</context>
<context>
    <name>dossier::TimelinePanel</name>
    <message>
        <source>Filter by title or tag</source>
        <translation>按标题或标签筛选</translation>
    </message>
    <message>
        <source>from 2024-01</source>
        <translation>自 2024-01</translation>
    </message>
    <message>
        <source>to 2024-12</source>
        <translation>至 2024-12</translation>
    </message>
    <message>
        <source>Lanes by entity</source>
        <translation>按实体分行</translation>
    </message>
    <message>
        <source>Lanes by tag</source>
        <translation>按标签分行</translation>
    </message>
    <message>
        <source>Time Axis</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>no evidence</source>
        <translation>没有证据</translation>
    </message>
    <message>
        <source>evidence source is gone</source>
        <translation>证据来源已不存在</translation>
    </message>
    <message>
        <source>evidence source changed since it was cited</source>
        <translation>证据来源在引用后已更改</translation>
    </message>
    <message>
        <source>also dated %1 (“%2”)</source>
        <translation>另有日期为 %1（“%2”）</translation>
    </message>
    <message>
        <source>the same quote also dates “%1” to %2</source>
        <translation>同一引文也将“%1”定为 %2</translation>
    </message>
    <message>
        <source>All entities</source>
        <translation>所有实体</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <source>What This Notice Says…</source>
        <translation>此公告的内容…</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
</context>
<context>
    <name>dossier::TimelineWorkflow</name>
    <message>
        <source>This event has no evidence to open.</source>
        <translation>此事件没有可打开的证据。</translation>
    </message>
    <message>
        <source>Open a notice first.</source>
        <translation>请先打开一份公告。</translation>
    </message>
    <message>
        <source>Keep what the notice says</source>
        <translation>保留公告的内容</translation>
    </message>
</context>
<context>
    <name>dossier::TranslationEditor</name>
    <message>
        <source>Ctrl+Return to save, Escape to discard</source>
        <translation>Ctrl+Return 保存，Esc 放弃</translation>
    </message>
</context>
<context>
    <name>dossier::TranslationSettingsDialog</name>
    <message>
        <source>Translation Services</source>
        <translation>翻译服务</translation>
    </message>
    <message>
        <source>OpenAI-compatible chat completions (llama.cpp, Ollama, hosted)</source>
        <translation>OpenAI 兼容的对话补全（llama.cpp、Ollama、托管服务）</translation>
    </message>
    <message>
        <source>LibreTranslate</source>
        <translation>LibreTranslate</translation>
    </message>
    <message>
        <source>Stored in your user settings on this computer, never in a case file.</source>
        <translation>保存在本机的用户设置中，绝不写入案卷文件。</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source> per minute</source>
        <translation> 次/分钟</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>服务 %1</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>协议：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API 密钥：</translation>
    </message>
    <message>
        <source>From language:</source>
        <translation>源语言：</translation>
    </message>
    <message>
        <source>To language:</source>
        <translation>目标语言：</translation>
    </message>
    <message>
        <source>Instructions:</source>
        <translation>指令：</translation>
    </message>
    <message>
        <source>Segments per request:</source>
        <translation>每次请求的段落数：</translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation>请求频率：</translation>
    </message>
    <message>
        <source>Dossier only contacts a service when you ask it to translate. Segments are sent to the address above; use a local server for confidential material.</source>
        <translation>只有在您要求翻译时 Dossier 才会联系服务。段落会发送到上述地址；机密材料请使用本地服务器。</translation>
    </message>
    <message>
        <source>Use by default:</source>
        <translation>默认使用：</translation>
    </message>
    <message>
        <source>“%1” needs a name and a full address such as http://127.0.0.1:8080.</source>
        <translation>“%1”需要名称和完整地址，例如 http://127.0.0.1:8080。</translation>
    </message>
</context>
<context>
    <name>dossier::TranslationTools</name>
    <message>
        <source>Translation</source>
        <translation>译文</translation>
    </message>
    <message>
        <source>Machine-Translate This Segment</source>
        <translation>机器翻译此段落</translation>
    </message>
    <message>
        <source>Machine-Translate Untranslated Segments of This Document</source>
        <translation>机器翻译本文件中未翻译的段落</translation>
    </message>
    <message>
        <source>Machine-Translate Selected Segments</source>
        <translation>机器翻译所选段落</translation>
    </message>
    <message>
        <source>Machine-Translate Untranslated Segments of the Whole Case</source>
        <translation>机器翻译整个案卷中未翻译的段落</translation>
    </message>
    <message>
        <source>Import Translation File…</source>
        <translation>导入译文文件…</translation>
    </message>
    <message>
        <source>Import Translation</source>
        <translation>导入译文</translation>
    </message>
    <message>
        <source>Documents (*.txt *.html *.htm *.pdf);;All files (*)</source>
        <translation>文件 (*.txt *.html *.htm *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Use Version</source>
        <translation>使用版本</translation>
    </message>
    <message>
        <source>Join With Next Translation</source>
        <translation>与下一段译文合并</translation>
    </message>
    <message>
        <source>Split Translation at Cursor</source>
        <translation>在光标处拆分译文</translation>
    </message>
    <message>
        <source>Move Translations Down From Here</source>
        <translation>从此处起将译文下移</translation>
    </message>
    <message>
        <source>Move Translations Up Into This Segment</source>
        <translation>将后续译文上移到此段落</translation>
    </message>
    <message>
        <source>(no translation yet)</source>
        <translation>（尚无译文）</translation>
    </message>
    <message>
        <source>Reviewed by a Person</source>
        <translation>已经人工审校</translation>
    </message>
    <message>
        <source>Aligned %1 translated sentences to %2 segments: %3 one to one, %4 joined or split, %5 unmatched.</source>
        <translation>已将 %1 个译文句子对齐到 %2 个段落：%3 个一对一，%4 个合并或拆分，%5 个未匹配。</translation>
    </message>
    <message>
        <source>Join translations</source>
        <translation>合并译文</translation>
    </message>
    <message>
        <source>Split translation</source>
        <translation>拆分译文</translation>
    </message>
    <message>
        <source>Move translations down</source>
        <translation>下移译文</translation>
    </message>
    <message>
        <source>Move translations up</source>
        <translation>上移译文</translation>
    </message>
</context>
<context>
    <name>dossier::WebPageView</name>
    <message>
        <source>Shown offline from the stored copy; JavaScript and remote content are blocked.</source>
        <translation>离线显示存储的副本；已阻止 JavaScript 和远程内容。</translation>
    </message>
    <message>
        <source>Shown offline from the stored copy. Requests to the internet blocked: %1.</source>
        <translation>离线显示存储的副本。已阻止的联网请求：%1。</translation>
    </message>
</context>
<context>
    <name>dossier::WelcomeWidget</name>
    <message>
        <source>&lt;h1&gt;Dossier&lt;/h1&gt;&lt;p&gt;Start a case for your investigation, or open one you or a colleague saved.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Dossier&lt;/h1&gt;&lt;p&gt;为您的调查新建案卷，或打开您或同事保存的案卷。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New Case…</source>
        <translation>新建案卷…</translation>
    </message>
    <message>
        <source>Open Case…</source>
        <translation>打开案卷…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent cases&lt;/b&gt;</source>
        <translation>&lt;b&gt;最近的案卷&lt;/b&gt;</translation>
    </message>
</context>
</TS>
