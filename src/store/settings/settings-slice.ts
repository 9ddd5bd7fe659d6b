import type { PromptProfileId } from '../../core/conversation/conversation';
import { storageKeys } from '../../core/conversation/storage-keys';
import type { KeyValueStore } from '../../core/storage/key-value-store';
import type { TabSync } from '../chat/tab-sync';
import type { SliceApi } from '../store-dependencies';

export interface Settings {
  /** Skip the confirmation card before booking tools (walkthroughs use it). */
  autoConfirm: boolean;
  /** Profile given to new conversations. */
  defaultProfile: PromptProfileId;
}

export interface SettingsSlice extends Settings {
  load(): Promise<void>;
  setAutoConfirm(autoConfirm: boolean): Promise<void>;
  setDefaultProfile(profile: PromptProfileId): Promise<void>;
}

export const defaultSettings: Settings = { autoConfirm: false, defaultProfile: 'cra-exact' };

export function createSettingsSlice(
  api: SliceApi<SettingsSlice, { settings: SettingsSlice }>,
  dependencies: {
    keyValueStore: KeyValueStore;
    sync: TabSync;
    reportStorageError: (error: unknown) => void;
  },
): SettingsSlice {
  const { keyValueStore, sync, reportStorageError } = dependencies;

  function current(): Settings {
    const { autoConfirm, defaultProfile } = api.get().settings;
    return { autoConfirm, defaultProfile };
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

  return {
    ...defaultSettings,
    async load() {
      api.set(readSettings(await keyValueStore.get<unknown>(storageKeys.settings)));
    },
    setAutoConfirm: (autoConfirm) => update({ autoConfirm }),
    setDefaultProfile: (defaultProfile) => update({ defaultProfile }),
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
  };
}
