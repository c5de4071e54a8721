import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { readHostHeaders } from './host-headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.avif': 'image/avif',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
};
/** What a static host compresses. */
const TEXT = /^(text\/|application\/(json|xml)|image\/svg)/;

// Serves a built site on 127.0.0.1 as a static host would: index.html for folders, its header
// rules, and for an unknown URL the nearest 404.html up the path with status 404 (as Cloudflare
// Pages does; Netlify, with `_redirects`).
export async function serveStatic(
  root: string,
  options: {
    netlifyToml?: string;
    gzip?: boolean;
    /** Told the size of each response's status line and headers, as sent (HTTP/1.1). */
    onHeaderBytes?: (pathname: string, bytes: number) => void;
  } = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const hostHeaders = await readHostHeaders(root, options.netlifyToml);
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) return response.writeHead(403).end();
    if ((await stat(file).catch(() => undefined))?.isDirectory())
      file = path.join(file, 'index.html');
    let status = 200;
    let body = await readFile(file).catch(() => undefined);
    for (let dir = path.dirname(file); !body && dir.startsWith(root); dir = path.dirname(dir)) {
      [status, file] = [404, path.join(dir, '404.html')];
      body = await readFile(file).catch(() => undefined);
    }
    if (!body) return response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const gzip =
      options.gzip && TEXT.test(type) && /gzip/.test(request.headers['accept-encoding'] ?? '');
    const sent = gzip ? gzipSync(body) : body;
    response.writeHead(status, {
      ...hostHeaders(pathname),
      'Content-Type': type,
      'Content-Length': sent.length,
      ...(gzip && { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' }),
    });
    response.end(sent);
    // Node keeps the header block it wrote; the bench sets it apart from the bodies.
    const written = (response as unknown as { _header?: string })._header;
    if (written) options.onHeaderBytes?.(pathname, Buffer.byteLength(written));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
