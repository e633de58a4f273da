import { AGENCIES } from '../corpus/data/agencies';
import type { Agency } from '../corpus/schema';

export async function loadRegistry(_plansDir: string, _log: (line: string) => void): Promise<readonly Agency[]> {
  return AGENCIES;
}
