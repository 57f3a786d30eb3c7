import { containsPersonalNumber } from '../domain/personnummer.ts';

/**
 * The personal-data screen over a whole document: the line numbers (1-based) whose text the one personal-data
 * screen of src/domain refuses (it reads every spelling: fullwidth and other digits, spaces and dashes between the
 * groups). A document with any such line is refused whole.
 */
export function personalDataLines(text: string): number[] {
  const found: number[] = [];
  text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .forEach((line, i) => {
      if (containsPersonalNumber(line)) found.push(i + 1);
    });
  return found;
}
