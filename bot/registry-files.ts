import { AGENCIES } from '../corpus/data/agencies';
import type { Agency } from '../corpus/schema';
import { ALL_PROVINCES } from '../retrieval/thesaurus/province-list';

export async function loadRegistry(_plansDir: string, _log: (line: string) => void): Promise<readonly Agency[]> {
  return AGENCIES;
}

export async function loadProvinceNames(): Promise<readonly string[]> {
  return ALL_PROVINCES;
}
