import { describe, expect, it } from 'vitest';
import type { ParameterSpec } from '../../core/tools/tool-definition';
import { checkArguments } from './check-arguments';

const parameters: Record<string, ParameterSpec> = {
  name: {
    type: 'string',
    description: 'a name',
    normalize: (raw) => raw.trim().toLowerCase() || undefined,
  },
  size: { type: 'enum', description: 'a size', values: ['small', 'large'], required: false },
  people: { type: 'integer', description: 'people', minimum: 1, maximum: 8 },
  vegan: { type: 'boolean', description: 'vegan', required: false },
};

describe('checkArguments', () => {
  it('normalises and coerces valid arguments and skips absent optional ones', () => {
    const result = checkArguments(parameters, { name: ' Ann ', people: '4', size: 'Large' });
    expect(result).toEqual({ ok: true, values: { name: 'ann', people: 4, size: 'large' } });
  });

  it('reports a missing required argument by name', () => {
    const result = checkArguments(parameters, { name: 'ann' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'missing-argument', argument: 'people' },
    });
    expect(checkArguments(parameters, { name: '  ', people: 2 })).toMatchObject({
      ok: false,
      error: { code: 'missing-argument', argument: 'name' },
    });
  });

  it.each([
    [{ name: 'ann', people: 0 }, 'people', '1 to 8'],
    [{ name: 'ann', people: 50 }, 'people', '1 to 8'],
    [{ name: 'ann', people: 2.5 }, 'people', '1 to 8'],
    [{ name: 'ann', people: 'four' }, 'people', '1 to 8'],
    [{ name: 'ann', people: [4] }, 'people', '1 to 8'],
    [{ name: 'ann', people: 2, size: 'medium' }, 'size', 'small, large'],
    [{ name: 'ann', people: 2, vegan: 'maybe' }, 'vegan', 'True, False'],
    [{ name: ['ann'], people: 2 }, 'name', undefined],
  ])('rejects %j naming %s and what is allowed', (args, argument, allowed) => {
    const result = checkArguments(parameters, args as never);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-argument');
    expect(result.error.argument).toBe(argument);
    expect(result.error.allowed).toBe(allowed);
    expect(result.error.message).toContain(argument);
  });

  it('survives no arguments object at all', () => {
    expect(checkArguments(parameters, null)).toMatchObject({
      ok: false,
      error: { argument: 'name' },
    });
  });
});
