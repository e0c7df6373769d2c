import './siteSearch.ts';

/**
 * Opens the search dialog of a header launcher, building it from the launcher's <template> the first time.
 * Loaded only when the launcher is used: until then no search code or index reaches the page.
 */
export function openSearchDialog(launcher: HTMLElement): void {
  let dialog = launcher.querySelector('dialog');
  if (!dialog) {
    launcher.append(launcher.querySelector('template')!.content.cloneNode(true));
    dialog = launcher.querySelector('dialog')!;
    const opened = dialog;
    opened.querySelector('[data-close]')!.addEventListener('click', () => opened.close());
    // A click on the backdrop lands on the dialog itself: close, as Escape does.
    opened.addEventListener('click', (event) => {
      if (event.target === opened) opened.close();
    });
  }
  dialog.showModal();
  dialog.querySelector('input')?.focus();
}
