import { useState } from 'react';
import { SERVER_PRESETS, type ProbeCheck } from '../../store/engine/engine-view';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../app-store-context';

const checkLabels = [
  ['reachable', 'Server reachable'],
  ['cors', 'This page allowed (CORS)'],
  ['modelListed', 'Model listed'],
  ['streaming', 'Streaming'],
  ['grammar', 'Grammar (constrained decoding)'],
  ['rawCompletions', 'Raw completions (exact trained text)'],
  ['prefixCache', 'Prefix cache (a repeated prompt reused)'],
] as const;

function CheckRow({ label, check }: { label: string; check: ProbeCheck }) {
  const mark = check.ok === null ? '–' : check.ok ? '✓' : '✗';
  return (
    <li className={check.ok === false ? 'check-failed' : undefined}>
      <strong>
        {mark} {label}
      </strong>
      : {check.detail}
    </li>
  );
}

/**
 * The second engine kind: CoALM on a model server (Ollama, llama.cpp, vLLM / SGLang, LM Studio
 * or any OpenAI-compatible address). Messages then leave this device for that server.
 */
export function ServerPanel() {
  // The server's fields and the actions this view calls, by selector.
  const engine = useAppStore(
    useShallow((state) => ({
      server: state.engine.server,
      setServerSettings: state.engine.setServerSettings,
      setServerApiKey: state.engine.setServerApiKey,
      fetchServerModels: state.engine.fetchServerModels,
      testServer: state.engine.testServer,
      connectServer: state.engine.connectServer,
      disconnectServer: state.engine.disconnectServer,
    })),
  );
  const { settings, models, report } = engine.server;
  const [apiKey, setApiKey] = useState('');
  const busy = engine.server.testing || engine.server.modelsStatus === 'loading';
  return (
    <section aria-label="Model server" className="engine-server">
      <h3>Or use a model server</h3>
      <p className="small">
        Runs CoALM in Ollama, llama.cpp or vLLM on this machine or your lab&apos;s (see
        docs/run-coalm.md). Your messages are sent to the server you choose here.
      </p>
      <label>
        Server
        <select
          value={settings.presetId}
          onChange={(event) => {
            const preset = SERVER_PRESETS.find((item) => item.id === event.target.value);
            if (!preset) return;
            engine.setServerSettings({
              presetId: preset.id,
              dialect: preset.dialect,
              ...(preset.baseUrl ? { baseUrl: preset.baseUrl } : {}),
            });
          }}
        >
          {SERVER_PRESETS.map((preset) => (
            <option key={preset.id} value={preset.id}>
              {preset.label}
              {preset.baseUrl ? ` (${preset.baseUrl})` : ''}
            </option>
          ))}
        </select>
      </label>
      <label>
        Server address
        <input
          type="text"
          inputMode="url"
          spellCheck={false}
          value={settings.baseUrl}
          placeholder="http://localhost:11434/v1"
          onChange={(event) => engine.setServerSettings({ baseUrl: event.target.value })}
        />
      </label>
      <label>
        API key (optional, kept on this device)
        <input
          type="password"
          autoComplete="off"
          value={apiKey}
          placeholder={engine.server.hasApiKey ? 'saved' : 'none'}
          onChange={(event) => setApiKey(event.target.value)}
          onBlur={() => apiKey && engine.setServerApiKey(apiKey)}
        />
      </label>
      <div className="engine-server-actions">
        <button type="button" disabled={busy} onClick={() => void engine.fetchServerModels()}>
          Fetch models
        </button>
        <button type="button" disabled={busy} onClick={() => void engine.testServer()}>
          Test connection
        </button>
      </div>
      {engine.server.modelsError && (
        <p role="alert" className="small">
          {engine.server.modelsError}
        </p>
      )}
      <label>
        Model
        {models.length > 0 ? (
          <select
            value={settings.model}
            onChange={(event) => engine.setServerSettings({ model: event.target.value })}
          >
            {!models.includes(settings.model) && (
              <option value={settings.model}>{settings.model}</option>
            )}
            {models.map((model) => (
              <option key={model} value={model}>
                {model}
              </option>
            ))}
          </select>
        ) : (
          <input
            type="text"
            spellCheck={false}
            value={settings.model}
            placeholder="Fetch models to choose"
            onChange={(event) => engine.setServerSettings({ model: event.target.value })}
          />
        )}
      </label>
      <p className="small">
        CoALM 8B / 70B / 405B: CC BY-NC 4.0 (non-commercial use only), on top of the Llama 3.1
        Community Licence.
      </p>
      <label className="small">
        <input
          type="checkbox"
          checked={settings.mode === 'chat'}
          onChange={(event) =>
            engine.setServerSettings({ mode: event.target.checked ? 'chat' : 'auto' })
          }
        />{' '}
        Use chat completions (the server&apos;s own template) instead of exact raw text
      </label>
      {report && (
        <ul aria-label="Connection test" className="engine-server-report small">
          {checkLabels.map(([key, label]) => (
            <CheckRow key={key} label={label} check={report[key]} />
          ))}
        </ul>
      )}
      {engine.server.connected ? (
        <button type="button" onClick={() => engine.disconnectServer()}>
          Disconnect from the server
        </button>
      ) : (
        <button
          type="button"
          disabled={busy || settings.model.trim() === ''}
          onClick={() => {
            if (apiKey) engine.setServerApiKey(apiKey);
            void engine.connectServer();
          }}
        >
          Use {settings.model || 'the model'} on this server
        </button>
      )}
    </section>
  );
}
