import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { staticFiles, staticUrls } from '../domain/site-urls.ts';
import { archivePage, homePage, kommunPage } from './pages/public-pages.ts';
import type { Site } from './site.ts';
import { archivedAgreement, homeData, kommunData } from './site-data.ts';
import { SITE_CSS } from './style.ts';

/** What a static export wrote. */
export interface StaticSite {
  readonly root: string;
  /** Written files, relative to `root`, in the order written. */
  readonly files: readonly string[];
  readonly kommuner: number;
  readonly archives: number;
}

/**
 * Writes the public pages as static files under `outDir` — the same pages the server renders, with relative links
 * and the stylesheet beside them — for a kommun web site that cannot host a Node service. Opens from file:// too.
 * The dashboard is never exported: it lives only behind signed links. The pages are written to a temporary folder
 * beside `outDir` and swapped in when complete, so no stale page of an earlier run survives and a failed run leaves
 * the previous site as it was.
 */
export async function writeStaticSite(site: Site, outDir: string): Promise<StaticSite> {
  const root = resolve(outDir);
  const suffix = randomBytes(4).toString('hex');
  const building = `${root}.tmp-${suffix}`;
  try {
    const result = await writeInto(site, building);
    const old = `${root}.old-${suffix}`;
    const exists = await stat(root).then(
      () => true,
      () => false,
    );
    if (exists) await rename(root, old);
    await rename(building, root);
    if (exists) await rm(old, { recursive: true, force: true });
    return { ...result, root };
  } catch (error) {
    await rm(building, { recursive: true, force: true });
    throw error;
  }
}

async function writeInto(site: Site, root: string): Promise<StaticSite> {
  const files: string[] = [];
  const write = async (file: string, content: string) => {
    const path = join(root, file);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content, 'utf8');
    files.push(file);
  };
  const zone = site.deps.zone;
  await write(staticFiles.css(), SITE_CSS);
  const home = await homeData(site.deps, site.slugs);
  await write(staticFiles.home(), homePage(home, { urls: staticUrls(staticFiles.home()), zone }));
  let archives = 0;
  const entries = [...home.current, ...home.earlier];
  for (const entry of entries) {
    const file = staticFiles.kommun(entry.slug);
    const data = await kommunData(site.deps, entry.municipality, entry.slug);
    await write(file, kommunPage(data, { urls: staticUrls(file), zone }));
    for (const agreement of data.archive) {
      const shown = await archivedAgreement(site.deps, entry.municipality, agreement.id);
      if (shown === null || shown === 'current') continue;
      const archiveFile = staticFiles.archive(entry.slug, agreement.id);
      const urls = staticUrls(archiveFile);
      const archived = archivePage(entry.municipality, entry.slug, shown, data.generatedAt, { urls, zone });
      await write(archiveFile, archived);
      archives++;
    }
  }
  return { root, files, kommuner: entries.length, archives };
}
