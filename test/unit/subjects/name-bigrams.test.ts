import { describe, expect, it } from 'vitest';

import { nameBigrams } from '../../../src/modules/subjects/index.js';

describe('nameBigrams', () => {
  it('gives the distinct character pairs, lower-cased, as the index function does', () => {
    expect(nameBigrams('科技')).toEqual(['科技']);
    expect(nameBigrams('华信科技')).toEqual(['华信', '信科', '科技']);
    expect(nameBigrams('ABab')).toEqual(['ab', 'ba']);
    expect(nameBigrams('𠀀𠀁科')).toEqual(['𠀀𠀁', '𠀁科']);
  });
});
