import { describe, expect, it } from 'vitest';
import { keepBothPath, writeBeside } from './keep-both.js';

describe('« Garder les deux » names', () => {
  it('adds (n) before the extension, on either kind of path', () => {
    expect(keepBothPath('/media/cle/copil.ctg-seance.json', 2, '.ctg-seance.json')).toBe('/media/cle/copil (2).ctg-seance.json');
    expect(keepBothPath('E:\\CTG\\copil.ctg-seance.json', 3, '.ctg-seance.json')).toBe('E:\\CTG\\copil (3).ctg-seance.json');
    expect(keepBothPath('/docs/compte rendu.docx', 2)).toBe('/docs/compte rendu (2).docx');
    expect(keepBothPath('/docs/copil (2).pdf', 3)).toBe('/docs/copil (3).pdf');
    expect(keepBothPath('/docs/LISEZMOI', 2)).toBe('/docs/LISEZMOI (2)');
  });

  it('takes the first free name', async () => {
    const taken = new Set(['/d/a (2).md', '/d/a (3).md']);
    const tried: string[] = [];
    const result = await writeBeside('/d/a.md', async (p) => (tried.push(p), taken.has(p) ? 'exists' : p));
    expect(result).toBe('/d/a (4).md');
    expect(tried).toEqual(['/d/a (2).md', '/d/a (3).md', '/d/a (4).md']);
  });
});
