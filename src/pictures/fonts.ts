import { createRequire } from 'node:module';
import { GlobalFonts } from '@napi-rs/canvas';

/** The family every picture draws with; registered from a font shipped in an npm package, not the system's. */
export const FONT_FAMILY = 'Inter';

const require = createRequire(import.meta.url);
let registered = false;

/**
 * Registers Inter (regular and bold, .ttf from `@expo-google-fonts/inter`) once, so pictures render the same on a
 * machine with no system fonts. Safe to call before every render.
 * @example registerFonts(); ctx.font = `14px ${FONT_FAMILY}`;
 */
export function registerFonts(): void {
  if (registered) return;
  const files = [
    '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf',
    '@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf',
  ];
  for (const file of files) {
    if (GlobalFonts.registerFromPath(require.resolve(file), FONT_FAMILY) === null) {
      throw new Error(`could not register the font ${file}`);
    }
  }
  registered = true;
}
