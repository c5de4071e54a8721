import { createServer, type Server } from 'node:http';
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

/** Where a static host looks for the page of an unknown URL: the nearest 404.html up the path. */
async function notFoundPage(root: string, file: string): Promise<Buffer | undefined> {
  for (let dir = path.dirname(file); dir.startsWith(root); dir = path.dirname(dir)) {
    const page = await readFile(path.join(dir, '404.html')).catch(() => undefined);
    if (page || dir === root) return page;
  }
  return undefined;
}

/** What a static host compresses. */
const TEXT = /^(text\/|application\/(json|xml)|image\/svg)/;

/**
 * Serves a built site on 127.0.0.1 the way a static host would: index.html for folders, the
 * site's `_headers` (and a netlify.toml's `[[headers]]`, when given) applied, and for an unknown
 * URL the nearest 404.html with status 404 (as Cloudflare Pages does; Netlify does the same with
 * the site's `_redirects`). With `gzip`, text goes out gzipped to a browser that accepts it.
 */
export async function serveStatic(
  root: string,
  options: {
    netlifyToml?: string;
    gzip?: boolean;
    /** Told the size of each response's status line and headers, as sent (HTTP/1.1). */
    onHeaderBytes?: (pathname: string, bytes: number) => void;
  } = {},
): Promise<{ url: string; close: () => Promise<void>; server: Server }> {
  const hostHeaders = await readHostHeaders(root, options.netlifyToml);
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    const headers = hostHeaders(pathname);
    const send = (status: number, type: string, body: Buffer) => {
      const gzip =
        options.gzip && TEXT.test(type) && /gzip/.test(request.headers['accept-encoding'] ?? '');
      const sent = gzip ? gzipSync(body) : body;
      response.writeHead(status, {
        ...headers,
        'Content-Type': type,
        'Content-Length': sent.length,
        ...(gzip && { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' }),
      });
      response.end(sent);
      // Node keeps the header block it wrote; the bench sets it apart from the bodies.
      const written = (response as unknown as { _header?: string })._header;
      if (written) options.onHeaderBytes?.(pathname, Buffer.byteLength(written));
    };
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      send(200, TYPES[path.extname(file)] ?? 'application/octet-stream', await readFile(file));
    } catch {
      const page = await notFoundPage(root, file);
      if (page) send(404, TYPES['.html'], page);
      else response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
