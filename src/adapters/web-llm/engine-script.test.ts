import { describe, expect, it } from 'vitest';
import {
  engineModeFromSearch,
  fetchEngineScript,
  parseEngineScript,
  sameOriginScriptUrl,
} from './engine-script';

const origin = 'http://127.0.0.1:4173';

function fakeFetch(body: string, status = 200): typeof fetch & { urls: string[] } {
  const urls: string[] = [];
  const fetchFunction = async (input: string | URL | Request) => {
    urls.push(String(input));
    return new Response(body, { status });
  };
  return Object.assign(fetchFunction as typeof fetch, { urls });
}

describe('engine script', () => {
  it('reads the mode and script from the query string', () => {
    expect(engineModeFromSearch('?engine=scripted&script=/s.json')).toEqual({
      mode: 'scripted',
      scriptUrl: '/s.json',
    });
    expect(engineModeFromSearch('?script=/s.json').mode).toBe('default');
  });

  it('accepts same-origin URLs and refuses others', () => {
    expect(sameOriginScriptUrl('fixtures/a.json', origin).href).toBe(`${origin}/fixtures/a.json`);
    expect(() => sameOriginScriptUrl('https://evil.example/a.json', origin)).toThrow(
      /must come from this site/,
    );
    expect(() => sameOriginScriptUrl('//evil.example/a.json', origin)).toThrow(/Refusing/);
  });

  it('validates the JSON shape', () => {
    expect(parseEngineScript({ outputs: ['a', 'b'] })).toEqual({
      outputs: ['a', 'b'],
      tokenDelayMs: 0,
    });
    expect(() => parseEngineScript({ outputs: [] })).toThrow(/non-empty/);
    expect(() => parseEngineScript({ outputs: ['a', 3] })).toThrow(/outputs\[1\]/);
    expect(() => parseEngineScript({ outputs: ['a'], tokenDelayMs: -1 })).toThrow(/tokenDelayMs/);
    expect(() => parseEngineScript([])).toThrow(/JSON object/);
  });

  it('fetches a script and reports HTTP and JSON failures clearly', async () => {
    const good = fakeFetch(JSON.stringify({ outputs: ['System: hi'], tokenDelayMs: 5 }));
    await expect(fetchEngineScript('/s.json', origin, good)).resolves.toEqual({
      outputs: ['System: hi'],
      tokenDelayMs: 5,
    });
    expect(good.urls).toEqual([`${origin}/s.json`]);
    await expect(fetchEngineScript('/s.json', origin, fakeFetch('nope', 404))).rejects.toThrow(
      /HTTP 404/,
    );
    await expect(fetchEngineScript('/s.json', origin, fakeFetch('{oops'))).rejects.toThrow(
      /not valid JSON/,
    );
    await expect(fetchEngineScript(null, origin, good)).rejects.toThrow(/needs a script/);
  });
});
