import type { PromptProfileId, WorldId } from '../../core/conversation/conversation';
import { storageKeys } from '../../core/conversation/storage-keys';
import type { KeyValueStore } from '../../core/storage/key-value-store';
import type { TabSync } from '../chat/tab-sync';
import type { SliceApi } from '../store-dependencies';
import { WORLD_LABELS, type BookingWorld, type OpenWorld } from './world-catalog';

export { WORLD_LABELS } from './world-catalog';

export interface Settings {
  /** Skip the confirmation card before booking tools (walkthroughs use it). */
  autoConfirm: boolean;
  /** Profile given to new conversations. */
  defaultProfile: PromptProfileId;
  /** World new conversations run on (a conversation keeps the one of its first turn). */
  world: WorldId;
}

/** Where loading a world stands; the MultiWOZ one arrives as a chunk of its own. */
export interface WorldLoad {
  world: WorldId;
  status: 'loading' | 'ready' | 'error';
  /** Why it failed, in words, when status is 'error'. */
  message?: string;
}

export interface SettingsSlice extends Settings {
  /** The last world asked for and whether it is loaded (not stored). */
  worldLoad: WorldLoad | null;
  load(): Promise<void>;
  setAutoConfirm(autoConfirm: boolean): Promise<void>;
  setDefaultProfile(profile: PromptProfileId): Promise<void>;
  /** Picks the world for new conversations and starts loading it. */
  setWorld(world: WorldId): Promise<void>;
  /** The world's tools, loading it first if need be; null when it cannot be loaded (worldLoad says why). */
  openWorld(world: WorldId): Promise<BookingWorld | null>;
}

export const defaultSettings: Settings = {
  autoConfirm: false,
  defaultProfile: 'cra-exact',
  world: 'generated',
};

export function createSettingsSlice(
  api: SliceApi<SettingsSlice, { settings: SettingsSlice }>,
  dependencies: {
    keyValueStore: KeyValueStore;
    sync: TabSync;
    reportStorageError: (error: unknown) => void;
    openWorld: OpenWorld;
  },
): SettingsSlice {
  const { keyValueStore, sync, reportStorageError } = dependencies;

  function current(): Settings {
    const { autoConfirm, defaultProfile, world } = api.get().settings;
    return { autoConfirm, defaultProfile, world };
  }

  async function update(patch: Partial<Settings>): Promise<void> {
    api.set(patch);
    try {
      await keyValueStore.set(storageKeys.settings, current());
      sync.announce({ type: 'settings-changed' });
    } catch (error) {
      reportStorageError(error);
    }
  }

  async function openWorld(world: WorldId): Promise<BookingWorld | null> {
    const opening = dependencies.openWorld(world);
    // Only a load that takes a while is worth a "loading" line; the generated world is at hand.
    if (world !== 'generated') api.set({ worldLoad: { world, status: 'loading' } });
    try {
      const opened = await opening;
      api.set({ worldLoad: { world, status: 'ready' } });
      return opened;
    } catch (error) {
      const reason = (error as Error | null)?.message ?? String(error);
      api.set({
        worldLoad: {
          world,
          status: 'error',
          message: `The ${WORLD_LABELS[world]} could not be loaded (offline, and not saved for offline use yet?): ${reason}`,
        },
      });
      return null;
    }
  }

  return {
    ...defaultSettings,
    worldLoad: null,
    async load() {
      api.set(readSettings(await keyValueStore.get<unknown>(storageKeys.settings)));
    },
    setAutoConfirm: (autoConfirm) => update({ autoConfirm }),
    setDefaultProfile: (defaultProfile) => update({ defaultProfile }),
    async setWorld(world) {
      await update({ world });
      await openWorld(world);
    },
    openWorld,
  };
}

/** Unknown or damaged fields fall back to their defaults one by one. */
function readSettings(value: unknown): Settings {
  const record = (typeof value === 'object' && value !== null ? value : {}) as Partial<
    Record<keyof Settings, unknown>
  >;
  return {
    autoConfirm:
      typeof record.autoConfirm === 'boolean' ? record.autoConfirm : defaultSettings.autoConfirm,
    defaultProfile:
      record.defaultProfile === 'cra-exact' || record.defaultProfile === 'cra-chat'
        ? record.defaultProfile
        : defaultSettings.defaultProfile,
    world:
      record.world === 'generated' || record.world === 'multiwoz'
        ? record.world
        : defaultSettings.world,
  };
}
