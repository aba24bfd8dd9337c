import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);
let englishLoaded = false;

function ensureEnglish(): void {
  if (englishLoaded) return;
  countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
  englishLoaded = true;
}

// Chapter names that no country list spells this way.
const KNOWN: Readonly<Record<string, readonly string[]>> = {
  'west bank and gaza': ['PS'],
  'west bank': ['PS'],
  gaza: ['PS'],
  'northern ireland': ['GB'],
};

function lookUp(name: string): string[] {
  const key = name.trim().toLowerCase();
  const known = KNOWN[key];
  if (known !== undefined) return [...known];
  const code = countries.getAlpha2Code(name.trim(), 'en');
  return code === undefined ? [] : [code];
}

/**
 * The ISO 3166-1 alpha-2 codes of the countries a chapter is about: one for a country chapter, several for a combined
 * one, none for a regional overview (`Africa`, `State Sponsors of Terrorism`).
 * @example chapterCountryCodes('Israel, West Bank and Gaza') //=> ['IL', 'PS']
 * @example chapterCountryCodes('The Southern Philippines') //=> ['PH']
 */
export function chapterCountryCodes(country: string): string[] {
  ensureEnglish();
  const name = country
    .replace(/\([^)]*\)/g, ' ')
    .replace(/^the\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  const whole = lookUp(name);
  if (whole.length > 0) return whole;
  const withoutDirection = name.replace(/^(?:southern|northern|eastern|western|central)\s+/i, '');
  if (withoutDirection !== name) {
    const found = lookUp(withoutDirection);
    if (found.length > 0) return found;
  }
  const parts = name.split(/,\s*|\s+and\s+(?=[A-Z])/).filter((part) => part.trim() !== '');
  // "Israel, West Bank, and Gaza": Israel, then "West Bank" and "Gaza" both name the Palestinian territories.
  const codes = parts.flatMap((part) => lookUp(part.replace(/^and\s+/i, '')));
  return [...new Set(codes)];
}

/** The ISO numeric code (`398`) of an alpha-2 code (`KZ`), as world-atlas names its shapes. */
export function numericCode(alpha2: string): string | null {
  ensureEnglish();
  return countries.alpha2ToNumeric(alpha2) ?? null;
}

/** The English name of an alpha-2 code (`KZ` → `Kazakhstan`). */
export function countryName(alpha2: string): string {
  ensureEnglish();
  return countries.getName(alpha2, 'en') ?? alpha2;
}
