/**
 * Locator maps drawn at build time from world-atlas (Natural Earth 1:110m) with d3-geo:
 * no tiles, no map JavaScript, nothing fetched from elsewhere.
 *
 * The world is drawn once into `assets/world.svg` (equirectangular, 1 unit = 1 degree,
 * 360 x 180). A place page shows an inline SVG whose viewBox is a window on that world
 * around the place, with the world as an `<image>`, the place's country outlined (its path
 * computed once per country and reused) and a marker at the coordinates.
 */
import { createRequire } from 'node:module';
import { geoEquirectangular, geoPath } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { escapeHtml } from './escape.js';
import { countryByCode } from '../countries.js';

const require = createRequire(import.meta.url);

const projection = geoEquirectangular().scale(180 / Math.PI).translate([180, 90]).precision(0.1);
const path = geoPath(projection).digits(2);

let topology: Topology | undefined;
function world(): Topology {
  topology ??= require('world-atlas/countries-110m.json') as Topology;
  return topology;
}

const countryPaths = new Map<string, string | null>();

/** The outline of a country (ISO alpha-2) in map units, or null when the 1:110m map lacks it. */
export function countryPath(code: string): string | null {
  if (countryPaths.has(code)) return countryPaths.get(code)!;
  const numeric = countryByCode(code)?.ccn3;
  const countries = world().objects.countries as GeometryCollection;
  const geometry = numeric ? countries.geometries.find((g) => String(g.id) === numeric) : undefined;
  const d = geometry ? path(feature(world(), geometry) as never) : null;
  countryPaths.set(code, d || null);
  return d || null;
}

/** The whole-world SVG written once to `assets/world.svg`. */
export function worldSvg(): string {
  const t = world();
  const land = path(feature(t, t.objects.land as GeometryCollection) as never) ?? '';
  const borders = path(mesh(t, t.objects.countries as GeometryCollection, (a, b) => a !== b) as never) ?? '';
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 180" width="360" height="180">' +
    '<style>.sea{fill:#e8eef2}.land{fill:#d4d2c8}.borders{fill:none;stroke:#fff;stroke-width:.25}' +
    '@media (prefers-color-scheme: dark){.sea{fill:#1b2228}.land{fill:#3b3e40}.borders{stroke:#1b2228}}</style>' +
    '<rect class="sea" width="360" height="180"/>' +
    `<path class="land" d="${land}"/><path class="borders" d="${borders}"/></svg>\n`
  );
}

export interface LocatorOptions {
  /** Href of assets/world.svg (path prefix included). */
  worldHref: string;
  name: string;
  lat: number | null | undefined;
  lon: number | null | undefined;
  country: string | null | undefined;
  /** Unique id on the page, for aria-labelledby. */
  id: string;
}

/** An inline locator map, or null when neither coordinates nor a known country outline are there. */
export function locatorSvg(options: LocatorOptions): string | null {
  const hasPoint = typeof options.lat === 'number' && typeof options.lon === 'number' && Number.isFinite(options.lat) && Number.isFinite(options.lon);
  const outline = options.country ? countryPath(options.country) : null;
  if (!hasPoint && !outline) return null;

  let cx: number;
  let cy: number;
  let span = 40;
  if (hasPoint) {
    [cx, cy] = projection([options.lon!, options.lat!]) as [number, number];
  } else {
    const bounds = path.bounds(feature(world(), findCountryGeometry(options.country!)!) as never);
    cx = (bounds[0][0] + bounds[1][0]) / 2;
    cy = (bounds[0][1] + bounds[1][1]) / 2;
    span = Math.min(360, Math.max(40, (bounds[1][0] - bounds[0][0]) * 1.6, (bounds[1][1] - bounds[0][1]) * 1.6 * (5 / 3)));
  }
  const width = span;
  const height = (span * 3) / 5;
  const x = clamp(cx - width / 2, 0, 360 - width);
  const y = clamp(cy - height / 2, 0, 180 - height);
  const country = options.country ? countryByCode(options.country)?.name : undefined;
  const label = `Locator map: ${options.name}${country && country !== options.name ? `, ${country}` : ''}`;
  const stroke = (width / 300).toFixed(3);
  return (
    `<svg class="locator" viewBox="${f(x)} ${f(y)} ${f(width)} ${f(height)}" width="400" height="240" role="img" aria-labelledby="${options.id}-title">` +
    `<title id="${options.id}-title">${escapeHtml(label)}</title>` +
    `<image href="${escapeHtml(options.worldHref)}" x="0" y="0" width="360" height="180"/>` +
    (outline ? `<path class="country" d="${outline}" stroke-width="${stroke}"/>` : '') +
    (hasPoint
      ? `<circle class="marker-halo" cx="${f(cx)}" cy="${f(cy)}" r="${f(width / 40)}"/><circle class="marker" cx="${f(cx)}" cy="${f(cy)}" r="${f(width / 90)}"/>`
      : '') +
    '</svg>'
  );
}

function findCountryGeometry(code: string) {
  const numeric = countryByCode(code)?.ccn3;
  return (world().objects.countries as GeometryCollection).geometries.find((g) => String(g.id) === numeric);
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(Math.max(n, lo), Math.max(lo, hi));
}

function f(n: number): string {
  return String(Math.round(n * 100) / 100);
}
