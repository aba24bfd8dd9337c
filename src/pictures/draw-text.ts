import type { SKRSContext2D } from '@napi-rs/canvas';
import { FONT_FAMILY } from './fonts.js';

export const COLORS = Object.freeze({
  text: '#1d1c1d',
  muted: '#616061',
  grid: '#e8e8e8',
  background: '#ffffff',
});

/** Sets the font: `size` in pixels, bold or regular, always our registered family. */
export function setFont(ctx: SKRSContext2D, size: number, bold = false): void {
  ctx.font = `${bold ? 'bold ' : ''}${size}px ${FONT_FAMILY}`;
}

/**
 * Draws text cut to fit `maxWidth` (an ellipsis where it was cut), left-aligned at (x, y) on the alphabetic baseline.
 * @returns the width drawn
 */
export function drawFittedText(ctx: SKRSContext2D, text: string, x: number, y: number, maxWidth: number): number {
  let shown = text;
  if (ctx.measureText(shown).width > maxWidth) {
    let low = 0;
    let high = text.length;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (ctx.measureText(`${text.slice(0, mid)}…`).width <= maxWidth) low = mid;
      else high = mid - 1;
    }
    shown = `${text.slice(0, low).trimEnd()}…`;
  }
  ctx.fillText(shown, x, y);
  return ctx.measureText(shown).width;
}

/**
 * Splits text into lines no wider than `maxWidth`, at spaces, at most `maxLines` (the last one cut with an ellipsis).
 */
export function wrapText(ctx: SKRSContext2D, text: string, maxWidth: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (ctx.measureText(candidate).width <= maxWidth || line === '') line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1] ?? ''}…`;
  return kept;
}
