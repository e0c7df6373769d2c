import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import { SHARE_IMAGE_SIZE } from './shareImages.ts';

/** Fonts come from an npm package, never from the network or the system: every build draws the same image. */
const fontFile = (name: string) =>
  readFileSync(
    createRequire(join(process.cwd(), 'package.json')).resolve(`@fontsource/atkinson-hyperlegible/files/${name}`),
  );

let fonts: Font[] | undefined;
function loadFonts(): Font[] {
  fonts ??= [400, 700].flatMap((weight) =>
    ['latin', 'latin-ext'].map((subset) => ({
      name: 'Atkinson Hyperlegible',
      data: fontFile(`atkinson-hyperlegible-${subset}-${weight}-normal.woff`),
      weight: weight as 400 | 700,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

/** What one preview image says. */
export interface ShareImageText {
  /** The section's title, drawn large. */
  title: string;
  /** The network's short name, drawn above the title. */
  networkName: string;
  /** The network's long name, drawn below. */
  networkLongName: string;
}

/** A tree of elements in the shape satori reads (it takes React elements, but needs no React). */
type Node = { type: string; props: { style?: Record<string, unknown>; children?: Node[] | string } };
const element = (style: Record<string, unknown>, children: Node[] | string): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

/** Draws a 1200×630 PNG preview: flat colours and text only, which keeps it well under 60 KB. */
export async function renderShareImage(text: ShareImageText): Promise<Buffer> {
  const tree = element(
    {
      width: SHARE_IMAGE_SIZE.width,
      height: SHARE_IMAGE_SIZE.height,
      boxSizing: 'border-box',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '72px 80px',
      background: '#0b4f6c',
      color: '#ffffff',
      fontFamily: 'Atkinson Hyperlegible',
      borderBottom: '24px solid #ffbf47',
    },
    [
      element({ fontSize: 56, fontWeight: 700 }, text.networkName),
      element({ fontSize: text.title.length > 20 ? 84 : 104, fontWeight: 700, lineHeight: 1.1 }, text.title),
      element({ fontSize: 30, fontWeight: 400, lineHeight: 1.3 }, text.networkLongName),
    ],
  );
  const svg = await satori(tree as Parameters<typeof satori>[0], { ...SHARE_IMAGE_SIZE, fonts: loadFonts() });
  return new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
}
