import { describe, expect, it } from 'vitest';
import { showMapMessage } from '../../src/scripts/mapMessage.ts';

/** The map's message box as StructureMap.astro renders it (empty, hidden), counting what is written into it. */
class MessageBox {
  #text = '';
  hidden = true;
  writes = 0;
  get textContent() {
    return this.#text;
  }
  set textContent(text: string) {
    this.#text = text;
    this.writes++;
  }
}

function mapWith(box: MessageBox | null): HTMLElement {
  return { querySelector: (selector: string) => (selector === '[data-map-message]' ? box : null) } as never;
}

describe('showMapMessage', () => {
  it('écrit le message dans la zone de la carte et la montre', () => {
    const box = new MessageBox();
    showMapMessage(mapWith(box), 'La carte n’a pas pu se charger.');
    expect([box.textContent, box.hidden]).toEqual(['La carte n’a pas pu se charger.', false]);
  });

  it('n’écrit pas deux fois le même message (chaque tuile en échec le redemande) : il est annoncé une fois', () => {
    const box = new MessageBox();
    for (let tile = 0; tile < 5; tile++) showMapMessage(mapWith(box), 'Le fond de carte ne s’affiche pas.');
    expect(box.writes).toBe(1);
    showMapMessage(mapWith(box), 'La carte n’a pas pu se charger.');
    expect([box.textContent, box.writes]).toEqual(['La carte n’a pas pu se charger.', 2]);
  });

  it('ne fait rien sur une carte sans zone de message', () => {
    expect(() => showMapMessage(mapWith(null), 'La carte n’a pas pu se charger.')).not.toThrow();
  });
});
