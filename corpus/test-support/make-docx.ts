import { crc32, deflateRawSync } from 'node:zlib';

/**
 * Builds real .docx files for tests (a ZIP of WordprocessingML parts, deflated as Word does), so
 * the reader is tested on Word's own structures: tables with merged cells, numbering, tracked changes.
 */
export type Block =
  | { p: string; numId?: number; ilvl?: number; style?: string }
  | { table: Array<Array<string | { text: string | string[]; span?: number; vMerge?: 'restart' | 'continue' }>> };

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const run = (t: string) => `<w:r><w:t xml:space="preserve">${esc(t)}</w:t></w:r>`;
const para = (t: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${t ? run(t) : ''}</w:p>`;

export function documentXml(blocks: Block[]): string {
  const body = blocks
    .map((b) => {
      if ('p' in b) {
        const pPr = `${b.style ? `<w:pStyle w:val="${b.style}"/>` : ''}${b.numId !== undefined ? `<w:numPr><w:ilvl w:val="${b.ilvl ?? 0}"/><w:numId w:val="${b.numId}"/></w:numPr>` : ''}`;
        return para(b.p, pPr);
      }
      const rows = b.table.map((row) => {
        const cells = row.map((c) => {
          const cell = typeof c === 'string' ? { text: c } : c;
          const texts = Array.isArray(cell.text) ? cell.text : [cell.text];
          const tcPr = `${cell.span ? `<w:gridSpan w:val="${cell.span}"/>` : ''}${cell.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : cell.vMerge === 'continue' ? '<w:vMerge/>' : ''}`;
          return `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${texts.map((t) => para(t)).join('')}</w:tc>`;
        });
        return `<w:tr>${cells.join('')}</w:tr>`;
      });
      return `<w:tbl><w:tblPr/>${rows.join('')}</w:tbl>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr/></w:body></w:document>`;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

/** A ZIP archive (deflated entries, central directory) of the given parts. */
export function zip(parts: Record<string, string | Uint8Array>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(parts)) {
    const raw = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    const data = deflateRawSync(raw);
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(parts).length, 8);
  end.writeUInt16LE(Object.keys(parts).length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, dir, end]));
}

export function makeDocx(blocks: Block[], extra: { numbering?: string; styles?: string } = {}): Uint8Array {
  return zip({
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': RELS,
    'word/document.xml': documentXml(blocks),
    ...(extra.numbering ? { 'word/numbering.xml': extra.numbering } : {}),
    ...(extra.styles ? { 'word/styles.xml': extra.styles } : {}),
  });
}

/** numbering.xml with list 1 = "I." / "1." / "a)" levels and list 2 = dash bullets. */
export const NUMBERING_XML = `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl><w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;
