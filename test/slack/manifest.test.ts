import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { COMMAND_INFOS } from '../../src/bots/core/commands.ts';
import { createBoltApp } from '../../src/bots/slack/app.ts';
import type { ListenerDeps } from '../../src/bots/slack/listeners/deps.ts';
import { silentLogger } from '../../src/runtime/logger.ts';

interface ManifestCommand {
  command: string;
  description: string;
  usage_hint?: string;
  url?: string;
  should_escape?: boolean;
}

interface Manifest {
  display_information: { name: string; description: string; long_description?: string };
  features: {
    app_home: { home_tab_enabled: boolean; messages_tab_enabled: boolean };
    bot_user: { display_name: string };
    slash_commands: ManifestCommand[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { request_url: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url: string };
    socket_mode_enabled: boolean;
  };
}

const manifest = load(readFileSync('slack/manifest.yml', 'utf8')) as Manifest;

/** The slash commands the Bolt app registers, from a real app built over the chat core's command list. */
function registeredCommands(): string[] {
  const deps = {
    core: { commandNames: () => COMMAND_INFOS },
    logger: silentLogger,
    defaultLang: 'sv',
    ackBudgetMs: 2_000,
    resolveLang: async () => undefined,
    home: async () => {
      throw new Error('not used');
    },
  } as unknown as ListenerDeps;
  const bolt = createBoltApp(
    { mode: { kind: 'http', signingSecret: 'x' }, botToken: 'xoxb-test', api: {}, logger: silentLogger },
    deps,
  );
  return [...bolt.commands];
}

describe('slack/manifest.yml', () => {
  it('declares exactly the slash commands the code registers', () => {
    const declared = manifest.features.slash_commands.map((c) => c.command).sort();
    expect(declared).toEqual(registeredCommands().sort());
  });

  it('describes each command as the chat core does, within Slack’s limits', () => {
    for (const info of COMMAND_INFOS) {
      for (const [name, en] of [
        [info.name, false] as const,
        ...info.aliases.map((a) => [a, true] as const),
      ]) {
        const c = manifest.features.slash_commands.find((x) => x.command === `/${name}`);
        expect(c, `/${name}`).toBeDefined();
        expect(c?.description).toBe(en ? info.descriptionEn : info.description);
        expect(c?.usage_hint).toBe(en ? info.usageEn : info.usage);
        expect(c?.command.length).toBeLessThanOrEqual(32);
        expect(c?.description.length).toBeLessThanOrEqual(2000);
        expect(c?.usage_hint?.length ?? 0).toBeLessThanOrEqual(1000);
        expect(c?.url).toMatch(/^https:\/\/.+\/slack\/events$/);
      }
    }
  });

  it('is complete: interactivity and events on /slack/events, App Home, the scopes used, a Socket Mode switch', () => {
    expect(manifest.display_information.name.length).toBeLessThanOrEqual(35);
    expect(manifest.display_information.description.length).toBeLessThanOrEqual(140);
    expect(manifest.features.bot_user.display_name).toMatch(/^[a-z0-9._-]{1,80}$/);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.settings.interactivity).toMatchObject({ is_enabled: true });
    expect(manifest.settings.interactivity.request_url).toMatch(/\/slack\/events$/);
    expect(manifest.settings.event_subscriptions.request_url).toMatch(/\/slack\/events$/);
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual(
      ['app_home_opened', 'app_mention', 'file_shared', 'message.im'].sort(),
    );
    expect(typeof manifest.settings.socket_mode_enabled).toBe('boolean');
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual(
      [
        'app_mentions:read',
        'channels:read',
        'chat:write',
        'chat:write.public',
        'commands',
        'files:read',
        'files:write',
        'groups:read',
        'im:history',
        'im:read',
        'mpim:read',
        'users:read',
      ].sort(),
    );
  });
});
