/**
 * Addresses and titles of the lists of structures of one type, that results of the self-diagnostic and the glossary
 * link to.
 */
import { ofPlace } from '../french.ts';
import { STRUCTURE_TYPES } from '../../schemas/structure.ts';
import { territory } from '../../site.config.ts';
import { areaName } from './record.ts';

/** Site path of the list of one type's structures, in one employment area or in the whole département (no base). */
export function typeListPath(type: string, area?: string): string {
  return area ? `/structures/type/${type}/${area}/` : `/structures/type/${type}/`;
}

/** Site path of the list of every structure of one employment area (no base). */
export function areaListPath(area: string): string {
  return `/structures/bassin/${area}/`;
}

/** Where a type's list reaches: « du bassin de Blois », or the département (« du Loir-et-Cher »). */
export function typeListWhere(area?: string): string {
  return area ? `du bassin ${ofPlace(areaName(area))}` : territory.departement.article;
}

/** Title of a type's list, and the text of the links to it: « Centre de formation d’apprentis (CFA) du Loir-et-Cher ». */
export function typeListTitle(type: string, area?: string): string {
  return `${(STRUCTURE_TYPES as Partial<Record<string, string>>)[type] ?? type} ${typeListWhere(area)}`;
}
