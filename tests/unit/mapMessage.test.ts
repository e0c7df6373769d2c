import { describe, expect, it } from 'vitest';
import { showMapMessage } from '../../src/scripts/mapMessage.ts';

/** The map's message box as StructureMap.astro renders it (empty, hidden), counting what is written into it. */
class MessageBox {
  #text = '';
  hidden = true;
  writes = 0;
  dataset: Record<string, string> = {};
  get textContent() {
    return this.#text;
  }
  set textContent(text: string) {
    this.#text = text;
    this.writes++;
  }
}

/** A map alone on its page, as on a structure's page when its list is not a directory's: no list sentence. */
function mapWith(box: MessageBox | null): HTMLElement {
  return {
    dataset: { source: 'lieu' },
    ownerDocument: { getElementById: () => null },
    querySelector: (selector: string) => (selector === '[data-map-message]' ? box : null),
  } as never;
}
const TILES = 'Le fond de carte ne s’affiche pas : le serveur de tuiles ne répond pas.';

describe('showMapMessage', () => {
  it('écrit le message dans la zone de la carte et la montre', () => {
    const box = new MessageBox();
    showMapMessage(mapWith(box), 'code');
    expect([box.textContent, box.hidden]).toEqual(['La carte n’a pas pu se charger.', false]);
  });

  it('n’écrit pas deux fois le même message (chaque tuile en échec le redemande) : il est annoncé une fois', () => {
    const box = new MessageBox();
    for (let tile = 0; tile < 5; tile++) showMapMessage(mapWith(box), 'tiles');
    expect([box.textContent, box.writes]).toEqual([TILES, 1]);
    showMapMessage(mapWith(box), 'code');
    expect([box.textContent, box.writes]).toEqual(['La carte n’a pas pu se charger.', 2]);
  });

  it('ne fait rien sur une carte sans zone de message', () => {
    expect(() => showMapMessage(mapWith(null), 'code')).not.toThrow();
  });
});
