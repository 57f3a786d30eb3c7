import { containsPersonalNumber } from '../domain/personnummer.ts';

/**
 * The personal-data screen over a whole document: the line numbers (1-based) whose text the one personal-data
 * screen of src/domain refuses. Each line is also screened as a reader sees it — fullwidth digits as digits
 * (Unicode NFKC), spaces around a dash and between digit groups closed up ("811218 - 9876", "81 12 18-9876") — so no spelling gets a personnummer past.
 * A document with any such line is refused whole.
 */
export function personalDataLines(text: string): number[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const found: number[] = [];
  lines.forEach((line, i) => {
    if (!/\d|[\uff10-\uff19]/.test(line)) return;
    const readable = line.normalize('NFKC');
    const closed = readable.replace(/\s*[-\u2010-\u2015\u2212]\s*/g, '-');
    const joined = closed.replace(/(?<=\d)[ \u00a0\u2009\u202f](?=\d)/g, '');
    if ([line, readable, closed, joined].some((variant) => containsPersonalNumber(variant)))
      found.push(i + 1);
  });
  return found;
}
