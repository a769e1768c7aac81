/**
 * The real-page corpus (../shared/realpages/pages.jsonl: the opening text of 81 real public pages about the
 * programme, none a scam) wrapped as HTML the way its README describes: bare, and inside the ordinary
 * furniture real pages carry. The text is third-party and is only read from ../shared, never copied here.
 * The furniture below is written for this project.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface RealPage {
  url: string;
  kind: string;
  text: string;
}

export const REALPAGES_PATH = join(import.meta.dirname, '..', '..', '..', 'shared', 'realpages', 'pages.jsonl');

export function loadRealPages(path = REALPAGES_PATH): RealPage[] {
  if (!existsSync(path)) throw new Error(`real-page corpus missing: ${path} (it ships in ../shared beside the repository)`);
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as RealPage);
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Title as `<title>` and `<h1>`, every other line a `<p>`. */
export function bareHtml(page: RealPage): string {
  const [title = '', ...rest] = page.text.split('\n').filter((l) => l.trim());
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body><article><h1>${esc(title)}</h1>${rest.map((l) => `<p>${esc(l)}</p>`).join('')}</article></body></html>`;
}

/** Navigation, a search box, share buttons, a newsroom WhatsApp line, a comment form and a newsletter form. */
export function furnishedHtml(page: RealPage): string {
  const share = encodeURIComponent(page.url);
  const header = `<header><nav><a href="/">Beranda</a> <a href="/ekonomi">Ekonomi</a> <a href="/tren">Tren</a> <a href="/cek-fakta">Cek Fakta</a></nav>
<form action="/search" role="search"><input type="search" name="q" placeholder="Cari berita, mis. prakerja"><button>Cari</button></form></header>`;
  const shareBar = `<div class="share">Bagikan:
<a href="https://wa.me/?text=${share}">WhatsApp</a>
<a href="https://api.whatsapp.com/send?text=${share}">WA</a>
<a href="https://t.me/share/url?url=${share}">Telegram</a>
<a href="https://www.facebook.com/sharer/sharer.php?u=${share}">Facebook</a>
<a href="https://twitter.com/intent/tweet?url=${share}">X</a></div>`;
  const tipLine = `<p class="redaksi">Punya cerita atau info menarik? <a href="https://wa.me/6281100001111">Hubungi redaksi lewat WhatsApp</a></p>`;
  const comments = `<section id="komentar"><h3>Komentar</h3>
<form action="/komentar" method="post"><label for="c-nama">Nama</label><input id="c-nama" name="author">
<label for="c-email">Email</label><input id="c-email" type="email" name="email">
<label for="c-isi">Tulis komentar</label><textarea id="c-isi" name="comment"></textarea><button>Kirim komentar</button></form></section>`;
  const newsletter = `<aside><h3>Berlangganan buletin</h3><form action="/newsletter"><input type="email" name="email" placeholder="Alamat email Anda"><button>Daftar</button></form>
<p>Ikuti kami di <a href="https://t.me/beritakanal">Telegram</a> dan <a href="https://www.instagram.com/beritakanal">Instagram</a>.</p></aside>`;
  const footer = `<footer><a href="/redaksi">Redaksi</a> <a href="/pedoman-media-siber">Pedoman Media Siber</a> <a href="/kontak">Kontak</a></footer>`;
  return bareHtml(page)
    .replace('<body>', `<body>${header}`)
    .replace('</article>', `${shareBar}${tipLine}</article>${comments}${newsletter}${footer}`);
}
