/**
 * `npm run add-plan -- FILE [--province NAME] [--yes] [--dry-run]`: add a province's plan (.txt or
 * .docx) to the plans folder (PLANS_DIR, default data/plans). Prints the review report; asks before
 * adding when run at a terminal, adds without asking with --yes or when standard input is not a
 * terminal (scripts). Exit codes: 0 added (or reviewed with --dry-run), 1 refused, 2 usage or
 * settings error. A running service picks the plan up within seconds.
 */
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { ManifestError } from '../corpus/errors';
import { loadLexicon } from '../corpus/load-lexicon';
import { loadProvinceNames, loadRegistry } from './registry-files';
import { addPlan, extractPlanText } from './add-plan';
import { ConfigError, parseConfig } from './config';

const USAGE = 'Cách dùng: npm run add-plan -- TỆP.docx|TỆP.txt [--province "Tên tỉnh"] [--yes] [--dry-run]';

async function main(argv: string[]): Promise<number> {
  let file: string | null = null;
  let province: string | null = null;
  let yes = false;
  let dryRun = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--yes' || a === '-y') yes = true;
    else if (a === '--dry-run') dryRun = true;
    else if (a === '--province') province = argv[++i] ?? null;
    else if (a.startsWith('--province=')) province = a.slice('--province='.length);
    else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      return 0;
    } else if (a.startsWith('-')) {
      console.error(`add-plan: không hiểu tùy chọn ${a}. ${USAGE}`);
      return 2;
    } else file = a;
  }
  if (!file) {
    console.error(`add-plan: thiếu tệp kế hoạch. ${USAGE}`);
    return 2;
  }
  const config = parseConfig(process.env);
  let data: Uint8Array;
  try {
    data = await readFile(resolve(file));
  } catch {
    console.error(`add-plan: không mở được tệp ${file}. Kiểm tra đường dẫn.`);
    return 2;
  }
  const plansDir = resolve(config.PLANS_DIR);
  const common: Omit<Parameters<typeof addPlan>[0], 'write'> = {
    fileName: basename(file),
    data,
    province,
    plansDir,
    seedsDir: resolve(config.SEEDS_DIR),
    agencies: await loadRegistry(plansDir, (l) => console.error(l), true),
    lexicon: await loadLexicon(),
    provinces: await loadProvinceNames(),
    onProgress: (line: string) => console.error(line),
  };
  // read once (a scan takes seconds a page), reviewed and written from the same text
  common.extracted = await extractPlanText(common);
  let review = await addPlan({ ...common, write: false });
  // at a terminal, ask for what the text does not say (the province) instead of refusing
  if (!review.verdict.ok && !province && !yes && process.stdin.isTTY && /--province/.test(review.verdict.reasons.join(' '))) {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    console.log(review.verdict.reasons.join('\n'));
    const answer = (await rl.question('\nKế hoạch của tỉnh nào? (gõ tên tỉnh, Enter để bỏ qua) ')).trim();
    rl.close();
    if (answer) {
      common.province = answer;
      review = await addPlan({ ...common, write: false });
    }
  }
  console.log(review.report);
  if (!review.verdict.ok) {
    console.error('\nKế hoạch KHÔNG được thêm (xem lý do ở đầu báo cáo). Không có gì thay đổi.');
    return 1;
  }
  if (dryRun) {
    console.error('\n--dry-run: chỉ kiểm tra, chưa thêm.');
    return 0;
  }
  if (!yes && process.stdin.isTTY) {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    const answer = (await rl.question(`\nThêm kế hoạch ${review.entry!.id} (${review.entry!.province})? [c/K] `)).trim().toLowerCase();
    rl.close();
    if (!['c', 'co', 'có', 'y', 'yes'].includes(answer)) {
      console.error('Chưa thêm. Không có gì thay đổi.');
      return 1;
    }
  }
  const done = await addPlan({ ...common, write: true });
  if (!done.written) {
    console.error('\nKế hoạch KHÔNG được thêm.');
    return 1;
  }
  console.error(`\nĐã thêm ${done.entry!.id} vào ${plansDir}. Báo cáo: ${done.reportPath}. Dịch vụ đang chạy sẽ trả lời về kế hoạch này sau vài giây; npm run ask / npm run eval dùng ngay.`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof ManifestError || err instanceof ConfigError) {
      console.error(`add-plan: ${err.message}`);
      process.exit(2);
    }
    console.error(err);
    process.exit(1);
  },
);
