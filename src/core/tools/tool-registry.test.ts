import { describe, expect, it } from 'vitest';
import type { ToolDefinition } from './tool-definition';
import { createToolRegistry } from './tool-registry';
import { fixtureTools } from './testing/fixture-tools';

const registry = createToolRegistry(fixtureTools);
const context = { conversationId: 'c1' };

describe('signatureLines', () => {
  it('numbers the tools and lists parameter names only, in definition order', () => {
    expect(registry.signatureLines()).toEqual([
      '1. FindPlaces(area, food, price_range)',
      '2. BookTable(name, people, time, budget, outdoor)',
      '3. Broken(reference)',
    ]);
  });
});

describe('dispatch', () => {
  it('executes with coerced arguments', async () => {
    const result = await registry.dispatch(
      { name: 'FindPlaces', arguments: { area: 'Downtown' } },
      context,
    );
    expect(result).toEqual({ ok: true, data: { count: 1, query: { area: 'centre' } } });
  });

  it('returns validation errors without executing', async () => {
    let executed = false;
    const spy: ToolDefinition = {
      name: 'Spy',
      description: '',
      kind: 'search',
      parameters: { n: { type: 'integer', description: '' } },
      execute: async () => {
        executed = true;
        return { ok: true, data: {} };
      },
    };
    const result = await createToolRegistry([spy]).dispatch(
      { name: 'Spy', arguments: {} },
      context,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'missing-argument' } });
    expect(executed).toBe(false);
  });

  it('turns a rejecting tool into tool-failed', async () => {
    const result = await registry.dispatch({ name: 'Broken', arguments: {} }, context);
    expect(result).toEqual({
      ok: false,
      error: { code: 'tool-failed', message: 'Broken failed: backend down' },
    });
  });

  it.each<[string, ToolDefinition['execute']]>([
    [
      'throws synchronously',
      () => {
        throw new TypeError('boom');
      },
    ],
    ['rejects with a non-error', () => Promise.reject('nope')],
    ['resolves to nothing', () => Promise.resolve(undefined as never)],
  ])('turns a tool that %s into tool-failed', async (_case, execute) => {
    const odd: ToolDefinition = {
      name: 'Odd',
      description: '',
      kind: 'lookup',
      parameters: {},
      execute,
    };
    const result = await createToolRegistry([odd]).dispatch(
      { name: 'Odd', arguments: {} },
      context,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'tool-failed' } });
  });

  it('treats a normalizer that throws as a rejected value', async () => {
    const picky: ToolDefinition = {
      name: 'Picky',
      description: '',
      kind: 'search',
      parameters: {
        when: {
          type: 'string',
          description: '',
          normalize: () => {
            throw new Error('bad normalizer');
          },
        },
      },
      execute: async () => ({ ok: true, data: {} }),
    };
    const result = await createToolRegistry([picky]).dispatch(
      { name: 'Picky', arguments: { when: 'x' } },
      context,
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument', argument: 'when' },
    });
  });

  it('refuses two tools with the same name', () => {
    expect(() => createToolRegistry([fixtureTools[0]!, fixtureTools[0]!])).toThrow(
      /Two tools are named/,
    );
  });
});
