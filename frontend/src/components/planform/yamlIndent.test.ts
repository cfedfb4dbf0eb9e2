import { describe, expect, it } from 'vitest';
import { indentAfter } from './yamlIndent';

describe('indentAfter', () => {
  it.each([
    ['a top-level key', 'release: checkout', ''],
    ['a key that opens a block', 'phases:', '  '],
    ['a nested key that opens a block', '    exit:', '      '],
    ['a list item that starts a mapping', '  - name: Beta 5%', '    '],
    ['a list item whose first key opens a block', '  - flags:', '      '],
    ['a plain list item', '      - Support briefed', '      '],
    ['a flow mapping item', '  - {provider: split, project: "Web Store", key: a}', '  '],
    ['a flow list item', '  - [a, b]', '  '],
    ['a key inside a list item', '    status: active', '    '],
    ['a blank line keeps its spaces', '    ', '    '],
    ['a comment after a colon is not a block', '  owner: dana # on call:', '  '],
  ])('%s', (_, line, want) => {
    expect(indentAfter(line)).toBe(want);
  });
});
