import { describe, expect, it } from 'vitest';
import { serverLinkFromSearch } from './server-link';

describe('serverLinkFromSearch', () => {
  it('reads the server, the model and the dialect (from the port when not given)', () => {
    expect(
      serverLinkFromSearch('?engine=openai&baseUrl=http://localhost:11434/v1/&model=coalm'),
    ).toEqual({
      link: { baseUrl: 'http://localhost:11434/v1', model: 'coalm', dialect: 'ollama' },
    });
    expect(
      serverLinkFromSearch(
        '?engine=openai&baseUrl=https://gpu.lab.example/v1&model=m&dialect=vllm',
      ),
    ).toEqual({ link: { baseUrl: 'https://gpu.lab.example/v1', model: 'm', dialect: 'vllm' } });
  });

  it('ignores other engines and refuses unusable addresses', () => {
    expect(serverLinkFromSearch('?engine=scripted')).toBeNull();
    expect(serverLinkFromSearch('?engine=openai&baseUrl=javascript:alert(1)')).toMatchObject({
      error: expect.stringMatching(/http/),
    });
    expect(serverLinkFromSearch('?engine=openai&baseUrl=http://user:pw@host/v1')).toMatchObject({
      error: expect.stringMatching(/key field/),
    });
  });

  it('never takes a key from the link', () => {
    const result = serverLinkFromSearch('?engine=openai&baseUrl=http://h:1/v1&model=m&apiKey=sk-1');
    expect(JSON.stringify(result)).not.toContain('sk-1');
  });
});
