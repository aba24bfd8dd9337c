import { type Canvas, createCanvas } from '@napi-rs/canvas';
import { Chart, type ChartConfiguration, registerables } from 'chart.js';
import type { Incident, IncidentKind } from '../report/types.js';
import { binIncidents, kindsPresent, type Timeline } from './bin-incidents.js';
import { describeTimeline } from './describe-timeline.js';
import { COLORS, drawFittedText, setFont, wrapText } from './draw-text.js';
import { FONT_FAMILY, registerFonts } from './fonts.js';
import {
  KILLED_LABEL,
  NO_DATED_RECORDS,
  NO_FIGURES_STATED,
  SOURCE_LINE,
  TIMELINE_BOTTOM_TITLE,
  TIMELINE_TOP_TITLE,
  timelineTitle,
  WOUNDED_LABEL,
  yearOnlyNote,
} from './messages.js';
import { type Picture, pictureFileName } from './picture.js';

export interface TimelineInput {
  /** The query as the person typed it. */
  query: string;
  incidents: readonly Incident[];
  /** The years of every loaded report, for the "reports loaded" part of the title. */
  loadedYears: readonly number[];
}

export const TIMELINE_WIDTH = 1000;
export const TIMELINE_HEIGHT = 640;

/** One colour per kind, the same in every picture. */
export const KIND_COLORS: Record<IncidentKind, string> = {
  attack: '#c0392b',
  clash: '#e67e22',
  arrest: '#2e86c1',
  threat: '#8e44ad',
  designation: '#7f8c8d',
};

const FIGURE_COLORS = { killed: '#7b241c', wounded: '#f0b27a' };
const MARGIN = 24;
const HEADER_HEIGHT = 78;
const TOP_PANEL = { y: HEADER_HEIGHT, height: 300 };
const BOTTOM_PANEL = { y: HEADER_HEIGHT + 300 + 8, height: 210 };

let chartReady = false;

/** Both panels get the same y-axis width, so their bars line up month by month. */
function alignYAxis(scale: { width: number }): void {
  scale.width = Y_AXIS_WIDTH;
}
const Y_AXIS_WIDTH = 52;

function prepareChart(): void {
  if (chartReady) return;
  registerFonts();
  Chart.register(...registerables);
  Chart.defaults.font.family = FONT_FAMILY;
  Chart.defaults.font.size = 12;
  Chart.defaults.color = COLORS.muted;
  chartReady = true;
}

/**
 * Renders one Chart.js chart on its own canvas, synchronously (no animation), hands it to `use`, then frees the chart
 * (destroying a chart clears its canvas, so the canvas is used first).
 */
function renderChart(
  config: ChartConfiguration<'bar'>,
  width: number,
  height: number,
  use: (canvas: Canvas) => void,
): void {
  const canvas = createCanvas(width, height);
  // Chart.js's platform for non-DOM canvases takes the canvas (it calls getContext('2d') itself).
  const chart = new Chart(canvas, config);
  try {
    use(canvas);
  } finally {
    chart.destroy();
  }
}

function panelTitle(text: string): ChartConfiguration<'bar'>['options'] {
  return {
    responsive: false,
    animation: false,
    devicePixelRatio: 1,
    plugins: {
      title: { display: true, text, align: 'start', color: COLORS.text, font: { size: 14, weight: 'bold' } },
      legend: { position: 'top', align: 'end', labels: { boxWidth: 12, color: COLORS.text } },
    },
  };
}

function kindsChart(timeline: Timeline): ChartConfiguration<'bar'> {
  const kinds = kindsPresent(timeline);
  return {
    type: 'bar',
    data: {
      labels: timeline.bins.map((bin) => bin.label),
      datasets: kinds.map((kind) => ({
        label: kind,
        data: timeline.bins.map((bin) => bin.counts[kind]),
        backgroundColor: KIND_COLORS[kind],
        stack: 'kinds',
      })),
    },
    options: {
      ...panelTitle(TIMELINE_TOP_TITLE),
      scales: {
        x: { stacked: true, grid: { display: false }, ticks: { maxRotation: 0, autoSkip: true, color: COLORS.text } },
        y: {
          stacked: true,
          beginAtZero: true,
          ticks: { precision: 0 },
          grid: { color: COLORS.grid },
          afterFit: alignYAxis,
        },
      },
    },
  };
}

function figuresChart(timeline: Timeline): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels: timeline.bins.map((bin) => bin.label),
      datasets: [
        { label: KILLED_LABEL, data: timeline.bins.map((bin) => bin.killed), backgroundColor: FIGURE_COLORS.killed },
        { label: WOUNDED_LABEL, data: timeline.bins.map((bin) => bin.wounded), backgroundColor: FIGURE_COLORS.wounded },
      ],
    },
    options: {
      ...panelTitle(TIMELINE_BOTTOM_TITLE),
      scales: {
        x: { grid: { display: false }, ticks: { maxRotation: 0, autoSkip: true, color: COLORS.text } },
        y: { beginAtZero: true, ticks: { precision: 0 }, grid: { color: COLORS.grid }, afterFit: alignYAxis },
      },
    },
  };
}

/** `2011` or `2004–2022`; `none` when empty. */
export function formatSpan(first: string | undefined, last: string | undefined): string {
  if (first === undefined || last === undefined) return 'none';
  return first === last ? first : `${first}–${last}`;
}

/**
 * The timeline PNG of a query's incident records: bars per month (or per year over long spans) stacked by kind, the
 * killed and wounded the records state on a second panel, a title with the query and the loaded span, and the source
 * line. The alt text says the same in words.
 * @example renderTimeline({ query: 'Kenya', incidents, loadedYears: [2013, 2017] }).png // a 1000×640 PNG
 */
export function renderTimeline(input: TimelineInput): Picture {
  prepareChart();
  const timeline = binIncidents(input.incidents);
  const years = [...input.loadedYears].sort((a, b) => a - b);
  const loadedSpan = formatSpan(years[0]?.toString(), years.at(-1)?.toString());
  const recordSpan = formatSpan(timeline.bins[0]?.label, timeline.bins.at(-1)?.label);
  const canvas = createCanvas(TIMELINE_WIDTH, TIMELINE_HEIGHT);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = COLORS.background;
  ctx.fillRect(0, 0, TIMELINE_WIDTH, TIMELINE_HEIGHT);
  const innerWidth = TIMELINE_WIDTH - 2 * MARGIN;

  ctx.fillStyle = COLORS.text;
  setFont(ctx, 17, true);
  const titleLines = wrapText(ctx, timelineTitle(input.query, recordSpan, loadedSpan), innerWidth, 2);
  titleLines.forEach((line, i) => {
    ctx.fillText(line, MARGIN, 30 + i * 22);
  });
  ctx.fillStyle = COLORS.muted;
  setFont(ctx, 13);
  const counted = `${timeline.placed} record${timeline.placed === 1 ? '' : 's'}, by ${timeline.unit}.`;
  const note = timeline.yearOnly > 0 ? ` ${yearOnlyNote(timeline.yearOnly)}` : '';
  drawFittedText(ctx, `${counted}${note}`, MARGIN, 30 + titleLines.length * 22, innerWidth);

  if (timeline.bins.length === 0) {
    setFont(ctx, 15);
    ctx.fillText(NO_DATED_RECORDS, MARGIN, TOP_PANEL.y + 40);
  } else {
    renderChart(kindsChart(timeline), innerWidth, TOP_PANEL.height, (chart) =>
      ctx.drawImage(chart, MARGIN, TOP_PANEL.y),
    );
    if (timeline.withFigures === 0) {
      ctx.fillStyle = COLORS.text;
      setFont(ctx, 14, true);
      ctx.fillText(TIMELINE_BOTTOM_TITLE, MARGIN, BOTTOM_PANEL.y + 24);
      ctx.fillStyle = COLORS.muted;
      setFont(ctx, 14);
      ctx.fillText(NO_FIGURES_STATED, MARGIN, BOTTOM_PANEL.y + 56);
    } else {
      renderChart(figuresChart(timeline), innerWidth, BOTTOM_PANEL.height, (chart) =>
        ctx.drawImage(chart, MARGIN, BOTTOM_PANEL.y),
      );
    }
  }
  ctx.fillStyle = COLORS.muted;
  setFont(ctx, 12);
  drawFittedText(ctx, SOURCE_LINE, MARGIN, TIMELINE_HEIGHT - 16, innerWidth);
  return {
    png: canvas.toBuffer('image/png'),
    width: TIMELINE_WIDTH,
    height: TIMELINE_HEIGHT,
    altText: describeTimeline(input.query, timeline, recordSpan, loadedSpan),
    fileName: pictureFileName('timeline', input.query),
  };
}
