import { describe, expect, it } from 'vitest';
import { ChatModelError } from '../../core/model/chat-model';
import { explainLoadFailure } from './explain-load-failure';
import { toWebLlmModelUrl } from './weights-url';

const folder = 'http://127.0.0.1:4174/models/CoALM-8B-q4f32_1-MLC/';
const appConfig = {
  model_list: [
    { model_id: 'coalm', model: toWebLlmModelUrl(folder), model_lib: 'lib.wasm' },
    { model_id: 'hub', model: 'https://huggingface.co/mlc-ai/Llama-MLC', model_lib: 'lib.wasm' },
  ],
};
const jsonError = new SyntaxError(`Unexpected token '<', "<!doctype "... is not valid JSON`);

function serving(body: string, status = 200) {
  const fetched: string[] = [];
  const fetchImpl = async (url: string) => {
    fetched.push(url);
    return new Response(body, { status, statusText: status === 404 ? 'Not Found' : 'OK' });
  };
  return { fetched, fetchImpl };
}

describe('explainLoadFailure', () => {
  it('names the URL tried, says a web page came back, and gives both ways on', async () => {
    const { fetched, fetchImpl } = serving('<!doctype html><html></html>');
    const error = await explainLoadFailure(jsonError, 'coalm', appConfig, fetchImpl);
    expect(fetched).toEqual([`${folder}mlc-chat-config.json`]);
    expect(error.kind).toBe('network');
    expect(error.message).toContain(`No model build was found at ${folder}`);
    expect(error.message).toContain('returned a web page');
    expect(error.message).toMatch(/build-coalm-mlc\.sh.*weights URL field/);
    expect(error.message).not.toContain('Unexpected token');
  });

  it('reports the status of a missing file, however the browser words the failure', async () => {
    const { fetchImpl } = serving('not here', 404);
    const cacheRefusal = new TypeError("Failed to execute 'add' on 'Cache': Request failed");
    for (const failure of [new Error('404'), cacheRefusal]) {
      const error = await explainLoadFailure(failure, 'coalm', appConfig, fetchImpl);
      expect(error.message).toContain('answered 404 Not Found');
    }
  });

  it('looks where web-llm looks for a hub model (resolve/main/)', async () => {
    const { fetched, fetchImpl } = serving('<html>');
    await explainLoadFailure(jsonError, 'hub', appConfig, fetchImpl);
    expect(fetched).toEqual([
      'https://huggingface.co/mlc-ai/Llama-MLC/resolve/main/mlc-chat-config.json',
    ]);
  });

  it('keeps the original diagnosis when the configuration is fine or cannot be fetched', async () => {
    const fine = serving(JSON.stringify({ model_type: 'llama' }));
    const kept = await explainLoadFailure(jsonError, 'coalm', appConfig, fine.fetchImpl);
    expect(kept.message).toContain('Unexpected token');
    const offline = await explainLoadFailure(new Error('Failed to fetch'), 'coalm', appConfig, () =>
      Promise.reject(new TypeError('Failed to fetch')),
    );
    expect(offline.message).toContain('could not be downloaded');
  });

  it('keeps the network advice for a download broken off half-way', async () => {
    const { fetched, fetchImpl } = serving('<html>');
    const broken = new Error('NetworkError: the download of params_shard_3.bin was interrupted');
    const error = await explainLoadFailure(broken, 'coalm', appConfig, fetchImpl);
    expect(error.message).toContain('could not be downloaded');
    expect(fetched).toEqual([]);
  });

  it('never probes for failures that are not about the files', async () => {
    const { fetched, fetchImpl } = serving('<html>');
    const lost = new ChatModelError('device-lost', 'gone');
    expect(await explainLoadFailure(lost, 'coalm', appConfig, fetchImpl)).toBe(lost);
    expect(fetched).toEqual([]);
  });
});
