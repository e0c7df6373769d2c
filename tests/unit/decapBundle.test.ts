import { describe, expect, it } from 'vitest';
import {
  checkReactForDecap,
  decapBundleFiles,
  decapRouteParams,
  isServedDecapFile,
  reactVersionOfDecap,
  reactVersions,
} from '../../src/lib/decapBundle.ts';

describe('l’interface d’édition sert le script construit de Decap, tel quel', () => {
  it.each([
    ['decap-cms-app.js', true],
    ['103.decap-cms-app.js', true],
    ['decap-cms-app.js.LICENSE.txt', true],
    ['f728dc876b39e5273411.wasm', true],
    ['decap-cms-app.js.map', false],
    ['103.decap-cms-app.js.map', false],
    ['esm', false],
  ])('%s servi : %s', (name, served) => {
    expect(isServedDecapFile(name)).toBe(served);
  });

  it('sert le script, ses morceaux et sa licence, sans carte de source', () => {
    const files = decapBundleFiles();
    expect(files).toContain('decap-cms-app.js');
    expect(files).toContain('decap-cms-app.js.LICENSE.txt');
    expect(files.filter((file) => /^\d+\.decap-cms-app\.js$/.test(file)).length).toBeGreaterThan(10);
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
  });

  it('chaque fichier servi a sa route (une par extension : .js, .wasm, .txt), sous son propre nom', () => {
    const routed = ['.js', '.wasm', '.txt'].flatMap((extension) =>
      decapRouteParams(extension).map(({ params }) => `${params.name}${extension}`),
    );
    expect(routed.sort()).toEqual(decapBundleFiles());
  });

  it('lit la version de React pour laquelle Decap est construit', () => {
    expect(reactVersionOfDecap('…,reconcilerVersion:"19.2.0"};…')).toBe('19.2.0');
    expect(reactVersionOfDecap('sans version')).toBeUndefined();
  });

  it('refuse de construire avec une autre version de React, en disant laquelle installer', () => {
    expect(() => checkReactForDecap('19.3.1', '19.2.0')).toThrow(
      'decap-cms-app est construit pour React 19.2.0, mais React 19.3.1 est installé. ' +
        'Installez exactement cette version : npm install -E react@19.2.0 react-dom@19.2.0',
    );
    expect(() => checkReactForDecap('19.2.0', undefined)).toThrow('version de React attendue');
    expect(() => checkReactForDecap('19.2.0', '19.2.0')).not.toThrow();
  });

  it('le React installé est celui qu’attend le script de Decap (sinon l’interface reste blanche)', () => {
    const { installed, expected } = reactVersions();
    expect(expected).toMatch(/^\d+\.\d+\.\d+$/);
    expect(installed).toBe(expected);
  });
});
