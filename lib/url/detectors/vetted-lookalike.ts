import { lureOf, nearBrand, reason, type UrlDetector } from '../detector';

const notTld = (lure: string) => !lure.startsWith('.');

/**
 * A registry that vets registrants (`go.id`, `ac.id`, `sch.id`, `mil.id`, `desa.id`) is still not the
 * programme: `prakerjaa.go.id`, `pr4kerja.go.id`, `daftar-prakerja.go.id`, `prakerja.ac.id`. Only the
 * registrable name is read, so a real office's `prakerja.jatimprov.go.id` stays silent. `suspicious`,
 * never `dangerous`: the registry did check who registered it.
 */
export const vettedLookalike: UrlDetector = {
  id: 'vetted-lookalike',
  detect(ctx) {
    if (!ctx.rules.vettedRegistries.includes(ctx.icannSuffix)) return null;
    const { joined, bare, leetDigits } = ctx.sld;
    const brand = ctx.rules.brand;
    let kind: string | null = null;
    let lure: string[] = [];
    if (joined === brand) kind = leetDigits.length > 0 && bare !== brand ? 'digit-for-letter' : 'same-name';
    else if (nearBrand(ctx, joined, 1) === 1) kind = 'edit';
    else if (joined.includes(brand)) {
      lure = lureOf(ctx, joined.split(brand).filter(Boolean)).filter(notTld);
      if (lure.length > 0) kind = 'combo';
    }
    return kind ? reason(ctx, this.id, 'suspicious', { registry: ctx.icannSuffix, token: ctx.sld.raw, kind, lure }) : null;
  },
  examples: {
    match: ['https://prakerjaa.go.id/', 'https://pr4kerja.go.id/', 'https://daftar-prakerja.go.id/', 'https://prakerja.ac.id/'],
    noMatch: ['https://prakerja.jatimprov.go.id/', 'https://kemnaker.go.id/', 'https://pekerja.sch.id/'],
  },
};
