import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readValue } from '../parse/literal-reader';
import { TextCursor } from '../parse/text-cursor';
import { renderCall, renderObservation, renderPythonValue } from './python-literal';

describe('renderPythonValue', () => {
  it.each([
    ['centre', "'centre'"],
    ["it's", "'it\\'s'"],
    ['back\\slash', "'back\\\\slash'"],
    ['two\nlines\ttab\rret', "'two\\nlines\\ttab\\rret'"],
    ['bell\x07', "'bell\\x07'"],
    ['café ☕ 𝄞', "'café ☕ 𝄞'"],
    ['line\u2028sep', "'line\\u2028sep'"],
    ['\ud800 lone', "'\\ud800 lone'"],
    [4, '4'],
    [-12, '-12'],
    [2.5, '2.5'],
    [1e-7, '1e-07'],
    [1e21, '1e+21'],
    [-0, '-0.0'],
    [Number.NaN, 'None'],
    [true, 'True'],
    [false, 'False'],
    [null, 'None'],
    [undefined, 'None'],
    [[], '[]'],
    [[1, 'a', [true, null]], "[1, 'a', [True, None]]"],
    [{}, '{}'],
    [{ a: 1, 'b c': 'x' }, "{'a': 1, 'b c': 'x'}"],
  ])('renders %j as %s', (value, expected) => {
    expect(renderPythonValue(value)).toBe(expected);
  });

  it('leaves out undefined dictionary entries, as an absent key', () => {
    expect(renderPythonValue({ a: 1, b: undefined })).toBe("{'a': 1}");
  });
});

describe('renderCall', () => {
  it('writes keyword-call syntax in argument order', () => {
    expect(
      renderCall({
        name: 'FindRestaurants',
        arguments: { area: 'centre', people: 4, parking: true, price_range: null },
      }),
    ).toBe("FindRestaurants(area='centre', people=4, parking=True, price_range=None)");
  });

  it('writes a call without arguments with empty brackets', () => {
    expect(renderCall({ name: 'ListBookings', arguments: {} })).toBe('ListBookings()');
  });
});

describe('renderObservation', () => {
  it('writes a compact one-line Python dict', () => {
    const line = renderObservation({
      count: 2,
      results: [
        { name: "Nando's", stars: 4.5, open: true },
        { name: 'Bedouin', stars: 4, open: false, phone: null },
      ],
    });
    expect(line).toBe(
      "{'count': 2, 'results': [{'name': 'Nando\\'s', 'stars': 4.5, 'open': True}, " +
        "{'name': 'Bedouin', 'stars': 4, 'open': False, 'phone': None}]}",
    );
    expect(line).not.toContain('\n');
  });

  it('writes a string containing a newline on one line', () => {
    expect(renderObservation({ note: 'a\nb' })).toBe("{'note': 'a\\nb'}");
  });
});

describe('renderObservation round trip', () => {
  type Data = string | number | boolean | null | Data[] | { [key: string]: Data };
  const data: fc.Arbitrary<Data> = fc.letrec<{ data: Data }>((tie) => ({
    data: fc.oneof(
      { depthSize: 'small' },
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie('data'), { maxLength: 3 }),
      fc.dictionary(fc.string({ maxLength: 6 }), tie('data'), { maxKeys: 3 }),
    ),
  })).data;

  it('writes one line that reads back as the same data', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 8 }), data, { maxKeys: 4 }), (original) => {
        const line = renderObservation(original);
        expect(line).not.toMatch(/[\n\r]/);
        const cursor = new TextCursor(line);
        expect(readValue(cursor)).toEqual(original);
        expect(cursor.atEnd).toBe(true);
      }),
      { numRuns: 1000, seed: 505 },
    );
  });
});
