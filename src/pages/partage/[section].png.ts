import type { APIRoute, GetStaticPaths } from 'astro';
import { renderShareImage } from '../../lib/renderShareImage.ts';
import type { ShareSection } from '../../lib/shareImages.ts';
import { shareSections } from '../../navigation.ts';
import { territory } from '../../site.config.ts';

/** The preview image of each section, drawn at build time (see BaseLayout's Open Graph tags). */
export const getStaticPaths = (() =>
  shareSections.map((section) => ({ params: { section: section.id }, props: { section } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ section: ShareSection }> = async ({ props }) =>
  new Response(
    new Uint8Array(
      await renderShareImage({
        title: props.section.title,
        networkName: territory.networkName,
        networkLongName: territory.networkLongName,
      }),
    ),
    { headers: { 'Content-Type': 'image/png' } },
  );
