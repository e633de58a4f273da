import provincesJson from '../../corpus/data/provinces.json';

/**
 * Vietnam's provinces as users name them, from corpus/data/provinces.json (data a maintainer edits):
 * the 63 provinces before 1/7/2025 (the plans' units), the 34 since (Nghị quyết 202/2025/QH15) and
 * the short forms people type.
 */
export const PROVINCES_BEFORE_2025: readonly string[] = provincesJson.before2025;

/** The 34 provinces since 1/7/2025, each with the former provinces it was formed from. */
export const PROVINCES_2025: ReadonlyArray<{ name: string; formedFrom: readonly string[]; centrallyRun?: boolean }> = provincesJson.after2025;

/** The centrally-run cities, whose plans write "Thành phố" where a province writes "tỉnh". */
export const CENTRALLY_RUN_CITIES: ReadonlySet<string> = new Set(PROVINCES_2025.filter((p) => p.centrallyRun).map((p) => p.name));

/** Extra ways people write a province: abbreviations, English, old and informal names. */
export const PROVINCE_VARIANTS: Readonly<Record<string, readonly string[]>> = provincesJson.variants;
