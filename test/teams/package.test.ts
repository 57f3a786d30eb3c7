import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { inflateSync } from 'node:zlib';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commandNames } from '../../src/bots/core/commands.ts';
import { buildManifest, readManifestTemplate } from '../../src/bots/teams/package/manifest.ts';
import type { CliIo } from '../../src/cli/command.ts';
import { main } from '../../src/cli/main.ts';
import { loadConfig } from '../../src/config.ts';

const APP_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

/** Width, height and RGBA rows of an 8-bit RGBA, non-interlaced PNG whose rows use filter 0 (what we write). */
function decodePng(png: Buffer): { width: number; height: number; pixel(x: number, y: number): number[] } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let offset = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect([...data.subarray(8, 13)]).toEqual([8, 6, 0, 0, 0]);
    }
    if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4 + 1;
  return {
    width,
    height,
    pixel: (x, y) => {
      expect(raw[y * stride]).toBe(0);
      return [...raw.subarray(y * stride + 1 + x * 4, y * stride + 1 + x * 4 + 4)];
    },
  };
}

async function run(argv: string[], env: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    stdin: new PassThrough(),
    stdinIsTty: false,
  };
  const code = await main(argv, io, loadConfig(env));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('npx loftesbot teams-package', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'loftesbot-teams-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a zip whose manifest has the configured app id and exactly the commands the core knows', async () => {
    const out = join(dir, 'loftesbot.zip');
    const result = await run(['teams-package', '--out', out], {
      MICROSOFT_APP_ID: APP_ID,
      MICROSOFT_APP_PASSWORD: 'x',
      LOFTESBOT_PUBLIC_URL: 'https://loftesbot.example.se',
    });
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toContain(out);

    const zip = await JSZip.loadAsync(readFileSync(out));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(await (zip.file('manifest.json')?.async('string') ?? '{}'));
    expect(manifest.manifestVersion).toBe('1.17');
    expect(manifest.$schema).toContain('/v1.17/');
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.validDomains).toEqual(['loftesbot.example.se']);
    const [bot] = manifest.bots;
    expect(bot.botId).toBe(APP_ID);
    expect(bot.scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(bot.commandLists.map((l: { scopes: string[] }) => l.scopes[0]).sort()).toEqual([
      'groupChat',
      'personal',
      'team',
    ]);
    const core = commandNames();
    for (const list of bot.commandLists) {
      expect(list.commands.map((c: { title: string }) => c.title)).toEqual(core.map((c) => c.name));
      for (const [i, c] of list.commands.entries()) {
        expect(c.description).toContain(core[i]?.description.slice(0, 20));
        expect(c.title.length).toBeLessThanOrEqual(32);
        expect(c.description.length).toBeLessThanOrEqual(128);
      }
    }
    expect(JSON.stringify(manifest)).not.toContain('{{');
  });

  it('packs a 192×192 colour icon and a 32×32 white-on-transparent outline icon', async () => {
    const out = join(dir, 'app.zip');
    await run(['teams-package', '--out', out, '--app-id', APP_ID], {});
    const zip = await JSZip.loadAsync(readFileSync(out));
    const color = decodePng(await (zip.file('color.png')?.async('nodebuffer') ?? Buffer.alloc(0)));
    expect([color.width, color.height]).toEqual([192, 192]);
    expect(color.pixel(0, 0)[3]).toBe(255);
    const outline = decodePng(await (zip.file('outline.png')?.async('nodebuffer') ?? Buffer.alloc(0)));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let opaque = 0;
    let transparent = 0;
    for (let y = 0; y < 32; y++) {
      for (let x = 0; x < 32; x++) {
        const [r, g, b, a] = outline.pixel(x, y);
        if (a === 0) transparent++;
        else {
          opaque++;
          expect([r, g, b]).toEqual([255, 255, 255]);
        }
      }
    }
    expect(opaque).toBeGreaterThan(100);
    expect(transparent).toBeGreaterThan(300);
  });

  it('without an app id it fails with one line naming MICROSOFT_APP_ID and writes nothing', async () => {
    const out = join(dir, 'none.zip');
    const result = await run(['teams-package', '--out', out], {});
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^loftesbot teams-package: MICROSOFT_APP_ID är inte satt/);
    expect(result.err.split('\n')).toHaveLength(1);
    expect(() => readFileSync(out)).toThrow();
  });

  it('refuses an app id that is not a GUID', async () => {
    const result = await run(['teams-package', '--out', join(dir, 'x.zip'), '--app-id', 'my-bot'], {});
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/GUID/);
  });

  it('the committed template stays a valid base: placeholders only where the builder fills in', () => {
    const template = readManifestTemplate();
    const built = buildManifest(template, { appId: APP_ID, commands: commandNames(), version: '1.2.3' });
    expect(built.version).toBe('1.2.3');
    expect(built.name.short.length).toBeLessThanOrEqual(30);
    expect(built.description.short.length).toBeLessThanOrEqual(80);
    expect(built.description.full.length).toBeLessThanOrEqual(4000);
    expect(built.accentColor).toMatch(/^#[0-9A-Fa-f]{6}$/);
  });
});
