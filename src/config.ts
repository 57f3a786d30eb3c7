import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { Info } from 'luxon';
import { z } from 'zod';
import { LoftesbotError } from './domain/errors.ts';
import { nearKeys, oneOf, port } from './runtime/config-values.ts';
import { isLoopbackUrl } from './runtime/loopback.ts';
import { parseTestClock, type TestClockSpec } from './runtime/test-clock.ts';

/**
 * The one place that reads the environment. Read once at start, validated, frozen, passed down.
 * A bad value fails fast with an error naming the variable.
 */

const boolean = (fallback: 'true' | 'false') =>
  oneOf(['true', 'false', '1', '0', 'yes', 'no', ''], 'true eller false')
    .default(fallback)
    .transform((v) => v === 'true' || v === '1' || v === 'yes' || (v === '' && fallback === 'true'));

const optional = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

/** A Bot Framework endpoint: https, or plain http only to this machine (a local stand-in of the identity service). */
const endpoint = optional.refine(
  (v) => v === undefined || v.startsWith('https://') || (v.startsWith('http://') && isLoopbackUrl(v)),
  'måste vara en https-adress (http bara till den egna datorn, t.ex. http://127.0.0.1:8123/…)',
);

const schema = z.object({
  DATABASE_URL: z
    .string()
    .default('sqlite:./data/loftesbot.db')
    .refine(
      (v) => v.startsWith('sqlite:') || /^postgres(ql)?:\/\//.test(v),
      'måste vara sqlite:<sökväg> eller postgres://…, t.ex. sqlite:./data/loftesbot.db',
    ),
  PORT: port(3000).default(3000),
  HOST: z.string().default('0.0.0.0'),
  METRICS_HOST: z.string().default('127.0.0.1'),
  METRICS_PORT: port(9464).optional(),
  SLACK_SIGNING_SECRET: optional,
  SLACK_BOT_TOKEN: optional,
  SLACK_APP_TOKEN: optional,
  SLACK_API_URL: optional.refine(
    (v) => v === undefined || /^https?:\/\//.test(v),
    'måste vara en http(s)-adress, t.ex. https://slack.com/api/',
  ),
  MICROSOFT_APP_ID: optional,
  MICROSOFT_APP_PASSWORD: optional,
  MICROSOFT_APP_TENANT_ID: optional,
  MICROSOFT_APP_TYPE: oneOf(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  TEAMS_ALLOW_UNAUTHENTICATED: boolean('false'),
  TEAMS_CLOUD: oneOf(['public', 'usgov', 'custom']).default('public'),
  TEAMS_LOGIN_URL: endpoint,
  TEAMS_OAUTH_SCOPE: optional,
  TEAMS_TOKEN_ISSUER: optional,
  TEAMS_OPENID_METADATA_URL: endpoint,
  LOFTESBOT_TIMEZONE: z
    .string()
    .default('Europe/Stockholm')
    .refine((v) => Info.isValidIANAZone(v), 'måste vara en IANA-tidszon, t.ex. Europe/Stockholm'),
  LOFTESBOT_LANG: oneOf(['sv', 'en']).default('sv'),
  LOFTESBOT_PUBLIC_URL: optional.refine(
    (v) => v === undefined || /^https?:\/\//.test(v),
    'måste vara en http(s)-adress, t.ex. https://intra.example.se/loftesbot',
  ),
  LOFTESBOT_LINK_SECRET: optional,
  LOFTESBOT_SCHEDULER: boolean('true'),
  LOG_LEVEL: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOFTESBOT_LOG_FILE: z
    .string()
    .trim()
    .min(1, { error: 'får inte vara tom, t.ex. ./data/loftesbot.log' })
    .default('./data/loftesbot.log'),
  /** Test-only: an accelerated clock for child processes (see src/runtime/test-clock.ts). */
  LOFTESBOT_TEST_CLOCK: optional.refine(
    (v) => v === undefined || typeof parseTestClock(v) !== 'string',
    'måste vara file=<sökväg>;tick=<ms> (bara för tester)',
  ),
});

export interface Config {
  readonly databaseUrl: string;
  readonly port: number;
  readonly host: string;
  /**
   * The operations listener (GET /metrics, GET /healthz with details), apart from the public port: METRICS_HOST
   * (default 127.0.0.1) and METRICS_PORT (null: 9464, or any free port when PORT is 0).
   */
  readonly metrics: { readonly host: string; readonly port: number | null };
  readonly slack: {
    readonly signingSecret?: string;
    readonly botToken?: string;
    readonly appToken?: string;
    readonly apiUrl?: string;
  };
  readonly teams: {
    readonly appId?: string;
    readonly appPassword?: string;
    readonly tenantId?: string;
    readonly appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
    readonly allowUnauthenticated: boolean;
    /** Which Bot Framework cloud the bot talks to (TEAMS_CLOUD and, for `custom`, its endpoints). */
    readonly cloud: TeamsCloud;
  };
  readonly timezone: string;
  readonly lang: 'sv' | 'en';
  /** The public base URL of this server (for links in chat), or undefined. */
  readonly publicUrl?: string;
  /** Secret for signed dashboard links; when unset, the one kept in the database (src/web/hmac.ts). */
  readonly linkSecret?: string;
  readonly schedulerEnabled: boolean;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Where logs go while the terminal chat runs in the foreground (LOFTESBOT_LOG_FILE). */
  readonly logFile: string;
  /** Test-only accelerated clock (LOFTESBOT_TEST_CLOCK); undefined in every real deployment. */
  readonly testClock?: TestClockSpec;
  /**
   * Started by `npm start` or `npx` (npm sets npm_lifecycle_event): npm's shell does not pass a SIGTERM on, so the
   * server stops by itself when npm has gone (src/cli/commands/start.ts).
   */
  readonly launchedByNpm: boolean;
}

/**
 * The Bot Framework cloud: Microsoft's public cloud (the default), the US Government cloud (botbuilder's own
 * endpoints), or a sovereign or private cloud whose every endpoint is configured.
 */
export type TeamsCloud =
  | { readonly kind: 'public' }
  | { readonly kind: 'usgov' }
  | {
      readonly kind: 'custom';
      /** Where the bot gets its own tokens: the authority, tenant included (botbuilder's ToChannelFromBotLoginUrl). */
      readonly loginUrl: string;
      /** The audience of the bot's tokens to the Bot Connector (ToChannelFromBotOAuthScope). */
      readonly oauthScope: string;
      /** The `iss` of the channel's tokens to the bot (ToBotFromChannelTokenIssuer). */
      readonly tokenIssuer: string;
      /** The OpenID configuration naming the keys that sign the channel's tokens (ToBotFromChannelOpenIdMetadataUrl). */
      readonly openIdMetadataUrl: string;
    };

const CUSTOM_CLOUD_KEYS = [
  'TEAMS_LOGIN_URL',
  'TEAMS_OAUTH_SCOPE',
  'TEAMS_TOKEN_ISSUER',
  'TEAMS_OPENID_METADATA_URL',
] as const;

function teamsCloudOf(e: z.infer<typeof schema>): TeamsCloud {
  if (e.TEAMS_CLOUD !== 'custom') {
    const stray = CUSTOM_CLOUD_KEYS.find((key) => e[key] !== undefined);
    if (stray) {
      throw new LoftesbotError(
        'E_CONFIG',
        `${stray} används bara med TEAMS_CLOUD=custom; ta bort den eller sätt TEAMS_CLOUD=custom`,
        {
          details: { variable: stray },
        },
      );
    }
    return Object.freeze({ kind: e.TEAMS_CLOUD });
  }
  const missing = CUSTOM_CLOUD_KEYS.find((key) => e[key] === undefined);
  if (missing) {
    throw new LoftesbotError('E_CONFIG', `${missing} krävs med TEAMS_CLOUD=custom`, {
      details: { variable: missing },
    });
  }
  if (e.MICROSOFT_APP_ID && e.MICROSOFT_APP_TYPE === 'UserAssignedMSI') {
    throw new LoftesbotError(
      'E_CONFIG',
      'MICROSOFT_APP_TYPE UserAssignedMSI går inte med TEAMS_CLOUD=custom, som behöver ett applösenord: välj MultiTenant eller SingleTenant',
      { details: { variable: 'MICROSOFT_APP_TYPE' } },
    );
  }
  return Object.freeze({
    kind: 'custom',
    loginUrl: e.TEAMS_LOGIN_URL as string,
    oauthScope: e.TEAMS_OAUTH_SCOPE as string,
    tokenIssuer: e.TEAMS_TOKEN_ISSUER as string,
    openIdMetadataUrl: e.TEAMS_OPENID_METADATA_URL as string,
  });
}

/** Reads `.env` (if present) under the real environment: real variables win. */
export function readEnvFile(path = '.env'): Record<string, string> {
  if (!existsSync(path)) return {};
  return parseEnv(readFileSync(path, 'utf8')) as Record<string, string>;
}

/** Validates an environment and returns the frozen configuration; throws E_CONFIG naming the first bad variable. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = String(issue?.path[0] ?? 'environment');
    throw new LoftesbotError(
      'E_CONFIG',
      `${key} ${issue?.message ?? 'har ett ogiltigt värde'} (fick ”${env[key] ?? ''}”)`,
      {
        details: { variable: key },
      },
    );
  }
  const e = parsed.data;
  if (e.SLACK_BOT_TOKEN && !e.SLACK_SIGNING_SECRET && !e.SLACK_APP_TOKEN) {
    throw new LoftesbotError(
      'E_CONFIG',
      'SLACK_SIGNING_SECRET krävs med SLACK_BOT_TOKEN i HTTP-läge (eller sätt SLACK_APP_TOKEN för Socket Mode)',
      { details: { variable: 'SLACK_SIGNING_SECRET' } },
    );
  }
  if (e.MICROSOFT_APP_ID && !e.MICROSOFT_APP_PASSWORD && e.MICROSOFT_APP_TYPE !== 'UserAssignedMSI') {
    throw new LoftesbotError('E_CONFIG', 'MICROSOFT_APP_PASSWORD krävs när MICROSOFT_APP_ID är satt', {
      details: { variable: 'MICROSOFT_APP_PASSWORD' },
    });
  }
  if (e.MICROSOFT_APP_TYPE === 'SingleTenant' && e.MICROSOFT_APP_ID && !e.MICROSOFT_APP_TENANT_ID) {
    throw new LoftesbotError('E_CONFIG', 'MICROSOFT_APP_TENANT_ID krävs för en SingleTenant-app', {
      details: { variable: 'MICROSOFT_APP_TENANT_ID' },
    });
  }
  return Object.freeze({
    databaseUrl: e.DATABASE_URL,
    port: e.PORT,
    host: e.HOST,
    metrics: Object.freeze({ host: e.METRICS_HOST, port: e.METRICS_PORT ?? null }),
    slack: Object.freeze({
      signingSecret: e.SLACK_SIGNING_SECRET,
      botToken: e.SLACK_BOT_TOKEN,
      appToken: e.SLACK_APP_TOKEN,
      apiUrl: e.SLACK_API_URL,
    }),
    teams: Object.freeze({
      appId: e.MICROSOFT_APP_ID,
      appPassword: e.MICROSOFT_APP_PASSWORD,
      tenantId: e.MICROSOFT_APP_TENANT_ID,
      appType: e.MICROSOFT_APP_TYPE,
      allowUnauthenticated: e.TEAMS_ALLOW_UNAUTHENTICATED,
      cloud: teamsCloudOf(e),
    }),
    timezone: e.LOFTESBOT_TIMEZONE,
    lang: e.LOFTESBOT_LANG,
    publicUrl: e.LOFTESBOT_PUBLIC_URL,
    linkSecret: e.LOFTESBOT_LINK_SECRET,
    schedulerEnabled: e.LOFTESBOT_SCHEDULER,
    logLevel: e.LOG_LEVEL,
    logFile: e.LOFTESBOT_LOG_FILE,
    ...(e.LOFTESBOT_TEST_CLOCK ? { testClock: testClockOf(e.LOFTESBOT_TEST_CLOCK) } : {}),
    launchedByNpm: Boolean(env.npm_lifecycle_event),
  });
}

function testClockOf(text: string): TestClockSpec {
  const spec = parseTestClock(text);
  if (typeof spec === 'string') {
    throw new LoftesbotError(
      'E_CONFIG',
      `LOFTESBOT_TEST_CLOCK måste vara file=<sökväg>;tick=<ms> (${spec})`,
      {
        details: { variable: 'LOFTESBOT_TEST_CLOCK' },
      },
    );
  }
  return Object.freeze(spec);
}

/** Variables that are almost a key Löftesbot reads, each with the key it was probably meant as (see nearKeys). */
export function misspelledKeys(env: Record<string, string | undefined>): { key: string; meant: string }[] {
  return nearKeys(Object.keys(env), Object.keys(schema.shape));
}

/** The misspelled keys of `.env` and of the environment, as lines for the operator. */
export function misspelledKeyNotices(envFile = '.env'): string[] {
  const file = readEnvFile(envFile);
  const notice = (where: string) => (m: { key: string; meant: string }) =>
    `${m.key} ${where} används inte — menade du ${m.meant}?`;
  return [
    ...misspelledKeys(file).map(notice(`i ${envFile}`)),
    ...misspelledKeys(process.env)
      .filter((m) => !(m.key in file))
      .map(notice('i miljön')),
  ];
}

/** The configuration of this process: `.env` under `process.env`. The only reader of process.env. */
export function configFromProcess(): Config {
  return loadConfig({ ...readEnvFile(), ...process.env });
}
