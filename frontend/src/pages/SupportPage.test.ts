import { describe, expect, it } from 'vitest';
import { slug } from '../components/NewReleaseDialog';
import { snippetParts } from './SupportPage';

describe('snippetParts', () => {
  it.each([
    ['plain', [{ text: 'plain', match: false }]],
    ['ask them to [[sign]] [[out]].', [
      { text: 'ask them to ', match: false },
      { text: 'sign', match: true },
      { text: ' ', match: false },
      { text: 'out', match: true },
      { text: '.', match: false },
    ]],
    ['', []],
  ])('%s', (snippet, want) => {
    expect(snippetParts(snippet)).toEqual(want);
  });
});

describe('slug', () => {
  it.each([
    ['New checkout', 'new-checkout'],
    ['  Search: ranking v2!  ', 'search-ranking-v2'],
    ['Früh dabei', 'fruh-dabei'],
  ])('%s → %s', (name, want) => {
    expect(slug(name)).toBe(want);
  });
});
