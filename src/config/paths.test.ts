import { describe, expect, it } from 'vitest';
import { paths } from './paths';

describe('paths', () => {
  it('encodes ids in generated links', () => {
    expect(paths.project.getHref('a b/c')).toBe('/projects/a%20b%2Fc');
    expect(paths.checklistItem.getHref('turn-ephemeral-credentials')).toBe('/checklist/turn-ephemeral-credentials');
  });
});
