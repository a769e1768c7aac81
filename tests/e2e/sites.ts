import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';

/** Fake hostnames and the fixture each serves. Browsers resolve every one of them to 127.0.0.1. */
export const SITES: Record<string, string> = {
  'prakerja12.xyz': 'lookalike.html',
  'bantuan-warga.example': 'scam-otp.html',
  'berita.example': 'news-warning.html',
  'dashboard.prakerja.go.id': 'official-otp.html',
  'www.tokopedia.com': 'partner-checkout.html',
  'layanan.example': 'spa.html',
  'verifikasi.example': 'banner-remover.html',
  'chat.example': 'chat.html',
  'resep.example': 'plain.html',
  'www.prakerja.go.id': 'official-otp.html',
  'bench.example': 'plain.html',
  'sabotase.example': 'hostile-overrides.html',
  'banjir.example': 'mutation-flood.html',
  'tutup.example': 'banner-cover.html',
  'bingkai.example': 'framed-form.html',
};

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** A loopback HTTP server that answers by Host header, so one port serves every fake site. */
/** Extra pages served by path on any host (benchmarks use generated pages). */
export type ExtraPages = Record<string, string>;

export async function startSiteServer(extra: ExtraPages = {}): Promise<{ server: Server; port: number; url(host: string, path?: string): string }> {
  const server = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const generated = extra[(req.url ?? '/').split('?')[0] as string];
    if (generated !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(generated);
      return;
    }
    const file = host === 'bingkai.example' && req.url === '/frame' ? 'frame-inner.html' : SITES[host];
    if (req.method === 'POST') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>posted</title><p id="posted">posted</p>');
      return;
    }
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('no such fixture');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(readFileSync(join(FIXTURES, file)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { server, port, url: (host, path = '/') => `http://${host}:${port}${path}` };
}
