/** Host matching on label boundaries: `a.b.c` matches `b.c` and `b.c`, never `xb.c` or `b.c.evil`. */
export function hostMatches(host: string, domain: string): boolean {
  return host === domain || (host.length > domain.length && host.endsWith(domain) && host[host.length - domain.length - 1] === '.');
}

/** Path prefix matching on segment boundaries: `/kartu-prakerja` matches `/kartu-prakerja/x`, not `/kartu-prakerjaX`. */
export function pathMatches(path: string, prefix: string | undefined): boolean {
  if (!prefix || prefix === '/') return true;
  const p = path.toLowerCase();
  const q = prefix.toLowerCase();
  return p === q || (p.startsWith(q) && (q.endsWith('/') || p[q.length] === '/' || p[q.length] === '?'));
}

/** Lower-case and strip trailing dots (`WWW.Prakerja.go.id.` -> `www.prakerja.go.id`). */
export function cleanHost(host: string): string {
  const lower = host.toLowerCase();
  return lower.endsWith('.') ? lower.replace(/\.+$/, '') : lower;
}
