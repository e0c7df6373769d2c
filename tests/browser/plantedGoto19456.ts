import type { Page } from 'playwright-core';
export const planted = (page: Page) => page.goto('/');
