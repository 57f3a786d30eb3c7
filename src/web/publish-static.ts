import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
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
 * The file every publish writes beside its pages: the list of the files it wrote. A folder holding it is an earlier
 * publish, which the next one may replace; the CLI refuses any other folder with files in it (src/cli/out-path.ts).
 */
export const PUBLISH_MARKER = '.loftesbot-publish.json';

/**
 * Writes the public pages as static files under `outDir` — the same pages the server renders, with relative links
 * and the stylesheet beside them — for a kommun web site that cannot host a Node service. Opens from file:// too.
 * The dashboard is never exported: it lives only behind signed links. The pages are written to a temporary folder
 * beside `outDir` first, so a failed run leaves the previous site as it was. A new or empty `outDir` is swapped in
 * whole; into a folder with files, each page is moved over its earlier version and the pages an earlier publish wrote
 * (its PUBLISH_MARKER) that this one did not are removed — no stale page survives, and no file publish did not write
 * (kontakt.html, bilder/) is touched.
 */
export async function writeStaticSite(site: Site, outDir: string): Promise<StaticSite> {
  const root = resolve(outDir);
  const building = `${root}.tmp-${randomBytes(4).toString('hex')}`;
  try {
    const result = await writeInto(site, building);
    await writeFile(join(building, PUBLISH_MARKER), markerText(result.files), 'utf8');
    const present = await readdir(root).catch(() => null);
    if (present === null || present.length === 0) {
      if (present) await rmdir(root);
      await rename(building, root);
    } else {
      const earlier = await earlierFiles(root);
      for (const file of [...result.files, PUBLISH_MARKER]) {
        await mkdir(dirname(join(root, file)), { recursive: true });
        await rename(join(building, file), join(root, file));
      }
      const now = new Set(result.files);
      for (const file of earlier.filter((f) => !now.has(f))) await removeWithEmptyFolders(root, file);
      await rm(building, { recursive: true, force: true });
    }
    return { ...result, root };
  } catch (error) {
    await rm(building, { recursive: true, force: true });
    throw error;
  }
}

function markerText(files: readonly string[]): string {
  return `${JSON.stringify({ writtenBy: 'npx loftesbot publish', files }, null, 2)}\n`;
}

/** The files an earlier publish into `root` wrote, by its marker: only paths inside `root`. */
async function earlierFiles(root: string): Promise<string[]> {
  const text = await readFile(join(root, PUBLISH_MARKER), 'utf8').catch(() => null);
  if (text === null) return [];
  try {
    const files: unknown = JSON.parse(text)?.files;
    if (!Array.isArray(files)) return [];
    return files.filter((f): f is string => {
      if (typeof f !== 'string' || f === '' || isAbsolute(f)) return false;
      const rel = relative(root, join(root, f));
      return rel !== '' && !rel.startsWith('..');
    });
  } catch {
    return [];
  }
}

async function removeWithEmptyFolders(root: string, file: string): Promise<void> {
  // Only a file: a folder named in a marker is not publish's to remove.
  await rm(join(root, file), { force: true }).catch(() => undefined);
  for (let dir = dirname(join(root, file)); dir !== root && dir.startsWith(root); dir = dirname(dir)) {
    const left = await readdir(dir).catch(() => null);
    if (left === null || left.length > 0) return;
    await rmdir(dir);
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
