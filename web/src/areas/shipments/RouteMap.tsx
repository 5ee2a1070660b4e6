/**
 * The legs of a shipment on a map, drawn offline: Natural Earth country shapes from `world-atlas`
 * (1:110m, shipped in the build as a file of its own and fetched from this server), projected with
 * `d3-geo`, decoded with `topojson-client`. Places come with the coordinates the API gives
 * (`Location.lat`/`lon`); each leg is the great circle between its ends (an indication of the
 * corridor, not the track of the train or ship). The page lazy-loads this module, so the first
 * load carries none of it. The legs table above is the text alternative.
 */
import { geoMercator, geoPath } from 'd3-geo';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlasUrl from 'world-atlas/countries-110m.json?url';
import { placeName } from './place-name';

export interface MapPlace {
  code: string;
  name: string;
  nameZh?: string | null;
  lat: number;
  lon: number;
}

export interface MapLeg {
  seq: number;
  mode: string;
  status: string;
  from: MapPlace;
  to: MapPlace;
}

const WIDTH = 800;
const HEIGHT = 420;
/** Degrees of margin around the legs, so a short corridor still shows the region around it. */
const MARGIN_DEG = 12;

type Countries = GeoJSON.FeatureCollection<GeoJSON.Geometry>;

let atlas: Promise<Countries> | null = null;
function loadCountries(): Promise<Countries> {
  atlas ??= fetch(atlasUrl)
    .then((response) => response.json() as Promise<Topology<{ countries: GeometryCollection }>>)
    .then((topology) => feature(topology, topology.objects.countries) as Countries);
  return atlas;
}

export default function RouteMap({ legs, position }: { legs: MapLeg[]; position: MapPlace | null }) {
  const { t, i18n } = useTranslation();
  const [countries, setCountries] = useState<Countries | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let current = true;
    loadCountries().then(
      (c) => current && setCountries(c),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, []);

  const places = useMemo(() => {
    const byCode = new Map<string, MapPlace>();
    for (const leg of legs) for (const p of [leg.from, leg.to]) byCode.set(p.code, p);
    return [...byCode.values()];
  }, [legs]);

  const projection = useMemo(() => {
    const lons = places.map((p) => p.lon);
    const lats = places.map((p) => p.lat);
    const frame: GeoJSON.MultiPoint = {
      type: 'MultiPoint',
      coordinates: [
        [Math.min(...lons) - MARGIN_DEG, Math.max(-60, Math.min(...lats) - MARGIN_DEG)],
        [Math.max(...lons) + MARGIN_DEG, Math.min(75, Math.max(...lats) + MARGIN_DEG)],
      ],
    };
    return geoMercator().fitExtent(
      [
        [10, 10],
        [WIDTH - 10, HEIGHT - 10],
      ],
      frame,
    );
  }, [places]);
  const path = geoPath(projection);
  const point = (p: MapPlace) => projection([p.lon, p.lat]) ?? [0, 0];
  const label = `${t('map.title')}: ${legs.map((l) => `${t('track.leg')} ${l.seq} ${t(`mode.${l.mode}`)} ${placeName(l.from, i18n.language)} → ${placeName(l.to, i18n.language)} (${t(`legStatus.${l.status}`, { defaultValue: l.status })})`).join('; ')}`;

  return (
    <figure className="route-map">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={label} data-testid="route-map" data-countries={countries ? countries.features.length : 0}>
        <rect width={WIDTH} height={HEIGHT} className="map-sea" />
        {countries ? (
          <g className="map-land">
            {countries.features.map((f, i) => (
              <path key={i} d={path(f) ?? undefined} />
            ))}
          </g>
        ) : null}
        {legs.map((leg) => (
          <path
            key={leg.seq}
            d={path({ type: 'LineString', coordinates: [[leg.from.lon, leg.from.lat], [leg.to.lon, leg.to.lat]] }) ?? undefined}
            className={`map-leg map-leg-${leg.status} map-mode-${leg.mode}`}
            data-testid="map-leg"
          />
        ))}
        {places.map((p) => {
          const [x, y] = point(p);
          return (
            <g key={p.code} className="map-place">
              <circle cx={x} cy={y} r={4} />
              <text x={x + 6} y={y - 6}>
                {p.code}
              </text>
            </g>
          );
        })}
        {position
          ? (() => {
              const [x, y] = point(position);
              return <circle cx={x} cy={y} r={8} className="map-position" data-testid="map-position" />;
            })()
          : null}
      </svg>
      <figcaption className="help">
        {failed ? t('map.noShapes') : t('map.caption')} <span className="legend legend-arrived">{t('legStatus.arrived', { defaultValue: 'arrived' })}</span>{' '}
        <span className="legend legend-departed">{t('legStatus.departed', { defaultValue: 'departed' })}</span>{' '}
        <span className="legend legend-planned">{t('legStatus.planned', { defaultValue: 'planned' })}</span>
      </figcaption>
    </figure>
  );
}
