import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { geoBounds } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type CountryShape = Feature<Geometry, { name: string }>;

/** A country's outline and its bounds (`[[west, south], [east, north]]`, computed once). */
export interface WorldShape {
  shape: CountryShape;
  bounds: [[number, number], [number, number]];
}

const require = createRequire(import.meta.url);
let cached: WorldShape[] | null = null;

/**
 * Country outlines of Natural Earth at 1:50m (`world-atlas/countries-50m.json`, 0.75 MB), read on first use and kept.
 * Each shape's `id` is the ISO 3166-1 numeric code (`398` for Kazakhstan).
 */
export function loadWorld(): WorldShape[] {
  if (cached !== null) return cached;
  const topology: Topology<{ countries: GeometryCollection<{ name: string }> }> = JSON.parse(
    readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'),
  );
  const collection: FeatureCollection<Geometry, { name: string }> = feature(topology, topology.objects.countries);
  cached = collection.features.map((shape) => ({ shape, bounds: geoBounds(shape) }));
  return cached;
}
