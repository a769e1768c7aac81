import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { join } from 'node:path';

/** Fake hostnames and the fixture each serves. Browsers resolve every one of them to 127.0.0.1. */
export const SITES: Record<string, string> = {
  'prakerja12.xyz': 'lookalike.html',
  'bantuan-warga.example': 'scam-otp.html',
  'verifikasi-ketat.example': 'scam-csp.html',
  'cair-sekarang.example': 'scam-stop.html',
  'cair-nanti.example': 'scam-stop.html',
  'senyap.example': 'scam-events.html',
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
  'web.whatsapp.com': 'chat-whatsapp.html',
  'www.facebook.com': 'feed-facebook.html',
  'web.telegram.org': 'channel-telegram.html',
  'mail.google.com': 'mail-webmail.html',
  'forum-warga.example': 'links-written.html',
  'pengumuman.example': 'links-base.html',
  // Issue 14: one host per hiding technique.
  'bayangan-terbuka.example': 'hiding/open-shadow.html',
  'bayangan-tertutup.example': 'hiding/closed-shadow.html',
  'bingkai-srcdoc.example': 'hiding/srcdoc-frame.html',
  'bingkai-kosong.example': 'hiding/blank-frame.html',
  'bingkai-ditulis-ulang.example': 'hiding/rewritten-frame.html',
  'label-css.example': 'hiding/css-labels.html',
  'bayangan-bingkai.example': 'hiding/shadow-in-srcdoc.html',
  'bayangan-telat.example': 'hiding/late-closed-shadow.html',
  'komponen.example': 'hiding/custom-element.html',
  'tenang.example': 'hiding/quiet-hidden.html',
  'bayangan-putar.example': 'hiding/shadow-churn.html',
  'bayangan-banyak.example': 'hiding/many-hosts.html',
  'iklan.example': 'hiding/ad-frame.html',
  'portal-berita.example': 'hiding/ad-host-news.html',
  'portal-klaim.example': 'hiding/ad-host-scam.html',
  // Hosts that only redirect or are stopped before they load; listed so Firefox resolves them to loopback.
  's.id': '',
  'l.facebook.com': '',
  'lm.facebook.com': '',
  'www.google.com': '',
  'kartu-prakerja.com': '',
};

/** Server-side redirects by host and path (a short link's hop), to a host and path on this server. */
export const REDIRECTS: Record<string, [string, string]> = {
  's.id/daftarprakerja72': ['prakerja12.xyz', '/daftar'],
};

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** A loopback HTTP server that answers by Host header, so one port serves every fake site. */
/** Extra pages served by path on any host (benchmarks use generated pages). */
export type ExtraPages = Record<string, string>;

export interface Sites {
  server: Server;
  port: number;
  url(host: string, path?: string): string;
  /** The same fixture over HTTPS (self-signed), for hosts browsers upgrade to HTTPS (HSTS preload). */
  secureUrl(host: string, path?: string): string;
}

export async function startSiteServer(extra: ExtraPages = {}): Promise<Sites> {
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    if (req.url === '/slow.js') {
      // A parser-blocking script that arrives late: the page is still being parsed when our script is ready.
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' });
        res.end('document.documentElement.dataset.slow = "ran";');
      }, 500);
      return;
    }
    const generated = extra[(req.url ?? '/').split('?')[0] as string];
    if (generated !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(generated);
      return;
    }
    const hop = REDIRECTS[`${host}${req.url ?? '/'}`];
    if (hop) {
      res.writeHead(302, { location: `http://${hop[0]}:${port}${hop[1]}`, 'cache-control': 'no-store' });
      res.end();
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
  };
  const server = createServer(handle);
  const keys = join(FIXTURES, 'keys');
  const tls = createTlsServer({ key: readFileSync(join(keys, 'tls-test.key')), cert: readFileSync(join(keys, 'tls-test.crt')) }, handle);
  const listen = async (s: Server) => {
    await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
    const address = s.address();
    return typeof address === 'object' && address ? address.port : 0;
  };
  const port = await listen(server);
  const securePort = await listen(tls);
  server.on('close', () => tls.close());
  return {
    server,
    port,
    url: (host, path = '/') => `http://${host}:${port}${path}`,
    secureUrl: (host, path = '/') => `https://${host}:${securePort}${path}`,
  };
}
