import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';

/**
 * A fake Slack Socket Mode endpoint: a minimal WebSocket server (RFC 6455 text, ping and close frames) on
 * 127.0.0.1 that greets with `hello`, sends envelopes (slash commands, interactivity, events) and collects the
 * app's acknowledgements by envelope id. Point apps.connections.open of the fake Web API at `url`.
 */
export interface FakeSocketMode {
  readonly url: string;
  /** Resolves when the app has connected (and been greeted). */
  connected(timeoutMs?: number): Promise<void>;
  /** Sends an envelope and resolves with the app's ack payload (or `{}` for an ack without one). */
  send(
    type: 'slash_commands' | 'interactive' | 'events_api',
    payload: unknown,
  ): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

function frame(opcode: number, data: Buffer): Buffer {
  const len = data.length;
  const head =
    len < 126 ? Buffer.from([0x80 | opcode, len]) : len < 65536 ? Buffer.alloc(4) : Buffer.alloc(10);
  if (len >= 126 && len < 65536) {
    head[0] = 0x80 | opcode;
    head[1] = 126;
    head.writeUInt16BE(len, 2);
  } else if (len >= 65536) {
    head[0] = 0x80 | opcode;
    head[1] = 127;
    head.writeBigUInt64BE(BigInt(len), 2);
  }
  return Buffer.concat([head, data]);
}

/** Reads complete client frames (always masked) from `buffer`; returns them and what is left over. */
function readFrames(buffer: Buffer): { frames: { opcode: number; data: Buffer }[]; rest: Buffer } {
  const frames: { opcode: number; data: Buffer }[] = [];
  let at = 0;
  while (buffer.length - at >= 2) {
    const opcode = (buffer[at] ?? 0) & 0x0f;
    let len = (buffer[at + 1] ?? 0) & 0x7f;
    let offset = at + 2;
    if (len === 126) {
      if (buffer.length < offset + 2) break;
      len = buffer.readUInt16BE(offset);
      offset += 2;
    } else if (len === 127) {
      if (buffer.length < offset + 8) break;
      len = Number(buffer.readBigUInt64BE(offset));
      offset += 8;
    }
    if (buffer.length < offset + 4 + len) break;
    const mask = buffer.subarray(offset, offset + 4);
    const data = Buffer.from(buffer.subarray(offset + 4, offset + 4 + len));
    for (let i = 0; i < data.length; i++) data[i] = (data[i] ?? 0) ^ (mask[i % 4] ?? 0);
    frames.push({ opcode, data });
    at = offset + 4 + len;
  }
  return { frames, rest: buffer.subarray(at) };
}

export async function startFakeSocketMode(): Promise<FakeSocketMode> {
  let socket: Duplex | null = null;
  let onConnected: (() => void) | null = null;
  const pending = new Map<string, (payload: Record<string, unknown>) => void>();
  let seq = 0;
  const server: Server = createServer((_req, res) => {
    res.writeHead(426);
    res.end();
  });
  server.on('upgrade', (req, sock: Duplex) => {
    const key = String(req.headers['sec-websocket-key'] ?? '');
    const accept = createHash('sha1')
      .update(key + GUID)
      .digest('base64');
    sock.write(
      `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`,
    );
    socket = sock;
    let buffer: Buffer = Buffer.alloc(0);
    sock.on('data', (chunk: Buffer) => {
      const read = readFrames(Buffer.concat([buffer, chunk]));
      buffer = read.rest;
      for (const f of read.frames) {
        if (f.opcode === 0x9) sock.write(frame(0xa, f.data));
        else if (f.opcode === 0x8) {
          sock.end(frame(0x8, Buffer.alloc(0)));
        } else if (f.opcode === 0x1) {
          const message = JSON.parse(f.data.toString('utf8')) as {
            envelope_id?: string;
            payload?: Record<string, unknown>;
          };
          if (message.envelope_id) pending.get(message.envelope_id)?.(message.payload ?? {});
        }
      }
    });
    sock.on('error', () => {});
    const hello = {
      type: 'hello',
      num_connections: 1,
      debug_info: { host: 'fake' },
      connection_info: { app_id: 'A0TEST' },
    };
    sock.write(frame(0x1, Buffer.from(JSON.stringify(hello))));
    onConnected?.();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link`;

  return {
    url,
    connected: (timeoutMs = 5_000) =>
      new Promise((resolve, reject) => {
        if (socket) return resolve();
        const timer = setTimeout(
          () => reject(new Error('fake Socket Mode: the app did not connect')),
          timeoutMs,
        );
        onConnected = () => {
          clearTimeout(timer);
          resolve();
        };
      }),
    send(type, payload) {
      const envelopeId = `env-${++seq}`;
      return new Promise((resolve, reject) => {
        if (!socket) return reject(new Error('fake Socket Mode: not connected'));
        const timer = setTimeout(
          () => reject(new Error(`fake Socket Mode: no ack for ${envelopeId}`)),
          5_000,
        );
        pending.set(envelopeId, (ack) => {
          clearTimeout(timer);
          resolve(ack);
        });
        const envelope = {
          envelope_id: envelopeId,
          type,
          payload,
          accepts_response_payload: true,
          retry_attempt: 0,
        };
        socket.write(frame(0x1, Buffer.from(JSON.stringify(envelope))));
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        (socket as Duplex | null)?.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
