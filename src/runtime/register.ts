import { readFileSync } from 'node:fs';
import { MunicipalityRegister, parseMunicipalityTsv } from '../domain/municipality-register.ts';
import { projectPath } from './paths.ts';

export const REGISTER_PATH = projectPath('data', 'kommuner.tsv');

let cached: MunicipalityRegister | null = null;

/** SCB's register of Sweden's 290 kommuner, read once from data/kommuner.tsv. */
export function loadRegister(): MunicipalityRegister {
  cached ??= new MunicipalityRegister(parseMunicipalityTsv(readFileSync(REGISTER_PATH, 'utf8')));
  return cached;
}
