import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { projectPath } from '../../../runtime/paths.ts';
import type { CommandInfo } from '../../core/commands.ts';

/**
 * The Teams app manifest (schema 1.17): teams/manifest.json is the template an operator may edit (names, developer
 * links); the app id, the bot's command lists and the valid domains are filled in from the configuration and the
 * chat core's own command list, so the list Teams suggests can never drift from the commands the bot understands.
 */

export const MANIFEST_DIR = pathToFileURL(`${projectPath('teams')}/`);

/** Schema limits of manifest 1.17 for a bot's command list. */
export const MAX_COMMANDS = 10;
const MAX_TITLE = 32;
const MAX_DESCRIPTION = 128;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ManifestInput {
  /** The bot's Microsoft app id (MICROSOFT_APP_ID), a GUID; used as the Teams app id too. */
  readonly appId: string;
  readonly commands: readonly CommandInfo[];
  /** LOFTESBOT_PUBLIC_URL: its host goes into validDomains. */
  readonly publicUrl?: string;
  /** Overrides the template's version (Teams wants a higher one for each upload of a changed package). */
  readonly version?: string;
}

// biome-ignore lint/suspicious/noExplicitAny: the manifest is free-form JSON edited by operators
export type Manifest = Record<string, any>;

export function readManifestTemplate(dir: URL = MANIFEST_DIR): Manifest {
  return JSON.parse(readFileSync(new URL('manifest.json', dir), 'utf8')) as Manifest;
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** One command as Teams shows it when a person types @Löftesbot: the name, and what it does with its arguments. */
export function manifestCommand(info: CommandInfo): { title: string; description: string } {
  return {
    title: clip(info.name, MAX_TITLE),
    description: clip(`${info.description}. ${info.name} ${info.usage}`.trim(), MAX_DESCRIPTION),
  };
}

/** The manifest to package: the template with the app id, command lists and valid domains filled in. */
export function buildManifest(template: Manifest, input: ManifestInput): Manifest {
  if (!GUID.test(input.appId)) {
    throw new Error(`MICROSOFT_APP_ID must be the bot's app id, a GUID (got "${input.appId}")`);
  }
  if (input.commands.length > MAX_COMMANDS) {
    throw new Error(
      `Teams allows at most ${MAX_COMMANDS} commands per list; the core has ${input.commands.length}`,
    );
  }
  const commands = input.commands.map(manifestCommand);
  const bots = (
    Array.isArray(template.bots) && template.bots.length > 0 ? template.bots : [{}]
  ) as Manifest[];
  const scopes = ['personal', 'team', 'groupChat'];
  const domains = new Set<string>((template.validDomains as string[] | undefined) ?? []);
  if (input.publicUrl) domains.add(new URL(input.publicUrl).host);
  return {
    ...template,
    ...(input.version ? { version: input.version } : {}),
    id: input.appId,
    bots: bots.map((bot, i) =>
      i === 0
        ? {
            ...bot,
            botId: input.appId,
            scopes,
            commandLists: scopes.map((scope) => ({ scopes: [scope], commands })),
          }
        : bot,
    ),
    validDomains: [...domains],
  };
}
