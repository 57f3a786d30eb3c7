import { readDocument } from '../../src/import/read-document.ts';
import { readRefusalText } from '../../src/import/read-refusal.ts';

/**
 * Run as a child process by safety.test.ts: reads one file the way the importer does and prints whether it was
 * accepted, the reason, and the process's peak resident memory — so a zip bomb's memory is measured in a process
 * of its own.
 */
const path = process.argv[2] ?? '';
const result = await readDocument(path);
console.log(
  JSON.stringify({
    ok: result.ok,
    reason: result.ok ? null : readRefusalText(result.refusal),
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
  }),
);
