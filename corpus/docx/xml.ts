/**
 * A streaming reader for the flat XML of WordprocessingML parts: start tags with their attributes,
 * end tags and text. Enough for document.xml, numbering.xml and styles.xml (no DTDs, no CDATA in
 * Word's output); entities decoded.
 */
export type XmlToken =
  | { kind: 'open'; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { kind: 'close'; name: string }
  | { kind: 'text'; text: string };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? m;
  });
}

const TOKEN = /<\?[^>]*\?>|<!--[\s\S]*?-->|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function* xmlTokens(xml: string): Generator<XmlToken> {
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(xml))) {
    if (m[5] !== undefined) {
      yield { kind: 'text', text: decodeEntities(m[5]) };
      continue;
    }
    if (m[2] === undefined) continue; // declaration or comment
    if (m[1] === '/') {
      yield { kind: 'close', name: m[2] };
      continue;
    }
    const attrs: Record<string, string> = {};
    const rawAttrs = m[3] ?? '';
    ATTR.lastIndex = 0;
    let a: RegExpExecArray | null;
    while ((a = ATTR.exec(rawAttrs))) attrs[a[1]!] = decodeEntities(a[2] ?? a[3] ?? '');
    yield { kind: 'open', name: m[2], attrs, selfClosing: m[4] === '/' };
  }
}
