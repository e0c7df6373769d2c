/**
 * A structure's bassin against its town: a town that src/site.config.ts lists in one employment area belongs to that
 * area. A structure in Vendôme filed under Blois would be listed, filtered and counted with Blois.
 */
import { territory } from '../site.config.ts';
import { entryFile, type ContentProblem, type EntryLike } from './contentProblem.ts';
import { employmentAreaOf } from './employmentAreaOf.ts';

/** Each structure whose `commune` is listed in another area's `communes` than its `bassin`. */
export function checkStructureAreas(structures: readonly EntryLike[]): ContentProblem[] {
  return structures.flatMap((entry) => {
    const { commune, bassin } = entry.data as { commune?: string; bassin?: string };
    const area = employmentAreaOf({ commune });
    if (!commune || !bassin || area?.from !== 'commune' || area.id === bassin) return [];
    const name = (id: string) => territory.employmentAreas.find((candidate) => candidate.id === id)?.nom ?? id;
    return [
      {
        file: entryFile(entry, 'structures'),
        field: 'bassin',
        message: `la commune ${commune} est dans le bassin de ${name(area.id)} (liste des communes de src/site.config.ts), pas dans celui de ${name(bassin)} → écrivez bassin: ${area.id}, ou corrigez la commune.`,
      },
    ];
  });
}
