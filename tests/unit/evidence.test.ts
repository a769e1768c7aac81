import { describe, expect, it } from 'vitest';
import { scanPage } from '../../lib/page/scan';
import { isWarning } from '../../lib/verdict';
import { doc, fixture, RULES } from './helpers';

const scan = (name: string, url = 'https://halaman.example/artikel') => scanPage(fixture(`evidence/${name}`), url, RULES);
const codes = (name: string, url?: string) => scan(name, url).reasons.map((r) => r.code);

// Issue 11's four false-alarm groups, each with a benign page and its scam twin (same kind of text plus a channel).
describe('page evidence rests on a channel', () => {
  it.each([
    ['old-news.html', 'old-news-twin.html'],
    ['clickbait.html', 'clickbait-twin.html'],
    ['practice-report.html', 'practice-report-twin.html'],
    ['forum.html', 'forum-twin.html'],
  ])('%s stays silent, its twin %s warns', (benign, twin) => {
    const b = scan(benign);
    expect(b.level, JSON.stringify(b.reasons)).toBe('neutral');
    expect(isWarning(scan(twin).level)).toBe(true);
  });

  it('the benign pages still note what they saw (the popup details), at neutral', () => {
    expect(codes('practice-report.html')).toEqual(expect.arrayContaining(['brand-mention', 'scam-phrase']));
    expect(scan('practice-report.html').reasons.every((r) => r.level === 'neutral')).toBe(true);
  });

  it('the joki twin names the channels and the words', () => {
    const v = scan('practice-report-twin.html');
    expect(v.level).toBe('suspicious');
    const combined = v.reasons.find((r) => r.code === 'lure-channel');
    expect(combined?.evidence?.channels).toEqual(expect.arrayContaining(['chat-admin-link', 'payment-instruction']));
    expect(combined?.evidence?.lures).toEqual(expect.arrayContaining(['jockey']));
  });

  it('a scam form with wording is dangerous, and the banner reason carries the words', () => {
    const v = scan('clickbait-twin.html');
    expect(v.level).toBe('dangerous');
    expect(v.reasons[0]).toMatchObject({ code: 'data-harvest', evidence: { asks: expect.arrayContaining(['pin']) } });
  });
});

describe('registration claims against time', () => {
  it('a claim on a page dated inside an open period is old news', () => {
    const r = scan('old-news.html').reasons.find((x) => x.code === 'registration-claim');
    expect(r?.evidence).toMatchObject({ when: 'old-news', lure: false, pageDate: '2021-03-08' });
  });
  it('an undated claim is a lure', () => {
    expect(scan('old-news-twin.html').reasons.find((x) => x.code === 'registration-claim')?.evidence).toMatchObject({ when: 'undated', lure: true });
  });
  it('a backdated scam keeps its channel: the form still warns', () => {
    const v = scan('old-news-backdated.html');
    expect(v.reasons.find((x) => x.code === 'registration-claim')?.evidence).toMatchObject({ when: 'old-news', pageDate: '2021-03-08' });
    expect(v.level).toBe('suspicious');
    expect(codes('old-news-backdated.html')).toContain('sensitive-form');
  });
  it('a wave beyond the last real one is a lure whatever the date', () => {
    const html =
      '<meta property="article:published_time" content="2022-01-01"><h1>Kartu Prakerja gelombang 72 dibuka</h1><a href="https://wa.me/6281234500000">Daftar lewat admin</a>';
    const v = scanPage(doc(html), 'https://info.example/', RULES);
    expect(v.reasons.find((x) => x.code === 'registration-claim')?.evidence).toMatchObject({ when: 'after-last-wave', lure: true });
    expect(v.level).toBe('suspicious');
  });
  it('a page dated after the closure that says registration is open is a lure', () => {
    const html = '<h1>Pendaftaran Kartu Prakerja dibuka lagi</h1><p>Daftar sekarang.</p>';
    const r = scanPage(doc(html), 'https://info.example/2025/11/20/prakerja', RULES).reasons.find((x) => x.code === 'registration-claim');
    expect(r?.evidence).toMatchObject({ when: 'while-closed', pageDate: '2025-11-20', lure: true });
  });
  it.each([
    ['<meta property="article:published_time" content="2020-05-02T08:00:00Z">', 'https://x.example/a', '2020-05-02'],
    ['<script type="application/ld+json">{"datePublished": "2023-07-05"}</script>', 'https://x.example/a', '2023-07-05'],
    ['<time datetime="2024-02-29T10:00">29 Feb</time>', 'https://x.example/a', '2024-02-29'],
    ['', 'https://www.kompas.com/tren/read/2020/04/18/191500765/judul', '2020-04-18'],
    ['', 'https://www.cnnindonesia.com/ekonomi/20200515084146-532-503604/judul', '2020-05-15'],
    ['', 'https://x.example/berita/2021/02/judul', '2021-02'],
  ])('reads the page date from %s %s', (head, url, date) => {
    const v = scanPage(doc(`<html><head>${head}</head><body><h1>Kartu Prakerja gelombang 3 dibuka</h1></body></html>`), url, RULES);
    expect(v.reasons.find((x) => x.code === 'registration-claim')?.evidence?.pageDate).toBe(date);
  });
});

describe('field kinds come from the field', () => {
  const kinds = (html: string) => scanPage(doc(html), 'https://f.example/', RULES).reasons.find((r) => r.code === 'sensitive-form')?.evidence?.fields;
  it('a reply box under a post about OTP codes is not an OTP field', () => {
    expect(kinds('<h1>Prakerja</h1><p>Jangan kasih kode OTP ke siapa pun.</p><form><textarea name="otp_reply"></textarea></form>')).toBeUndefined();
  });
  it('prose before a field is not its label; a short caption is', () => {
    expect(
      kinds('<h1>Prakerja</h1><div>Banyak yang ditanya NIK dan nomor KK oleh penipu, hati-hati.</div><div><input name=q></div>'),
    ).toBeUndefined();
    expect(kinds('<h1>Prakerja</h1><form><span>NIK</span><input name=f1></form>')).toEqual(['nik']);
  });
  it('a 16-digit numeric field and a 6-digit code field count on a branded form only', () => {
    const shaped = '<form><input name=f1 inputmode=numeric maxlength=16><input name=f2 inputmode=numeric maxlength=6></form>';
    expect(kinds(`<h1>Klaim Kartu Prakerja</h1>${shaped}`)).toEqual(['nik', 'otp']);
    expect(kinds(`<p>Toko kami juga menjual buku prakerja.</p>${shaped}`)).toBeUndefined();
  });
});
