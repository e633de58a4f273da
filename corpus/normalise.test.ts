import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fold, normaliseLine, normaliseText } from './normalise';

// Vietnamese letters (precomposed) plus the characters the seeds and hostile messages bring.
const vietnameseChars = [...'aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵĐƠƯ'];
const noise = [' ', '\t', '\u00A0', '–', '—', '-', '“', '”', '‘', '’', '\u200B', '\u200D', '\u202E', '\u00AD', '.', ',', ';', ':', '1', '9', '😀'];
const textArb = fc
  .array(fc.constantFrom(...vietnameseChars, ...noise), { maxLength: 60 })
  .map((chars) => chars.join(''));
const anyText = fc.oneof(textArb, fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }));

describe('normaliseText', () => {
  it('is idempotent', () => {
    fc.assert(fc.property(anyText, (s) => normaliseText(normaliseText(s)) === normaliseText(s)));
  });
  it('gives the same result for NFD and NFC input', () => {
    fc.assert(fc.property(anyText, (s) => normaliseText(s.normalize('NFD')) === normaliseText(s.normalize('NFC'))));
  });
  it('unifies dashes and quotes, drops invisible characters, collapses spaces', () => {
    expect(normaliseText('  Sở Lao động - Thương\u00A0binh  —  “Xã\u200B hội”  ')).toBe('Sở Lao động – Thương binh – "Xã hội"');
    expect(normaliseText('S6’Y té')).toBe("S6'Y té");
  });
  it('stores real seed text in NFC even when given NFD', () => {
    const nfd = 'Giảm thiểu tình trạng tảo hôn'.normalize('NFD');
    expect(normaliseText(nfd)).toBe('Giảm thiểu tình trạng tảo hôn');
    expect(normaliseText(nfd).length).toBe('Giảm thiểu tình trạng tảo hôn'.normalize('NFC').length);
  });
});

describe('normaliseLine', () => {
  it('keeps tabs as cell separators but trims spaces around them', () => {
    expect(normaliseLine('5 \tGiảm thiểu\t Ban Dân tộc – Tôn giáo\t\t')).toBe('5\tGiảm thiểu\tBan Dân tộc – Tôn giáo\t\t');
  });
  it('is idempotent and NFD-insensitive', () => {
    fc.assert(fc.property(anyText, (s) => normaliseLine(normaliseLine(s)) === normaliseLine(s)));
    fc.assert(fc.property(anyText, (s) => normaliseLine(s.normalize('NFD')) === normaliseLine(s)));
  });
});

describe('fold', () => {
  it('removes diacritics and maps đ to d', () => {
    expect(fold('Sở Tư pháp')).toBe('so tu phap');
    expect(fold('ĐẮK LẮK')).toBe('dak lak');
    expect(fold('Ban Dân tộc – Tôn giáo')).toBe('ban dan toc – ton giao');
  });
  it('is idempotent and stable under normalisation', () => {
    fc.assert(fc.property(anyText, (s) => fold(fold(s)) === fold(s)));
    fc.assert(fc.property(anyText, (s) => fold(normaliseText(s)) === fold(s)));
    fc.assert(fc.property(anyText, (s) => fold(s.normalize('NFD')) === fold(s)));
  });
  it('leaves no Vietnamese diacritics and no upper case', () => {
    fc.assert(
      fc.property(textArb, (s) => {
        const f = fold(s);
        return !/[\u0300-\u036fđĐăâêôơưĂÂÊÔƠƯ]/.test(f.normalize('NFD')) && f === f.toLowerCase();
      }),
    );
  });
});
