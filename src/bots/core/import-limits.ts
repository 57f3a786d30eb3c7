/** The importer's limits, for adapters that download a document before handing it to the core. */
export { IMPORT_LIMITS, megabytes } from '../../import/limits.ts';
