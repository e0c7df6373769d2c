/**
 * HTML rendered once per build for a key, shared by every later page that asks for the same key.
 * In `astro dev` every call renders afresh, so that an editor sees each change.
 */
const rendered = new Map<string, Promise<string>>();

/** The HTML of `key`, rendered by `render` the first time the build meets the key. */
export function renderedOnce(key: string, render: () => Promise<string>): Promise<string> {
  if (import.meta.env.DEV) return render();
  let html = rendered.get(key);
  if (!html) rendered.set(key, (html = render()));
  return html;
}
