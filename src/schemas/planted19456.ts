import { contentRoot } from '../lib/contentRoot.ts';
export const planted = contentRoot;
