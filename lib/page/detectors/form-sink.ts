import { hostMatches, pathMatches } from '../../url/host';
import type { PageDetector, PageExamples } from '../detector';

/** A branded form that sends its data to a form service or a Telegram bot instead of the site itself. */
export const formSink: PageDetector = {
  id: 'form-sink',
  detect(ctx) {
    const targets = [...ctx.page.forms.map((f) => f.action).filter((a): a is string => a !== null), ...ctx.page.frames];
    for (const t of targets) {
      let u: URL;
      try {
        u = new URL(t);
      } catch {
        continue;
      }
      const sink = ctx.rules.raw.formSinks.find((s) => hostMatches(u.hostname, s.host) && pathMatches(u.pathname, s.pathPrefix));
      if (sink) return [{ code: this.id, level: 'suspicious', evidence: { sink: sink.name, host: u.hostname } }];
    }
    return [];
  },
};

/** Pages this rule must and must not fire on; the tests run every rule on every rule's examples. */
export const examples: PageExamples = {
  match: [
    {
      url: 'https://daftar.example/',
      html: '<h1>Daftar Kartu Prakerja</h1><form action="https://api.telegram.org/bot123:abc/sendMessage"><input name=nama></form>',
    },
    { url: 'https://daftar2.example/', html: '<h1>Prakerja 2025</h1><iframe src="https://docs.google.com/forms/d/e/xyz/viewform"></iframe>' },
  ],
  noMatch: [{ url: 'https://blog.example/', html: '<h1>Prakerja</h1><form action="/search"><input name=q></form>' }],
};
