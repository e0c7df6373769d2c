import { getCollection } from 'astro:content';
export const planted = getCollection;
