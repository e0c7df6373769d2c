import { describe, expect, it } from 'vitest';
import { nationalPhone, phoneDigits, telHref, toE164 } from '../../src/schemas/phone.ts';

describe('un numéro de téléphone sous chacune de ses formes', () => {
  it.each([
    // written as, digits, as the site writes it, E.164 (data·inclusion), tel: link
    ['02 54 00 00 00', '0254000000', '02 54 00 00 00', '+33254000000', 'tel:+33254000000'],
    ['0254000000', '0254000000', '02 54 00 00 00', '+33254000000', 'tel:+33254000000'],
    ['+33 2 54 00 00 00', '0254000000', '02 54 00 00 00', '+33254000000', 'tel:+33254000000'],
    ['+33254000000', '0254000000', '02 54 00 00 00', '+33254000000', 'tel:+33254000000'],
    ['02.54.00.00.00', '0254000000', '02 54 00 00 00', '+33254000000', 'tel:+33254000000'],
    ['06-12-34-56-78', '0612345678', '06 12 34 56 78', '+33612345678', 'tel:+33612345678'],
    ['3949', undefined, undefined, undefined, undefined],
    ['00 54 00 00 00', undefined, undefined, undefined, undefined],
    ['+32 2 54 00 00 00', undefined, undefined, undefined, undefined],
    ['', undefined, undefined, undefined, undefined],
    [undefined, undefined, undefined, undefined, undefined],
  ])('%s', (phone, digits, national, international, href) => {
    expect([phoneDigits(phone), nationalPhone(phone), toE164(phone), telHref(phone)]).toEqual([
      digits,
      national,
      international,
      href,
    ]);
  });
});
