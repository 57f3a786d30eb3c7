// An esbuild plugin for scripts/build.mjs: a library an SDK requires at the top of a module but uses only in a mode
// this server may not run in is evaluated on first use instead of at start. The module is still bundled; what the
// SDK's module gets at load time is a stand-in that loads the real one the first time a property is read, or it is
// called or constructed.

/** [package, the SDK module that requires it (a path ending), why it can wait]. */
export const LAZY_REQUIRES = [
  // Bolt's App loads its Socket Mode receiver, and with it a WebSocket client and undici, in HTTP mode too.
  ['@slack/socket-mode', 'node_modules/@slack/bolt/dist/receivers/SocketModeReceiver.js', 'Socket Mode only'],
];

export const lazyRequires = {
  name: 'lazy-requires',
  setup(build) {
    const names = new Set(LAZY_REQUIRES.map(([name]) => name));
    build.onResolve({ filter: /.*/ }, (args) => {
      if (!names.has(args.path) || args.pluginData?.real) return undefined;
      const lazy = LAZY_REQUIRES.some(([name, from]) => name === args.path && args.importer.endsWith(from));
      return lazy
        ? { path: args.path, namespace: 'lazy', pluginData: { resolveDir: args.resolveDir } }
        : undefined;
    });
    build.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({
      resolveDir: args.pluginData.resolveDir,
      pluginData: { real: true },
      loader: 'js',
      contents: `let real;
const load = () => (real ??= require(${JSON.stringify(args.path)}));
module.exports = new Proxy(function lazyModule() {}, {
  get: (_, key) => load()[key],
  has: (_, key) => key in load(),
  apply: (_, self, params) => load().apply(self, params),
  construct: (_, params) => new (load())(...params),
});
`,
    }));
  },
};
