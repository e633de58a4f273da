/** A seed document that cannot be read as a plan. Carries the file and 1-based line so the reader can open it. */
export class CorpusParseError extends Error {
  override readonly name = 'CorpusParseError';
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly problem: string,
    readonly hint: string,
  ) {
    super(`${file}${line === null ? '' : `:${line}`}: ${problem}. ${hint}`);
  }
}

/** The seeds manifest is missing, malformed, or disagrees with a document. */
export class ManifestError extends Error {
  override readonly name = 'ManifestError';
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly hint: string,
  ) {
    super(`${file}: ${problem}. ${hint}`);
  }
}
