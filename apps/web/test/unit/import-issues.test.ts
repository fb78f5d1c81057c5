import { getFramework } from '@openita/scoring';
import { describe, expect, it } from 'vitest';
import { groupIssues, jsonErrorPosition, targetOf, valueAt } from '../../src/features/import/issues';

const fw = getFramework('nacc-ita-2564');

describe('where an import error belongs', () => {
  it('places a question, its part, and its indicator', () => {
    expect(targetOf('iit.i27', fw)).toEqual({
      kind: 'question',
      id: 'i27',
      part: null,
      instrument: 'IIT',
      indicator: 5,
    });
    expect(targetOf('iit.i18[2]', fw)).toEqual({
      kind: 'question',
      id: 'i18',
      part: 2,
      instrument: 'IIT',
      indicator: 3,
    });
    expect(targetOf('eit.e1', fw)).toMatchObject({ kind: 'question', id: 'e1', instrument: 'EIT', indicator: 6 });
  });

  it('skips the prefix the API puts before the file path, and reads loose ids', () => {
    expect(targetOf('input.file.iit.i.27', fw)).toMatchObject({ kind: 'question', instrument: 'IIT' });
    expect(targetOf('input.file.eit.E05', fw)).toMatchObject({ kind: 'question', id: 'e5', indicator: 6 });
    expect(targetOf('oit.O30', fw)).toEqual({ kind: 'item', id: 'O30', subIndicator: '9.5' });
    expect(targetOf('oit.o05', fw)).toEqual({ kind: 'item', id: 'O5', subIndicator: '9.1' });
  });

  it('places official figures and file-level problems', () => {
    expect(targetOf('reported.indicators.6', fw)).toEqual({ kind: 'reported', field: 'indicators.6' });
    expect(targetOf('indicators.9', fw)).toEqual({ kind: 'indicator', key: '9' });
    expect(targetOf('framework', fw)).toEqual({ kind: 'file', field: 'framework' });
  });

  it('groups several problems of one question together, in the framework order', () => {
    const groups = groupIssues(
      [
        { path: 'oit.O5', severity: 'error', message: { th: 'x' } },
        { path: 'eit.e2', severity: 'error', message: { th: 'a' } },
        { path: 'iit.i28[3]', severity: 'error', message: { th: 'b' } },
        { path: 'iit.i28[1]', severity: 'warning', message: { th: 'c' } },
        { path: 'framework', severity: 'error', message: { th: 'd' } },
      ],
      fw,
    );
    expect(groups.map((g) => g.key)).toEqual(['file:framework', 'q:i28', 'q:e2', 'o:O5']);
    expect(groups[1]?.issues).toHaveLength(2);
  });
});

describe('the value an error is about', () => {
  const file = {
    iit: {
      'i.27': [0, 4.44, 0, 100],
      i18: [
        [1, 2, 3, 94],
        [0, 0, 0, 100],
      ],
    },
    oit: { O05: 100 },
  };
  it('reads a question, a part, an item by loose id', () => {
    expect(valueAt(file, 'iit.i27')).toBe('[0,4.44,0,100]');
    expect(valueAt(file, 'iit.i18[2]')).toBe('[0,0,0,100]');
    expect(valueAt(file, 'input.file.oit.O5')).toBe('100');
    expect(valueAt(file, 'eit.e1')).toBe('');
  });
});

describe('a file that is not JSON', () => {
  it('says the line and column', () => {
    const text = '{\n  "framework": "nacc-ita-2564",\n  "iit": { "i1": [0, 0, 0, 100], }\n}';
    let error: unknown;
    try {
      JSON.parse(text);
    } catch (e) {
      error = e;
    }
    const pos = jsonErrorPosition(text, error);
    expect(pos?.line).toBe(3);
    expect(pos?.column).toBeGreaterThan(30);
  });
});
