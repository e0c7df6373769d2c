import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

/** A fresh module, as each build loads it, with `astro dev` or `astro build`'s import.meta.env.DEV. */
async function freshModules(dev: boolean) {
  vi.stubEnv('DEV', dev);
  vi.resetModules();
  return import('../../src/lib/once.ts');
}

describe('once: a query run once per build', () => {
  it('runs the query the first time only, even when it answers undefined (a site without an audit)', async () => {
    const { once } = await freshModules(false);
    const query = vi.fn((): string | undefined => undefined);
    const audit = once(query);
    expect(audit()).toBeUndefined();
    expect(audit()).toBeUndefined();
    expect(query).toHaveBeenCalledTimes(1);
  });

  it('runs afresh on every call of the dev server, so that an editor sees each change', async () => {
    const { once } = await freshModules(true);
    const query = vi.fn(() => ['a']);
    const list = once(query);
    list();
    list();
    expect(query).toHaveBeenCalledTimes(2);
  });
});

describe('oncePer: a query run once per key and build', () => {
  it('answers each key from its first run, and runs each key apart', async () => {
    const { oncePer } = await freshModules(false);
    const query = vi.fn((theme: string) => Promise.resolve(`sites de ${theme}`));
    const sitesOf = oncePer(query);
    expect(await sitesOf('emploi')).toBe('sites de emploi');
    expect(await sitesOf('emploi')).toBe('sites de emploi');
    expect(await sitesOf('logement')).toBe('sites de logement');
    expect(query.mock.calls).toEqual([['emploi'], ['logement']]);
  });

  it('runs afresh on every call of the dev server', async () => {
    const { oncePer } = await freshModules(true);
    const query = vi.fn((theme: string) => theme);
    const themeOf = oncePer(query);
    themeOf('emploi');
    themeOf('emploi');
    expect(query).toHaveBeenCalledTimes(2);
  });
});

describe('renderedOnce: a part of a page rendered once per build and key (RenderOnce)', () => {
  it('renders a key the first time and gives every later page the same HTML, each key apart', async () => {
    const { renderedOnce } = await freshModules(false);
    const render = vi.fn(() => Promise.resolve('<p>Carte</p>'));
    expect(await renderedOnce('site-card:a', render)).toBe('<p>Carte</p>');
    expect(await renderedOnce('site-card:a', render)).toBe('<p>Carte</p>');
    expect(render).toHaveBeenCalledTimes(1);
    expect(await renderedOnce('site-card:b', () => Promise.resolve('<p>Autre</p>'))).toBe('<p>Autre</p>');
  });

  it('renders afresh on every page of the dev server, so that an editor sees each change', async () => {
    const { renderedOnce } = await freshModules(true);
    const render = vi.fn(() => Promise.resolve('<p>Carte</p>'));
    await renderedOnce('site-card:a', render);
    await renderedOnce('site-card:a', render);
    expect(render).toHaveBeenCalledTimes(2);
  });
});
