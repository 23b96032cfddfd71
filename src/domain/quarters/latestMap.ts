import type { DecisionMap } from '../records/map';
import { comparePeriods } from './period';

/** The map a workspace file opens on: the latest period (a map without a period counts as oldest). */
export function latestMap(maps: readonly DecisionMap[]): DecisionMap | undefined {
  const dated = maps.filter((m) => m.period.trim() !== '');
  if (dated.length === 0) return maps[maps.length - 1];
  return dated.reduce((latest, m) => (comparePeriods(m.period, latest.period) >= 0 ? m : latest));
}
