import type { Clock } from './ports.ts';
import type { TertialNumber } from './types.ts';

/**
 * Signed links: `/d/<område>?t=<token>` opens a police area's dashboard, and `/r/<kommunkod>/<år>-t<n>.<ext>?t=…`
 * downloads one kommun's follow-up report, each for 24 hours with no account. A token is
 * `<expiry in epoch seconds>.<MAC>`, where the MAC (HMAC-SHA256, base64url) covers a fixed purpose (dashboard or
 * report), what the link opens and the expiry: changing any of them — or using the token under another path, or a
 * dashboard token for a report — breaks it. The domain does no cryptography itself: the MAC function is injected
 * (src/web/hmac.ts provides it).
 */

/** Computes the MAC of `message` with the link secret, as base64url. Deterministic for one secret. */
export type LinkSigner = (message: string) => string;

/** How long a dashboard or report link is valid. */
export const DASHBOARD_LINK_TTL_MS = 24 * 60 * 60 * 1000;

const PURPOSE = 'loftesbot/dashboard/v1';
const TOKEN = /^(\d{1,12})\.([A-Za-z0-9_-]{16,128})$/;

/** What signing and building a signed link needs. */
/** Where an installation's link secret comes from: LOFTESBOT_LINK_SECRET, or the one kept in the database. */
export type LinkSecretSource = 'configured' | 'database';

export interface LinkDeps {
  readonly sign: LinkSigner;
  readonly clock: Clock;
  /** The server's public base URL, e.g. `https://loftesbot.example.se` (no trailing slash needed). */
  readonly baseUrl: string;
  /** Validity; defaults to DASHBOARD_LINK_TTL_MS. */
  readonly ttlMs?: number;
}

export interface DashboardLink {
  readonly url: string;
  readonly areaId: string;
  readonly token: string;
  /** Epoch milliseconds after which the link is refused. */
  readonly expiresAt: number;
}

export type TokenCheck =
  | { readonly ok: true; readonly expiresAt: number }
  | { readonly ok: false; readonly reason: 'missing' | 'malformed' | 'bad-signature' | 'expired' };

function message(areaId: string, expSeconds: string): string {
  return `${PURPOSE}|${areaId}|${expSeconds}`;
}

/** A token for `areaId` valid until `expiresAt` (epoch ms, rounded down to a whole second). */
export function signDashboardToken(sign: LinkSigner, areaId: string, expiresAt: number): string {
  const exp = String(Math.floor(expiresAt / 1000));
  return `${exp}.${sign(message(areaId, exp))}`;
}

/**
 * Checks a token against the area of the path it came with, at `now`. The signature is checked before the expiry,
 * so an altered expiry reads as `bad-signature`, never as a still-valid or merely expired link.
 */
export function verifyDashboardToken(
  sign: LinkSigner,
  areaId: string,
  token: string | null | undefined,
  now: number,
): TokenCheck {
  return verifyToken(sign, (exp) => message(areaId, exp), token, now);
}

function verifyToken(
  sign: LinkSigner,
  messageOf: (expSeconds: string) => string,
  token: string | null | undefined,
  now: number,
): TokenCheck {
  if (token === null || token === undefined || token === '') return { ok: false, reason: 'missing' };
  const m = TOKEN.exec(token);
  if (!m) return { ok: false, reason: 'malformed' };
  const exp = m[1] as string;
  const mac = m[2] as string;
  if (!equalInConstantTime(sign(messageOf(exp)), mac)) return { ok: false, reason: 'bad-signature' };
  const expiresAt = Number(exp) * 1000;
  if (now >= expiresAt) return { ok: false, reason: 'expired' };
  return { ok: true, expiresAt };
}

/** The dashboard path of an area with its token: `/d/<area>?t=<token>`. */
export function dashboardPath(areaId: string, token: string): string {
  return `/d/${encodeURIComponent(areaId)}?t=${encodeURIComponent(token)}`;
}

/** A fresh link to the dashboard of `areaId`, valid for 24 hours (or `ttlMs`) from now. */
export function dashboardLink(deps: LinkDeps, areaId: string): DashboardLink {
  const expiresAt = expiryOf(deps);
  const token = signDashboardToken(deps.sign, areaId, expiresAt);
  return { url: `${baseOf(deps)}${dashboardPath(areaId, token)}`, areaId, token, expiresAt };
}

/** The expiry a fresh link gets: whole seconds, because the token carries seconds and the server enforces those. */
function expiryOf(deps: LinkDeps): number {
  const expiresAt = deps.clock.now() + (deps.ttlMs ?? DASHBOARD_LINK_TTL_MS);
  return Math.floor(expiresAt / 1000) * 1000;
}

const baseOf = (deps: LinkDeps): string => deps.baseUrl.replace(/\/+$/, '');

/** What a report link opens: one kommun's follow-up report for a year, up to a tertial. */
export interface ReportRef {
  readonly municipalityCode: string;
  readonly year: number;
  readonly tertial: TertialNumber;
}

/**
 * The report formats a link can download (the report module's renderers). The chat's buttons offer HTML, Markdown
 * and Excel; the CSV stays for machines (docs/formats.md), under the same token.
 */
export const REPORT_LINK_FORMATS = ['html', 'md', 'xlsx', 'csv'] as const;
export type ReportLinkFormat = (typeof REPORT_LINK_FORMATS)[number];

export interface ReportLink {
  readonly ref: ReportRef;
  readonly token: string;
  /** Epoch milliseconds after which the link is refused. */
  readonly expiresAt: number;
  /** One address per format, all under the same token. */
  readonly urls: Readonly<Record<ReportLinkFormat, string>>;
}

const REPORT_PURPOSE = 'loftesbot/report/v1';

function reportMessage(ref: ReportRef, expSeconds: string): string {
  return `${REPORT_PURPOSE}|${ref.municipalityCode}|${ref.year}|${ref.tertial}|${expSeconds}`;
}

/** A report token for `ref` valid until `expiresAt` (epoch ms, rounded down to a whole second). */
export function signReportToken(sign: LinkSigner, ref: ReportRef, expiresAt: number): string {
  const exp = String(Math.floor(expiresAt / 1000));
  return `${exp}.${sign(reportMessage(ref, exp))}`;
}

/** Checks a report token against the kommun, year and tertial of the path it came with, at `now`. */
export function verifyReportToken(
  sign: LinkSigner,
  ref: ReportRef,
  token: string | null | undefined,
  now: number,
): TokenCheck {
  return verifyToken(sign, (exp) => reportMessage(ref, exp), token, now);
}

/** `/r/<kommunkod>/<år>-t<n>.<format>?t=<token>`, with `&lang=en` for the English report. */
export function reportPath(
  ref: ReportRef,
  format: ReportLinkFormat,
  token: string,
  lang?: 'sv' | 'en',
): string {
  const file = `${ref.year}-t${ref.tertial}.${format}`;
  const query = `?t=${encodeURIComponent(token)}${lang === 'en' ? '&lang=en' : ''}`;
  return `/r/${encodeURIComponent(ref.municipalityCode)}/${file}${query}`;
}

/** Fresh download links for one kommun's report, valid for 24 hours (or `ttlMs`) from now. */
export function reportLink(deps: LinkDeps, ref: ReportRef, lang?: 'sv' | 'en'): ReportLink {
  const expiresAt = expiryOf(deps);
  const token = signReportToken(deps.sign, ref, expiresAt);
  const url = (format: ReportLinkFormat) => `${baseOf(deps)}${reportPath(ref, format, token, lang)}`;
  const urls = Object.fromEntries(REPORT_LINK_FORMATS.map((f) => [f, url(f)])) as Record<
    ReportLinkFormat,
    string
  >;
  return { ref, token, expiresAt, urls };
}

/** String equality whose time does not depend on where the strings first differ. */
export function equalInConstantTime(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  }
  return diff === 0;
}
