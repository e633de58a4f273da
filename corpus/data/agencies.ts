import { buildRegistry, parseRegistryFile } from '../registry';
import type { Agency } from '../schema';
import agenciesJson from './agencies.json';
import { AGENCY_SUCCESSORS } from './reorganisation-2025';

/**
 * The shipped registry (agencies.json) with successors attached: the bodies the four plans name and
 * those every province has after the 2025 reorganisation. Edit agencies.json, not this file; a
 * deployment adds its own in <PLANS_DIR>/agencies.json (bot/registry-files.ts loads both).
 */
export const SHIPPED_REGISTRY = parseRegistryFile(agenciesJson, 'corpus/data/agencies.json');

export const AGENCIES: readonly Agency[] = buildRegistry([{ file: 'corpus/data/agencies.json', data: SHIPPED_REGISTRY }], AGENCY_SUCCESSORS);
