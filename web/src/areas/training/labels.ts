/**
 * Names of the run's figures in the page's language. Causes of delay come from the API as
 * English phrases (the report's own words): known ones are translated from the texts' `causes`
 * table, any other is shown as the API wrote it.
 */
import type { TFunction } from 'i18next';

export function causeLabel(t: TFunction, cause: string): string {
  const table = t('training.causes', { returnObjects: true }) as unknown as Record<string, string>;
  return (typeof table === 'object' && table[cause]) || cause;
}

export function incidentLabel(t: TFunction, type: string): string {
  return t(`training.incident.${type}`, { defaultValue: type });
}

export function laneLabel(t: TFunction, lane: string): string {
  return t(`training.lane.${lane}`, { defaultValue: lane });
}

export function modeLabel(t: TFunction, mode: string): string {
  return t(`mode.${mode.toUpperCase()}`, { defaultValue: mode });
}

/** The report writes order states in lower case (in_transit); the app's names are keyed in upper case. */
export function orderStateLabel(t: TFunction, state: string): string {
  return t(`orderState.${state.toUpperCase()}`, { defaultValue: state });
}
