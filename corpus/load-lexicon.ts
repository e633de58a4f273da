/**
 * The Vietnamese syllable list from the `dictionary-vi` package (the Hunspell word list, one entry
 * per line after a count). Read here, at the edge, and passed to `buildCorpus`.
 */
export async function loadLexicon(): Promise<string[]> {
  const { default: dictionary } = (await import('dictionary-vi')) as { default: { dic: Uint8Array } };
  return new TextDecoder('utf-8').decode(dictionary.dic).split('\n').slice(1).map((l) => l.split('/')[0]!.trim()).filter(Boolean);
}
