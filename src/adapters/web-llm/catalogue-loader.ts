import {
  buildCatalogue,
  type Catalogue,
  type CatalogueEntry,
  type CatalogueOptions,
} from './catalogue';
import type { EngineSession } from './engine-session';

export interface CatalogueLoaderEvents {
  /** The list is known (cache state not yet checked). */
  onBuilt(entries: CatalogueEntry[]): void;
  /** The same list with `cached` filled in from web-llm's cache. */
  onCacheChecked(entries: CatalogueEntry[]): void;
  onError(error: unknown): void;
}

/**
 * Builds the catalogue once (importing web-llm for its prebuilt list) and shares the result
 * with every caller; `reset()` after a settings change makes the next call build afresh, and a
 * build that was reset meanwhile reports nothing.
 */
export function createCatalogueLoader(
  session: Pick<EngineSession, 'prebuiltAppConfig' | 'isCached'>,
  options: () => CatalogueOptions,
  events: CatalogueLoaderEvents,
) {
  let current: Promise<Catalogue> | null = null;

  async function build(isCurrent: () => boolean): Promise<Catalogue> {
    const prebuilt = await session.prebuiltAppConfig();
    const built = buildCatalogue(prebuilt.model_list, options());
    if (!isCurrent()) return built;
    events.onBuilt(built.entries);
    const cached = await Promise.all(
      built.entries.map((entry) => session.isCached(entry.id, built.appConfig)),
    );
    if (isCurrent())
      events.onCacheChecked(
        built.entries.map((entry, index) => ({ ...entry, cached: cached[index] ?? null })),
      );
    return built;
  }

  return {
    ensure(): Promise<Catalogue> {
      if (current) return current;
      const building = build(() => current === building);
      current = building;
      building.catch((error: unknown) => {
        if (current !== building) return;
        current = null;
        events.onError(error);
      });
      return building;
    },
    reset() {
      current = null;
    },
  };
}
