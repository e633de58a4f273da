import { fold } from './normalise';
import type { Agency } from './schema';

/**
 * An agency name the registry does not know, kept in the plan's own words. Its id is derived from
 * the folded name, so the same name in two plans is one entry and a registry entry added later
 * simply takes over (the plan is re-parsed when the registry changes).
 */
export const UNREGISTERED_PREFIX = 'chua-dang-ky-';

export function unregisteredId(name: string): string {
  const slug = fold(name).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80);
  return `${UNREGISTERED_PREFIX}${slug || 'x'}`;
}

export const isUnregistered = (agencyId: string): boolean => agencyId.startsWith(UNREGISTERED_PREFIX);

export function unregisteredAgency(id: string, name: string): Agency {
  return { id, name, kind: 'unregistered', aliases: [], successors: [] };
}
