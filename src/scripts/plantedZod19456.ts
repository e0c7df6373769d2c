import { z } from 'astro/zod';
export const planted = z.string();
