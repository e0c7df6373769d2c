import { siteContent } from '../content.ts';
export const planted = siteContent;
