import { useEffect, useMemo, useState } from 'react';
import type { DecisionMap } from '../../domain/records/map';
import { useWorkbench, workbenchStore } from './appStore';

export interface LibraryMaps {
  /** The maps asked for, in order: a map, `null` when it cannot be opened, `undefined` while loading. */
  maps: (DecisionMap | null | undefined)[];
  loading: boolean;
}

/**
 * Maps of the library by id, read through the library (the one parse path); the open map as it is on the
 * workbench now, unsaved changes included. Reloads when a map is saved again.
 */
export function useLibraryMaps(ids: readonly string[]): LibraryMaps {
  const openId = useWorkbench((s) => s.library.openId);
  const openMap = useWorkbench((s) => s.map);
  const wanted = ids.join('\n');
  // Which saved copy each map is at: a new save of any of them reloads it.
  const signature = useWorkbench((s) =>
    [wanted, ...ids.map((id) => (id === openId ? 'open' : (s.library.entries.find((e) => e.id === id)?.key ?? '')))].join('\n'),
  );
  const [loaded, setLoaded] = useState<{ signature: string; maps: Record<string, DecisionMap | null> }>({
    signature: '',
    maps: {},
  });

  useEffect(() => {
    let live = true;
    const others = wanted === '' ? [] : wanted.split('\n').filter((id) => id !== openId);
    const { readLibraryMap } = workbenchStore.getState();
    const load = Promise.all(others.map((id) => readLibraryMap(id)));
    void load.then((maps) => {
      if (live) setLoaded({ signature, maps: Object.fromEntries(others.map((id, i) => [id, maps[i] ?? null])) });
    });
    return () => {
      live = false;
    };
  }, [signature, wanted, openId]);

  const current = loaded.signature === signature;
  // The same array while nothing changes, so that what is computed from it (a diff, a history) is computed once.
  return useMemo(() => {
    const list = wanted === '' ? [] : wanted.split('\n');
    return {
      maps: list.map((id) => (id === openId ? openMap : current ? (loaded.maps[id] ?? null) : undefined)),
      loading: !current && list.some((id) => id !== openId),
    };
  }, [wanted, openId, openMap, current, loaded]);
}
