import { inflateRawSync } from 'node:zlib';

/**
 * The few entries of a .docx we need, read from the ZIP's central directory (stored or deflated;
 * a .docx uses nothing else). Pure: bytes in, entries out. Sizes come from the central directory,
 * so entries written with a data descriptor (sizes zero in the local header) read correctly.
 */
export class ZipError extends Error {
  override readonly name = 'ZipError';
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export function readZipEntries(data: Uint8Array, wanted: (name: string) => boolean): Map<string, Uint8Array> {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let eocd = -1;
  // the end record sits in the last 22 + 65 535 bytes (a comment may follow it)
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('not a ZIP archive (no end of central directory)');
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const out = new Map<string, Uint8Array>();
  const decoder = new TextDecoder('utf-8');
  for (let n = 0; n < count; n++) {
    if (p + 46 > data.length || view.getUint32(p, true) !== CENTRAL) throw new ZipError('damaged central directory');
    const method = view.getUint16(p + 10, true);
    const compressed = view.getUint32(p + 20, true);
    const size = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const local = view.getUint32(p + 42, true);
    const name = decoder.decode(data.subarray(p + 46, p + 46 + nameLen));
    p += 46 + nameLen + extraLen + commentLen;
    if (!wanted(name)) continue;
    if (local + 30 > data.length || view.getUint32(local, true) !== LOCAL) throw new ZipError(`damaged entry ${name}`);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const raw = data.subarray(start, start + compressed);
    if (raw.length !== compressed) throw new ZipError(`entry ${name} is cut short`);
    let bytes: Uint8Array;
    if (method === 0) bytes = raw;
    else if (method === 8) bytes = inflateRawSync(raw);
    else throw new ZipError(`entry ${name} uses compression method ${method}`);
    if (bytes.length !== size) throw new ZipError(`entry ${name} has ${bytes.length} bytes, expected ${size}`);
    out.set(name, bytes);
  }
  return out;
}
