/** Paper sizes for the PDFs, in PostScript points (1/72 inch). */
export const PAPER_SIZES = ['a4', 'letter', 'a3', 'tabloid'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

export interface PaperSpec {
  label: string;
  width: number;
  height: number;
  /** How many pages the whole checklist poster must fit on. */
  posterPages: 1 | 2;
  /** Column counts the poster may use; it picks the one that gives the largest type. */
  posterColumns: readonly number[];
  /** Largest title size the poster tries (it fills the sheet up to this); never below 9 pt. */
  posterTitleSize: number;
}

export const PAPER: Record<PaperSize, PaperSpec> = {
  a4: { label: 'A4', width: 595.28, height: 841.89, posterPages: 2, posterColumns: [2], posterTitleSize: 16 },
  letter: { label: 'Letter', width: 612, height: 792, posterPages: 2, posterColumns: [2], posterTitleSize: 16 },
  a3: { label: 'A3', width: 841.89, height: 1190.55, posterPages: 1, posterColumns: [2, 3], posterTitleSize: 24 },
  tabloid: { label: 'Tabloid', width: 792, height: 1224, posterPages: 1, posterColumns: [2, 3], posterTitleSize: 24 },
};

/** Regions whose default paper is US Letter / Tabloid; everyone else uses ISO A4 / A3. */
const US_PAPER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'CR', 'PR']);

/** The default paper for a locale such as "en-US" or "fr-CA"; `large` picks the poster-sized sheet. */
export function defaultPaperSize(locale: string | undefined, large = false): PaperSize {
  const us = US_PAPER_REGIONS.has(localeRegion(locale));
  if (large) return us ? 'tabloid' : 'a3';
  return us ? 'letter' : 'a4';
}

const regions = new Map<string, string>();

/**
 * The locale's region ("fr" → FR through maximize()), remembered: maximize() costs ~10 ms the first
 * time, and the paper size is read on every render.
 */
function localeRegion(locale: string | undefined): string {
  if (!locale) return '';
  let region = regions.get(locale);
  if (region === undefined) {
    try {
      const tag = new Intl.Locale(locale);
      region = (tag.region ?? tag.maximize().region ?? '').toUpperCase();
    } catch {
      region = ''; // not a valid BCP 47 tag
    }
    regions.set(locale, region);
  }
  return region;
}
