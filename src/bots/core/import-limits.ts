/** The importer's limits and refusals, for adapters that download a document before handing it to the core. */
export { IMPORT_LIMITS } from '../../import/limits.ts';
export type { ReadRefusal } from '../../import/read-refusal.ts';
