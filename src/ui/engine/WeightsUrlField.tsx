import { useState, type FormEvent } from 'react';
import { useAppStore } from '../app-store-context';

/** Where the CoALM weights come from: this site's /models/ folder unless set here. */
export function WeightsUrlField() {
  const weightsUrl = useAppStore((state) => state.engine.weightsUrl);
  const setWeightsUrl = useAppStore((state) => state.engine.setWeightsUrl);
  const [draft, setDraft] = useState(weightsUrl);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setWeightsUrl(draft.trim());
  };
  return (
    <form aria-label="CoALM weights location" className="engine-weights-url" onSubmit={submit}>
      <label>
        CoALM weights URL
        <input
          type="text"
          inputMode="url"
          spellCheck={false}
          value={draft}
          placeholder="/models/ (this site)"
          onChange={(event) => setDraft(event.target.value)}
        />
      </label>
      <button type="submit">Save weights URL</button>
      <small>
        A folder holding CoALM-8B-q4f16_1-MLC/ and CoALM-8B-q4f32_1-MLC/, a URL with
        {' {quant}'}, or a Hugging Face repository. See docs/coalm-weights.md.
      </small>
    </form>
  );
}
