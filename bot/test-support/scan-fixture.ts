import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePgm, type GrayImage } from '../../corpus/pdf/gray-image';
import { imagePdf } from '../../corpus/pdf/image-pdf';
import { rotate } from '../../corpus/pdf/skew';
import { seededRandom } from '../../corpus/seeded-random';
import { renderPages } from '../ocr';

/**
 * A scan made from a real plan's PDF, as a scanner would: every page rasterised (pdftoppm), turned
 * by a small angle (a different one per page), speckled with salt-and-pepper noise, and written back
 * as an image-only PDF. Seeded, so a test sees the same scan every run.
 */
export interface ScanOptions {
  dpi: number;
  /** degrees per page, counter-clockwise (cycled); [] for a straight scan */
  angles?: number[];
  /** share of pixels flipped to black or white */
  noise?: number;
  seed?: number;
}

export function speckle(img: GrayImage, share: number, random: () => number): GrayImage {
  const data = img.data.slice();
  const n = Math.round(data.length * share);
  for (let k = 0; k < n; k++) data[Math.floor(random() * data.length)] = random() < 0.5 ? 0 : 255;
  return { ...img, data };
}

export async function scanOf(pdf: string, options: ScanOptions): Promise<{ pdf: Uint8Array; pages: GrayImage[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'qte-scan-'));
  try {
    const random = seededRandom(options.seed ?? 7);
    const angles = options.angles ?? [];
    const pages: GrayImage[] = [];
    for (const [k, path] of (await renderPages(pdf, options.dpi, dir)).entries()) {
      let img = parsePgm(await readFile(path));
      const a = angles.length > 0 ? angles[k % angles.length]! : 0;
      if (a !== 0) img = rotate(img, -a);
      if (options.noise) img = speckle(img, options.noise, random);
      pages.push(img);
    }
    return { pdf: imagePdf(pages, options.dpi), pages };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
