import { describe, expect, it } from 'vitest';
import { pageShell } from '../../bench/lib/bareProject.ts';

describe('pageShell (the bench floor that writes the site’s page shell)', () => {
  it.each([
    [
      'a page with its doctype',
      '<!DOCTYPE html><html><head><title>T</title></head><body><header>H</header><main id="contenu" tabindex="-1"><h1>Page</h1><p>text</p></main><footer>F</footer></body></html>',
      '<html><head><title>T</title></head><body><header>H</header><main id="contenu" tabindex="-1">',
      '</main><footer>F</footer></body></html>',
    ],
    [
      'a <main> without attributes, and a nested one mentioned in text',
      '<html><body><main><p>&lt;/main&gt; is escaped</p></main></body></html>',
      '<html><body><main>',
      '</main></body></html>',
    ],
  ])('keeps what is around the content of <main>: %s', (_, html, before, after) => {
    expect(pageShell(html)).toEqual({ before, after });
  });

  it('refuses a page without <main>, which would give the floor no shell', () => {
    expect(() => pageShell('<html><body><p>no main</p></body></html>')).toThrow(/no <main>/);
  });
});
