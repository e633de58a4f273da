import { PROVINCES_2025, PROVINCES_BEFORE_2025 } from './provinces';

/** Every province name a plan may be issued under: the 63 before 1/7/2025 and the 34 since. */
export const ALL_PROVINCES: readonly string[] = [...new Set([...PROVINCES_BEFORE_2025, ...PROVINCES_2025.map((p) => p.name)])];
