import JSZip from 'jszip';

/**
 * Builds a real .docx (WordprocessingML in a zip, as Word writes it) from a text document in the seeds' shapes:
 * `#` headings become Heading styles, `-` lines a bulleted list (with numbering.xml, so Word and mammoth see a
 * list), `1.` lines a numbered list, tab-separated lines a Word table (blank lines inside a table are dropped, as
 * a table has none), `**bold**` and `<b>bold</b>` bold runs, everything else a paragraph.
 */

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Runs for a line: bold stretches (`**…**`, `<b>…</b>`) as bold runs, italics stripped. */
function runs(text: string): string {
  const parts = text.replace(/<\/?b>/g, '**').split('**');
  return parts
    .map((part, i) => {
      const clean = part.replace(/(^|\s)\*([^*]+)\*/g, '$1$2');
      if (clean === '') return '';
      const bold = i % 2 === 1 ? '<w:rPr><w:b/></w:rPr>' : '';
      return `<w:r>${bold}<w:t xml:space="preserve">${esc(clean)}</w:t></w:r>`;
    })
    .join('');
}

function paragraph(text: string, props = ''): string {
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${runs(text)}</w:p>`;
}

function table(rows: string[][]): string {
  const width = Math.max(...rows.map((r) => r.length));
  const grid = `<w:tblGrid>${'<w:gridCol w:w="2400"/>'.repeat(width)}</w:tblGrid>`;
  const body = rows
    .map((cells) => {
      const padded = [...cells, ...new Array<string>(width - cells.length).fill('')];
      return `<w:tr>${padded.map((c) => `<w:tc><w:tcPr><w:tcW w:w="2400" w:type="dxa"/></w:tcPr>${paragraph(c)}</w:tc>`).join('')}</w:tr>`;
    })
    .join('');
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>${grid}${body}</w:tbl>`;
}

function bodyOf(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let rows: string[][] = [];
  const flushTable = () => {
    if (rows.length > 0) out.push(table(rows));
    rows = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).replace(/\s+$/, '');
    if (line.includes('\t')) {
      rows.push(line.split('\t'));
      continue;
    }
    if (line.trim() === '') {
      const next = lines.slice(i + 1).find((l) => l.trim() !== '');
      if (rows.length > 0 && next?.includes('\t')) continue;
      flushTable();
      continue;
    }
    flushTable();
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const bullet = /^[-*]\s+(.*)$/.exec(line);
    const numbered = /^\d+\.\s+(.*)$/.exec(line);
    if (heading)
      out.push(paragraph(heading[2] ?? '', `<w:pStyle w:val="Heading${(heading[1] ?? '#').length}"/>`));
    else if (bullet)
      out.push(paragraph(bullet[1] ?? '', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'));
    else if (numbered)
      out.push(paragraph(numbered[1] ?? '', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>'));
    else out.push(paragraph(line.trim()));
  }
  flushTable();
  return out.join('');
}

const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${NS}>
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`;

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${NS}>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
${[1, 2, 3, 4, 5, 6].map((n) => `<w:style w:type="paragraph" w:styleId="Heading${n}"><w:name w:val="heading ${n}"/><w:basedOn w:val="Normal"/></w:style>`).join('\n')}
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>
</w:styles>`;

/** The bytes of a .docx holding `text`. */
export async function docxFromText(text: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
</Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`,
  );
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>`,
  );
  zip.file('word/numbering.xml', NUMBERING);
  zip.file('word/styles.xml', STYLES);
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ${NS}><w:body>${bodyOf(text)}<w:sectPr/></w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}
