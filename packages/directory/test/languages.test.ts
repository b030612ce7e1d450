/**
 * The partner count in Arabic and Ukrainian (issue 20): each plural category its own message,
 * chosen as Intl.PluralRules says (Arabic: 0, 1, 2, 3–10, 11–99, 100…; Ukrainian: 1, 2–4, 5…).
 */
import { expect } from '@open-wc/testing';
import { vi } from 'vitest';
import '@voix-logement/directory';
import { clearLocaleFiles } from '@voix-logement/core/testing';
import { captureWarnings, jsonResponse, render } from '../../core/test/shared-contract.js';

type Message = string | { strings: string[]; values: number[] };

describe('<vl-directory> counts partners in Arabic and Ukrainian', () => {
  captureWarnings();
  beforeEach(() => clearLocaleFiles());

  for (const locale of ['ar', 'uk']) {
    it(`says each count with the message of its plural category in ${locale}`, async () => {
      const file = (await (await fetch(`/packages/core/src/locales/vl-directory.${locale}.json`)).json()) as {
        messages: Record<string, Message>;
      };
      const rules = new Intl.PluralRules(locale);
      const realFetch = window.fetch.bind(window);
      const counts = [1, 2, 3, 5, 11, 21, 22, 100];
      const pack = (count: number) => ({
        schemaVersion: 1,
        partners: Array.from({ length: count }, (_, i) => ({ id: `p${i}`, nom: `P ${i}`, type: 'ccas' })),
      });
      vi.spyOn(window, 'fetch').mockImplementation((input, init) => {
        const count = /^https:\/\/pack\.example\/(\d+)\.json$/.exec(String(input))?.[1];
        return count ? Promise.resolve(jsonResponse(pack(Number(count)))) : realFetch(input, init);
      });
      for (const count of counts) {
        const el = await render('vl-directory', { lang: locale, 'content-src': `https://pack.example/${count}.json` });
        const message = file.messages[`directory.count.${rules.select(count)}`]!;
        const expected = typeof message === 'string' ? message : message.strings.join(String(count));
        const shown = el.shadowRoot!.querySelector('[part="count"]')?.textContent?.trim();
        expect(shown, `${locale} ${count}`).to.equal(expected);
      }
    });
  }
});
