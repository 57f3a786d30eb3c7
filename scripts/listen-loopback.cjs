// Preload (`node -r ./scripts/listen-loopback.cjs <program>`): every TCP server the program starts without naming an
// address — which Node binds to all interfaces — listens on 127.0.0.1 instead; an explicit 0.0.0.0 or :: too.
// For local tools that offer no listen-address option, such as Microsoft's Agents Playground (README, "Trying the
// Teams bot in Microsoft's Agents Playground"). Unix sockets and handles passed in are left alone.
'use strict';
const net = require('node:net');

const LOOPBACK = '127.0.0.1';
const ANY = new Set(['0.0.0.0', '::', '']);
const listen = net.Server.prototype.listen;

net.Server.prototype.listen = function listenOnLoopback(...args) {
  const [first] = args;
  if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    if (typeof args[1] !== 'string') args.splice(1, 0, LOOPBACK);
    else if (ANY.has(args[1])) args[1] = LOOPBACK;
  } else if (
    first &&
    typeof first === 'object' &&
    !('path' in first) &&
    !('fd' in first) &&
    !('_handle' in first)
  ) {
    if (first.host === undefined || ANY.has(first.host)) args[0] = { ...first, host: LOOPBACK };
  } else if (typeof first === 'function' || first === undefined) {
    args.unshift(0, LOOPBACK);
  }
  return listen.apply(this, args);
};
