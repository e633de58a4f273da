import type { Corpus } from './schema';

/** The per-plan summary `npm run corpus` prints: counts, and every line no record holds. */
export function corpusSummary(corpus: Corpus): string {
  const out: string[] = [];
  const names = new Map(corpus.agencies.map((a) => [a.id, a.name] as const));
  for (const { plan, sections, assignments, unplaced } of corpus.plans) {
    const agencies = new Set(assignments.flatMap((a) => [...a.lead, ...a.coordinating].map((m) => m.agencyId)));
    const leads = new Set(assignments.flatMap((a) => a.lead.map((m) => m.agencyId)));
    const byOrigin = (o: string) => assignments.filter((a) => a.origin === o).length;
    const date = [plan.issuedDate.day, plan.issuedDate.month, plan.issuedDate.year].filter((x) => x !== null).join('/');
    out.push(
      `${plan.province}${plan.provinceInferred ? ' (suy ra)' : ''} — ${plan.documentKind} ${plan.documentNumber ?? '(số để trống)'}, ${date} [${plan.file}]`,
      `  sections: ${sections.length}   assignments: ${assignments.length} (appendix ${byOrigin('appendix')}, agency items ${byOrigin('agency-section')})   distinct agencies: ${agencies.size} (as lead: ${leads.size})`,
      `  focal agency: ${plan.focalAgency ? names.get(plan.focalAgency.agencyId) : '—'}   reporting: ${plan.reportingRule ? `${plan.reportingRule.frequency ?? '—'}, ${plan.reportingRule.deadline ?? 'no deadline stated'}` : '—'}   funding: ${plan.funding ? plan.funding.sources.length + ' sources' : 'no funding section'}   appendix: ${plan.appendix.present ? 'present' : plan.appendix.referenced ? 'REFERENCED BUT NOT IN THE TEXT' : 'none'}`,
    );
    const withNotes = assignments.filter((a) => a.notes.length > 0);
    if (withNotes.length) out.push(`  judgement calls: ${withNotes.length} units (see notes in the records)`);
    out.push(`  unplaced lines: ${unplaced.length}${unplaced.length ? '' : ' (none)'}   carrying a task: ${unplaced.filter((u) => u.carriesTask).length}`);
    for (const u of unplaced) out.push(`    ${u.file}:${u.line} ${u.carriesTask ? '[TASK] ' : ''}${u.reason}: ${u.text.slice(0, 100)}`);
  }
  return out.join('\n');
}
