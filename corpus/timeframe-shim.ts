export function findTimeframe(_text: string): { text: string; start: number; end: number; labelled: boolean } | null {
  return null;
}
