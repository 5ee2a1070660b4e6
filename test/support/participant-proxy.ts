/**
 * Lets the e2e fixtures, written with the demo tokens, act inside a classroom exercise: a
 * loopback HTTP proxy in front of a started server that swaps each `Bearer demo-…` token for the
 * participant token standing in for it, and passes everything else through unchanged. The
 * requests still travel as real HTTP to the real server; only the token a fixture names changes.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ServerAddress } from './graphql-client';

export interface ParticipantProxy extends ServerAddress {
  close(): Promise<void>;
}

export async function participantProxy(target: ServerAddress, tokens: Readonly<Record<string, string>>): Promise<ParticipantProxy> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string' && name !== 'host' && name !== 'content-length') headers[name] = value;
      const bearer = /^Bearer (\S+)$/.exec(headers.authorization ?? '');
      if (bearer && tokens[bearer[1]]) headers.authorization = `Bearer ${tokens[bearer[1]]}`;
      const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
      fetch(`${target.url}${req.url}`, { method: req.method, headers, body })
        .then(async (response) => {
          res.writeHead(response.status, { 'content-type': response.headers.get('content-type') ?? 'application/json' });
          res.end(Buffer.from(await response.arrayBuffer()));
        })
        .catch((error: unknown) => {
          res.writeHead(502, { 'content-type': 'text/plain' });
          res.end(String(error));
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
