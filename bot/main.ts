/**
 * `npm start`. The channels (web chat on 127.0.0.1, Telegram, Zalo) land with the channels issue;
 * until then start-up builds the app (corpus + index, built on first run) and says so plainly.
 */
import { createApp } from './app';
import { ConfigError, parseConfig } from './config';
import { CorpusParseError, ManifestError } from '../corpus/errors';

async function main(): Promise<void> {
  const app = await createApp(parseConfig(process.env));
  const { corpus } = app.engine;
  const assignments = corpus.plans.reduce((n, p) => n + p.assignments.length, 0);
  console.log(`Ready: ${corpus.plans.length} plans, ${assignments} assignments (${corpus.plans.map((p) => p.plan.province).join(', ')}).`);
  console.log('The chat channels are not built yet: the web chat on 127.0.0.1, Telegram and Zalo come with the channels issue.');
  console.log('Ask from the command line meanwhile:  npm run ask -- "Ai chủ trì giảm thiểu tảo hôn ở Quảng Ngãi?"');
}

main().catch((err: unknown) => {
  if (err instanceof CorpusParseError || err instanceof ManifestError || err instanceof ConfigError) {
    console.error(`start: ${err.message}`);
    process.exit(2);
  }
  console.error(err);
  process.exit(1);
});
