// An esbuild plugin for scripts/build.mjs: a library that an SDK requires at the top of a module, but calls only in a
// mode or on a path this server may not take (or not before its first request), is neither parsed nor evaluated at
// start. It is bundled into a file of its own, dist/chunks/lazy/<name>.cjs; what the SDK's module gets at load time
// is a stand-in that requires that file the first time a property is read, or it is called or constructed.
//
// Sound only when every module that requires the library is listed (else a second copy would be bundled eagerly, and
// the two would not share state): buildLazyFiles checks that no file of a listed library is left in the main build.
// The SDK module must use the library through its properties, calls or `new` (checked by hand when an entry is
// added; `__importStar` or a top-level `class … extends lib.X` would defeat or break it).
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** [package, the SDK modules that require it (path endings), why it can wait]. */
export const LAZY_REQUIRES = [
  // Bolt's App loads its Socket Mode receiver, and with it a WebSocket client and undici, in HTTP mode too.
  ['@slack/socket-mode', ['@slack/bolt/dist/receivers/SocketModeReceiver.js'], 'Socket Mode only'],
  // Bolt reads a body with raw-body (and iconv-lite) only when the server has not: ours always has.
  ['raw-body', ['@slack/bolt/dist/receivers/HTTPModuleFunctions.js'], 'the body is read by our server'],
  // The OAuth installer: only for an app distributed to many workspaces with OAuth; this one has a bot token.
  [
    '@slack/oauth',
    ['@slack/bolt/dist/receivers/HTTPReceiver.js', '@slack/bolt/dist/receivers/SocketModeReceiver.js'],
    'OAuth installation only',
  ],
  // Azure managed identity: only when the bot authenticates as a user-assigned managed identity.
  [
    '@azure/identity',
    ['botframework-connector/lib/auth/jwtTokenProviderFactory.js'],
    'managed identity only',
  ],
  // MSAL: the token for the bot's outgoing calls, on the first reply or reminder sent to Teams.
  [
    '@azure/msal-node',
    [
      'botframework-connector/lib/auth/msalAppCredentials.js',
      'botframework-connector/lib/auth/certificateAppCredentials.js',
      'botframework-connector/lib/auth/federatedAppCredentials.js',
    ],
    'the first outgoing Teams call',
  ],
  // axios: botbuilder's client for calling skills (other bots); this bot calls none.
  [
    'axios',
    ['botframework-connector/lib/auth/botFrameworkClientImpl.js', 'botbuilder/lib/botFrameworkHttpClient.js'],
    'skills only',
  ],
  // node-fetch: the Bot Framework's OpenID keys, fetched on the first authenticated Teams request.
  [
    'node-fetch',
    ['botframework-connector/lib/auth/openIdMetadata.js'],
    'the first authenticated Teams request',
  ],
  // cross-fetch: the Bot Framework Emulator's test API only.
  ['cross-fetch', ['botframework-connector/lib/emulatorApiClient.js'], 'the Emulator only'],
];

const PREFIX = 'loftesbot-lazy:';
/** Where the lazy files go, relative to the chunks that require them. */
const LAZY_DIR = 'lazy';

export const fileName = (pkg) => pkg.replace(/^@/, '').replace(/\//g, '-');

/**
 * The plugin, and after the main build has run, `buildLazyFiles(esbuild, metafile, options)` to write the lazy
 * files next to the chunks and check that the main build holds none of their code.
 */
export function lazyRequires() {
  /** package → the directory its first importer resolves it from. */
  const resolveDirs = new Map();
  const plugin = {
    name: 'lazy-requires',
    setup(build) {
      build.onResolve({ filter: /.*/ }, (args) => {
        if (args.path.startsWith(PREFIX)) {
          return { path: `./${LAZY_DIR}/${args.path.slice(PREFIX.length)}.cjs`, external: true };
        }
        if (args.namespace === 'lazy') return undefined;
        const entry = LAZY_REQUIRES.find(
          ([name, from]) => name === args.path && from.some((f) => args.importer.endsWith(f)),
        );
        if (!entry) return undefined;
        if (!resolveDirs.has(args.path)) resolveDirs.set(args.path, args.resolveDir);
        return { path: args.path, namespace: 'lazy', pluginData: { resolveDir: args.resolveDir } };
      });
      build.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => {
        // `__importDefault` (TypeScript's interop) reads `__esModule` as soon as the SDK module loads: answered from
        // here, as the real module would answer, so that read does not load it.
        const esModule =
          createRequire(join(args.pluginData.resolveDir, 'noop.js'))(args.path).__esModule === true;
        return {
          resolveDir: args.pluginData.resolveDir,
          loader: 'js',
          contents: `let real;
const load = () => (real ??= require(${JSON.stringify(PREFIX + fileName(args.path))}));
module.exports = new Proxy(function lazyModule() {}, {
  get: (_, key) => (key === '__esModule' ? ${esModule ? 'true' : 'undefined'} : load()[key]),
  has: (_, key) => key in load(),
  apply: (_, self, params) => load().apply(self, params),
  construct: (_, params) => new (load())(...params),
});
`,
        };
      });
    },
  };
  return { plugin, buildLazyFiles };

  async function buildLazyFiles(esbuild, metafile, { outdir, external, common }) {
    for (const [output, { inputs }] of Object.entries(metafile.outputs)) {
      const standIns = Object.keys(inputs).filter((input) => input.startsWith('lazy:'));
      if (standIns.length > 0 && !output.includes('/chunks/')) {
        throw new Error(`lazy-requires: ${standIns.join(', ')} landed in ${output}, not in a chunk`);
      }
    }
    for (const [name] of LAZY_REQUIRES) {
      const eager = Object.keys(metafile.inputs).filter((input) => input.includes(`node_modules/${name}/`));
      if (eager.length > 0) {
        throw new Error(
          `lazy-requires: ${name} is also bundled eagerly (${eager[0]}): list every module that requires it`,
        );
      }
      const resolveDir = resolveDirs.get(name);
      // Not reached by this build (its importer is not bundled): nothing to write.
      if (resolveDir === undefined) continue;
      await esbuild.build({
        ...common,
        stdin: { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir, loader: 'js' },
        outfile: join(outdir, 'chunks', LAZY_DIR, `${fileName(name)}.cjs`),
        bundle: true,
        platform: 'node',
        format: 'cjs',
        external,
      });
    }
  }
}
