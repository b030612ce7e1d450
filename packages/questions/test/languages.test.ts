/**
 * A territory's pack over the national texts of a language fetched on demand (issue 20): the
 * pack may say a text per locale, as for English; a text it gives in French only replaces the
 * national one in every language (the territory's words, not an older translation).
 */
import { expect } from '@open-wc/testing';
import { vi } from 'vitest';
import '@voix-logement/questions';
import { clearLocaleFiles } from '@voix-logement/core/testing';
import { captureWarnings, jsonResponse, render } from '../../core/test/shared-contract.js';

const text = (el: HTMLElement) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');

describe('<vl-questions> in Arabic with a territory pack', () => {
  captureWarnings();
  beforeEach(() => clearLocaleFiles());

  async function withPack(question: Record<string, string>) {
    const realFetch = window.fetch.bind(window);
    const pack = { schemaVersion: 1, questions: { items: [{ id: 'free', question }] } };
    vi.spyOn(window, 'fetch').mockImplementation((input, init) =>
      String(input).includes('pack.example') ? Promise.resolve(jsonResponse(pack)) : realFetch(input, init),
    );
    return render('vl-questions', { lang: 'ar', 'content-src': 'https://pack.example/pack.json' });
  }

  it("shows the pack's Arabic text where it gives one, the national Arabic elsewhere", async () => {
    const file = (await (await fetch('/packages/core/src/locales/vl-questions.ar.json')).json()) as {
      texts: Record<string, string>;
    };
    const el = await withPack({ fr: 'Question du territoire', ar: 'سؤال المنطقة' });
    expect(text(el)).to.contain('سؤال المنطقة');
    expect(text(el)).to.not.contain('Question du territoire');
    expect(text(el)).to.contain(file.texts['questions.items.free.answer']!.replace(/\s+/g, ' '));
  });

  it("shows the pack's French where it gives no Arabic", async () => {
    const el = await withPack({ fr: 'Question du territoire' });
    expect(text(el)).to.contain('Question du territoire');
  });
});
