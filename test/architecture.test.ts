import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALLOWED, checkLayers, cyclesOf, folderOf } from './support/layers.ts';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.ts$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [
    ...text.matchAll(/(?:import|export)[^'"`;]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => (m[1] ?? m[2]) as string);
}

const FORBIDDEN_IN_DOMAIN = [
  /^kysely/,
  /^better-sqlite3/,
  /^pg$/,
  /^pg-/,
  /^@slack\//,
  /^botbuilder/,
  /^botframework/,
  /^node-cron/,
  /^adaptivecards/,
  /^pino/,
  /^prom-client/,
  /^node:(fs|http|https|net|child_process|crypto)/,
  /(^|\/)store\//,
  /(^|\/)bots\//,
  /(^|\/)scheduler\//,
  /(^|\/)reports\//,
  /(^|\/)import\//,
  /(^|\/)runtime\//,
  /config\.ts$/,
];

describe('the house rules', () => {
  it('src/domain imports nothing from store, bots, scheduler, kysely, drivers or platform SDKs', () => {
    const offenders: string[] = [];
    for (const file of sources('src/domain')) {
      for (const spec of importsOf(file)) {
        if (FORBIDDEN_IN_DOMAIN.some((re) => re.test(spec)))
          offenders.push(`${relative('.', file)} → ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('the boundary check itself catches a forbidden import', () => {
    expect(FORBIDDEN_IN_DOMAIN.some((re) => re.test('../store/kysely-store.ts'))).toBe(true);
    expect(FORBIDDEN_IN_DOMAIN.some((re) => re.test('@slack/bolt'))).toBe(true);
    expect(FORBIDDEN_IN_DOMAIN.some((re) => re.test('node:crypto'))).toBe(true);
    expect(FORBIDDEN_IN_DOMAIN.some((re) => re.test('./tertial.ts'))).toBe(false);
  });

  it('migrations never import from src/', () => {
    const offenders = sources('migrations').flatMap((file) =>
      importsOf(file)
        .filter((spec) => spec.includes('src/') || spec.startsWith('../src'))
        .map((spec) => `${file} → ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('only src/config.ts reads process.env', () => {
    const offenders = sources('src').filter(
      (file) => !file.endsWith(join('src', 'config.ts')) && /process\.env/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('platform SDKs stay inside their adapter folders', () => {
    const offenders: string[] = [];
    for (const file of sources('src')) {
      for (const spec of importsOf(file)) {
        if (/^@slack\//.test(spec) && !file.includes(join('bots', 'slack')))
          offenders.push(`${file} → ${spec}`);
        if (/^(botbuilder|botframework)/.test(spec) && !file.includes(join('bots', 'teams')))
          offenders.push(`${file} → ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('every folder imports only what the allow-list of the README layout permits, type imports included', () => {
    expect(checkLayers('.').forbidden).toEqual([]);
  });

  it('no folder-level import cycle', () => {
    expect(checkLayers('.').cycles).toEqual([]);
  });

  it('the allow-list check fails on a forbidden import and on a cycle (fixture)', () => {
    const report = checkLayers('test/fixtures/architecture');
    expect(report.forbidden).toEqual(['domain → store (src/domain/rules.ts → ../store/rows.ts)']);
    expect(report.cycles).toEqual([['domain', 'store']]);
    expect(
      cyclesOf(
        new Map([
          ['a', new Set(['b'])],
          ['b', new Set(['c'])],
          ['c', new Set<string>()],
        ]),
      ),
    ).toEqual([]);
  });

  it('the README layout lists every folder of src/ once, bottom up, as the allow-list has them', () => {
    const readme = readFileSync('README.md', 'utf8');
    const block = readme.slice(readme.indexOf('## Layout'), readme.indexOf('## Development'));
    const listed = [...block.matchAll(/^src\/(\S+)/gm)].map((m) => folderOf((m[1] ?? '').replace(/\/$/, '')));
    const actual = readdirSync('src').flatMap((name) =>
      name === 'bots'
        ? readdirSync('src/bots').map((b) => folderOf(`bots/${b}`))
        : [folderOf(statSync(join('src', name)).isDirectory() ? `${name}/x.ts` : name)],
    );
    expect([...listed].sort()).toEqual([...new Set(actual)].sort());
    expect([...listed].sort()).toEqual(Object.keys(ALLOWED).sort());
    for (const [i, folder] of listed.entries()) {
      for (const lower of ALLOWED[folder] ?? [])
        expect(listed.indexOf(lower), `${folder} → ${lower}`).toBeLessThan(i);
    }
  });

  it('no source file over 300 lines, data tables excepted', () => {
    const DATA_TABLES = new Set([join('src', 'demo', 'seed-agreements.ts')]);
    const long = sources('src')
      .filter((file) => !DATA_TABLES.has(file))
      .map((file) => ({ file, lines: readFileSync(file, 'utf8').split('\n').length }))
      .filter((f) => f.lines > 301);
    expect(long).toEqual([]);
  });
});
