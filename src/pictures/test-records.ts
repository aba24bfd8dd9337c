import type { Incident, IncidentKind } from '../report/types.js';

/** A record with the fields a picture reads; the rest are plain defaults. For tests only. */
export function testIncident(
  date: string,
  kind: IncidentKind,
  fields: Partial<Pick<Incident, 'killed' | 'wounded' | 'arrested' | 'places' | 'text'>> = {},
): Incident {
  return {
    id: `test/i-${date}-${kind}`,
    reportId: 'test',
    sectionId: 'test/incidents',
    passageId: 'test/incidents/p1',
    date,
    endDate: null,
    places: fields.places ?? [],
    actors: [],
    kind,
    killed: fields.killed ?? null,
    wounded: fields.wounded ?? null,
    arrested: fields.arrested ?? null,
    text: fields.text ?? `On ${date}, a ${kind}.`,
    evidence: {},
  };
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
export function readPngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((byte, i) => bytes[i] !== byte)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
