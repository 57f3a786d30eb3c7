import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MunicipalityRegister, parseMunicipalityTsv } from '../domain/municipality-register.ts';

export const REGISTER_PATH = fileURLToPath(new URL('../../data/kommuner.tsv', import.meta.url));

let cached: MunicipalityRegister | null = null;

/** SCB's register of Sweden's 290 kommuner, read once from data/kommuner.tsv. */
export function loadRegister(): MunicipalityRegister {
  cached ??= new MunicipalityRegister(parseMunicipalityTsv(readFileSync(REGISTER_PATH, 'utf8')));
  return cached;
}
