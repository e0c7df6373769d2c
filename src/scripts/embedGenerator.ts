/**
 * <embed-generator>: builds the `<iframe>` snippet from the partner's choices, refreshes
 * the preview, and copies the code (or selects it when the clipboard is refused).
 * Reads `data-embed-url` (the embed page at the site's own address, for the code), `data-embed-path` (the same page,
 * site-relative, for the preview), `data-vocabulary` and `data-labels`.
 */
import {
  buildEmbedSnippet,
  buildEmbedUrl,
  clampHeight,
  EMBED_HEIGHT,
  embedTitle,
  parseEmbedOptions,
  type EmbedLabels,
} from '../lib/structures/embedUrl.ts';
import type { FilterVocabulary } from '../lib/structures/filters.ts';

class EmbedGenerator extends HTMLElement {
  #timer: number | undefined;

  connectedCallback() {
    const form = this.querySelector('form')!;
    const list = form.querySelector<HTMLInputElement>('[name="afficher-liste"]');
    const height = form.querySelector<HTMLInputElement>('[name="hauteur"]');
    // Runs before the form's listener below, which reads the height. A height the partner typed stays.
    list?.addEventListener('change', () => {
      const [proposed, next] = list.checked
        ? [EMBED_HEIGHT.default, EMBED_HEIGHT.withList]
        : [EMBED_HEIGHT.withList, EMBED_HEIGHT.default];
      if (height && Number(height.value) === proposed) height.value = String(next);
    });
    const controls = this.querySelector<HTMLFieldSetElement>('fieldset[data-controls]');
    if (controls) controls.disabled = false;
    form.addEventListener('input', () => this.#update());
    form.addEventListener('change', () => this.#update());
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#update();
    });
    const copy = this.querySelector<HTMLButtonElement>('[data-copy]')!;
    copy.disabled = false;
    copy.addEventListener('click', () => void this.#copy());
    this.#update();
  }

  #update() {
    const vocabulary = JSON.parse(this.dataset['vocabulary'] ?? '{}') as FilterVocabulary;
    const labels = JSON.parse(this.dataset['labels'] ?? '{}') as EmbedLabels;
    const data = new FormData(this.querySelector('form')!);
    const params = new URLSearchParams();
    for (const [name, value] of data)
      if (typeof value === 'string' && value && name !== 'hauteur') params.append(name, value);
    const options = { ...parseEmbedOptions(params, vocabulary), showList: data.get('afficher-liste') === 'oui' };
    const height = clampHeight(Number(data.get('hauteur')));
    // The code gives the site's own address, as without JavaScript, whatever address this page was opened at (a
    // preview, a second domain); the preview loads from where this page is served.
    const url = buildEmbedUrl(this.dataset['embedUrl'] ?? '', options, vocabulary);
    const shown = buildEmbedUrl(new URL(this.dataset['embedPath'] ?? '', location.href).href, options, vocabulary);
    const title = embedTitle(options, labels);
    this.querySelector<HTMLTextAreaElement>('[data-snippet]')!.value = buildEmbedSnippet({ url, title, height });
    const preview = this.querySelector<HTMLIFrameElement>('[data-preview]')!;
    preview.style.height = `${height}px`;
    preview.title = `Aperçu : ${title}`;
    // Typing a height fires many events: reload the preview once typing stops.
    window.clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => {
      if (preview.src !== shown) preview.src = shown;
    }, 300);
  }

  async #copy() {
    const field = this.querySelector<HTMLTextAreaElement>('[data-snippet]')!;
    const status = this.querySelector<HTMLElement>('[data-copy-status]')!;
    try {
      await navigator.clipboard.writeText(field.value);
      status.textContent = 'Code copié. Collez-le dans le code HTML de votre page.';
    } catch {
      field.focus();
      field.select();
      status.textContent =
        'La copie automatique est bloquée : le code est sélectionné, copiez-le avec Ctrl+C (ou Cmd+C).';
    }
  }
}

if (!customElements.get('embed-generator')) customElements.define('embed-generator', EmbedGenerator);
