import { unwatchFile, watchFile } from 'node:fs';
import { join } from 'node:path';

/**
 * Watches the plans folder's manifest and registry additions (polling: works on every file system,
 * including network mounts and containers where inotify events do not arrive) and calls `reload`
 * once per burst of changes. add-plan writes the manifest last and atomically, so a reload never
 * sees a plan whose text is not yet in place.
 */
export function watchPlans(plansDir: string, reload: () => Promise<unknown>, log: (line: string) => void, intervalMs = 500): () => void {
  const files = [join(plansDir, 'manifest.json'), join(plansDir, 'agencies.json')];
  let timer: NodeJS.Timeout | null = null;
  const onChange = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      reload().catch((e: Error) => log(`plans: reload failed (${e.message.slice(0, 120)}); still answering from the previous plans`));
    }, 100);
  };
  for (const f of files) watchFile(f, { interval: intervalMs, persistent: false }, onChange);
  return () => {
    if (timer) clearTimeout(timer);
    for (const f of files) unwatchFile(f, onChange);
  };
}
