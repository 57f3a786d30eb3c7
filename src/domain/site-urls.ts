import { posix } from 'node:path';

/**
 * Where the pages link to. On the server: absolute paths (`/k/savsjo`). In the static export: paths relative to the
 * page being written, ending in `index.html`, so the files open from the file system (file://) as well as from any
 * sub-folder of a kommun's web site.
 */
export interface SiteUrls {
  home(): string;
  kommun(slug: string): string;
  archive(slug: string, agreementId: string): string;
  css(): string;
}

export const CSS_PATH = '/assets/loftesbot.css';

/**
 * The server's links under `basePath`: the path of LOFTESBOT_PUBLIC_URL when a reverse proxy serves the bot under a
 * prefix (`https://intra.example.se/loftesbot` → `/loftesbot/k/savsjo`); '' at the root of a host.
 */
export function serverUrlsUnder(basePath: string): SiteUrls {
  return {
    home: () => `${basePath}/`,
    kommun: (slug) => `${basePath}/k/${encodeURIComponent(slug)}`,
    archive: (slug, id) => `${basePath}/k/${encodeURIComponent(slug)}/arkiv/${encodeURIComponent(id)}`,
    css: () => `${basePath}${CSS_PATH}`,
  };
}

export const serverUrls: SiteUrls = serverUrlsUnder('');

/** The path prefix of a public base URL, without its trailing slash: '' for `https://host/`, `/loftesbot` for `https://host/loftesbot/`. */
export function basePathOf(publicUrl: string | undefined): string {
  return publicUrl === undefined ? '' : new URL(publicUrl).pathname.replace(/\/+$/, '');
}

/** A file-system-safe folder name for an agreement id. */
export function safeSegment(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, '_');
}

/** The files of the static export, relative to its root. */
export const staticFiles = {
  home: () => 'index.html',
  kommun: (slug: string) => `k/${safeSegment(slug)}/index.html`,
  archive: (slug: string, id: string) => `k/${safeSegment(slug)}/arkiv/${safeSegment(id)}/index.html`,
  css: () => CSS_PATH.slice(1),
};

/** Links for the static page written at `pageFile` (relative to the export's root). */
export function staticUrls(pageFile: string): SiteUrls {
  const from = posix.dirname(pageFile);
  const rel = (target: string) => posix.relative(from, target) || posix.basename(target);
  return {
    home: () => rel(staticFiles.home()),
    kommun: (slug) => rel(staticFiles.kommun(slug)),
    archive: (slug, id) => rel(staticFiles.archive(slug, id)),
    css: () => rel(staticFiles.css()),
  };
}
