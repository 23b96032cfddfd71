/** Past this length a market reads as a description, not a name: the map's title names the group instead. */
const NAME_LENGTH = 48;

/**
 * A market group's name (the maps of one market, oldest first): the market of its latest map that names
 * one briefly, else the latest map's title.
 */
export function marketGroupName(group: readonly { market: string; title: string }[]): string {
  const latest = [...group].reverse();
  const market = latest.find((e) => e.market.trim() !== '')?.market.trim();
  if (market !== undefined && market.length <= NAME_LENGTH) return market;
  return latest[0]?.title ?? 'Maps';
}
