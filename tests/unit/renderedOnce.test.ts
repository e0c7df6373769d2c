import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

/** A fresh module, as each build loads it, with `astro dev` or `astro build`'s import.meta.env.DEV. */
async function freshRenderedOnce(dev: boolean) {
  vi.stubEnv('DEV', dev);
  vi.resetModules();
  return (await import('../../src/components/renderedOnce.ts')).renderedOnce;
}

describe('renderedOnce: a part rendered once per build and key', () => {
  it('renders a key the first time and gives every later page the same HTML', async () => {
    const renderedOnce = await freshRenderedOnce(false);
    const render = vi.fn(() => Promise.resolve('<p>Carte</p>'));
    expect(await renderedOnce('site-card:a', render)).toBe('<p>Carte</p>');
    expect(await renderedOnce('site-card:a', render)).toBe('<p>Carte</p>');
    expect(render).toHaveBeenCalledTimes(1);
  });

  it('renders each key apart', async () => {
    const renderedOnce = await freshRenderedOnce(false);
    expect(await renderedOnce('site-header:/structures/:false', () => Promise.resolve('structures'))).toBe(
      'structures',
    );
    expect(await renderedOnce('site-header:/carte/:false', () => Promise.resolve('carte'))).toBe('carte');
  });

  it('renders afresh on every page of the dev server, so that an editor sees each change', async () => {
    const renderedOnce = await freshRenderedOnce(true);
    const render = vi.fn(() => Promise.resolve('<p>Carte</p>'));
    await renderedOnce('site-card:a', render);
    await renderedOnce('site-card:a', render);
    expect(render).toHaveBeenCalledTimes(2);
  });
});
