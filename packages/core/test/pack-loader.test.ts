/**
 * The content pack as partner pages use it: one request per URL, the territory's
 * entries laid over the national ones by id, and every way a pack can fail ending in
 * the national content plus one console warning naming the URL and the field.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { vi } from 'vitest';
import {
  circuitSection,
  emergencySection,
  nationalCircuit,
  nationalEmergency,
  nationalPack,
  packSections,
  resolveSections,
} from '@voix-logement/content';
import { VlElement, loadPack, maxPackBytes, safeHref } from '@voix-logement/core';
import { clearPackCache, setPackTimeout } from '@voix-logement/core/testing';
import { jsonResponse } from './shared-contract.js';

/** What a widget reading every section would show: the pack over the whole national content. */
async function loadContent(src: string) {
  const result = await loadPack(src, packSections);
  return { ...result, content: result.ok ? resolveSections(nationalPack, result.pack) : nationalPack };
}

/** A minimal widget: shows the territory name, the steps and contacts it receives. */
class PackProbe extends VlElement {
  protected static override national = { circuit: nationalCircuit, emergency: nationalEmergency };
  protected static override packSections = [circuitSection, emergencySection];

  override render() {
    const c = this.content;
    return html`${this.renderTitle('Sonde')}
      <p class="territory">${this.t(c.territory?.name)}</p>
      <ol>
        ${c.circuit.steps?.map((s) => html`<li data-id=${s.id}>${this.t(s.title)} ${this.t(s.local)}</li>`)}
      </ol>
      <ul>
        ${c.emergency.contacts?.map(
          (x) =>
            html`<li data-id=${x.id}>
              ${this.t(x.name)} ${x.phone ?? ''}
              ${x.url ? html`<a href=${safeHref(x.url, this) ?? nothing}>site</a>` : nothing}
            </li>`,
        )}
      </ul>`;
  }
}
if (!customElements.get('vl-test-pack-probe')) customElements.define('vl-test-pack-probe', PackProbe);

type Probe = PackProbe & { contentStatus: string };

async function probe(src: string): Promise<Probe> {
  const el = await fixture<Probe>(html`<vl-test-pack-probe content-src=${src}></vl-test-pack-probe>`);
  await el.contentReady;
  await el.updateComplete;
  return el;
}

const textOf = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

/** A fictional local number, in the ARCEP range reserved for fiction (04 65 71 xx xx). */
const localNumber = '04 65 71 00 10';
const firstQuestionId = nationalPack.questions.items![0]!.id;

const overridingPack = {
  schemaVersion: 1,
  territory: { name: 'Val de Lône (fictif)', zone: 'other' },
  circuit: {
    steps: [
      {
        id: 'apply',
        local: { fr: 'Ici, déposez votre demande à la Maison de l’habitat.', en: 'Here, file at the Housing centre.' },
      },
      { id: 'welcome-meeting', title: 'Réunion d’accueil (locale)', after: 'apply' },
    ],
  },
  emergency: {
    contacts: [
      { id: '115', hours: 'Le soir, le 115 local répond aussi par le standard (fictif).' },
      { id: 'ccas-lones', name: 'CCAS de Lônes (fictif)', phone: localNumber, scope: 'local', situations: ['no-roof'] },
    ],
  },
  questions: {
    items: [
      { id: firstQuestionId, answer: 'Réponse locale (fictive).' },
      { id: 'local-rumour', topic: 'apply', question: 'Question locale ?', answer: 'Réponse locale.' },
    ],
  },
};

describe('the content pack loader', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    clearPackCache();
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    setPackTimeout();
    vi.restoreAllMocks();
  });
  const warnings = (): string[] => warn.mock.calls.map((c: unknown[]) => String(c[0]));

  describe('when a territory pack overrides national entries by id and adds its own', () => {
    it('keeps the national fields it does not name, replaces those it names, and adds the new ids', async () => {
      vi.spyOn(window, 'fetch').mockResolvedValue(jsonResponse(overridingPack));
      const { ok, content } = await loadContent('https://pack.example/override.json');
      expect(ok).to.equal(true);

      const steps = content.circuit.steps!;
      const apply = steps.find((s) => s.id === 'apply')!;
      const nationalApply = nationalPack.circuit.steps!.find((s) => s.id === 'apply')!;
      expect(apply.title).to.deep.equal(nationalApply.title);
      expect(apply.local).to.deep.equal(overridingPack.circuit.steps[0]!.local);
      expect(steps.map((s) => s.id)).to.include('welcome-meeting');
      expect(steps.length).to.equal(nationalPack.circuit.steps!.length + 1);

      const contacts = content.emergency.contacts!;
      const c115 = contacts.find((c) => c.id === '115')!;
      expect(c115.phone).to.equal('115');
      expect(c115.hours).to.equal(overridingPack.emergency.contacts[0]!.hours);
      expect(contacts.find((c) => c.id === 'ccas-lones')?.phone).to.equal(localNumber);
      expect(contacts.filter((c) => c.id === '115')).to.have.length(1);

      const items = content.questions.items!;
      const first = items.find((q) => q.id === firstQuestionId)!;
      expect(first.answer).to.equal('Réponse locale (fictive).');
      expect(first.question).to.deep.equal(nationalPack.questions.items![0]!.question);
      expect(items.at(-1)!.id).to.equal('local-rumour');

      expect(content.territory?.name).to.equal('Val de Lône (fictif)');
      expect(warnings()).to.deep.equal([]);
    });

    it('leaves the embedded national content untouched for widgets without a pack', async () => {
      const before = JSON.stringify(nationalPack);
      vi.spyOn(window, 'fetch').mockResolvedValue(jsonResponse(overridingPack));
      await loadContent('https://pack.example/override-untouched.json');
      expect(JSON.stringify(nationalPack)).to.equal(before);
    });

    it('shows the merged content in a widget: the local words and the local number', async () => {
      vi.spyOn(window, 'fetch').mockResolvedValue(jsonResponse(overridingPack));
      const el = await probe('https://pack.example/override-widget.json');
      expect(el.contentStatus).to.equal('territory');
      expect(el.shadowRoot!.querySelector('.territory')!.textContent).to.equal('Val de Lône (fictif)');
      expect(textOf(el)).to.contain('Ici, déposez votre demande à la Maison de l’habitat.');
      expect(el.shadowRoot!.querySelector('[data-id="ccas-lones"]')!.textContent).to.contain(localNumber);
    });
  });

  it('reads a pack the page holds in memory, from a blob: URL of its own origin (the studio preview)', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(overridingPack)], { type: 'application/json' }));
    const el = await probe(url);
    expect(el.contentStatus).to.equal('territory');
    expect(el.shadowRoot!.querySelector('.territory')!.textContent).to.equal('Val de Lône (fictif)');
    URL.revokeObjectURL(url);
  });

  describe('when several widgets name the same pack', () => {
    it('makes one request for all of them, and none later on the page', async () => {
      const fetch = vi.spyOn(window, 'fetch').mockResolvedValue(jsonResponse(overridingPack));
      const wrapper = await fixture(
        html`<div>
          <vl-test-pack-probe content-src="https://pack.example/shared.json"></vl-test-pack-probe>
          <vl-test-pack-probe content-src="https://pack.example/shared.json" lang="en"></vl-test-pack-probe>
          <vl-test-pack-probe content-src="https://pack.example/shared.json"></vl-test-pack-probe>
        </div>`,
      );
      const probes = [...wrapper.querySelectorAll<Probe>('vl-test-pack-probe')];
      await Promise.all(probes.map((p) => p.updateComplete));
      await Promise.all(probes.map((p) => p.contentReady));
      await Promise.all(probes.map((p) => p.updateComplete));
      expect(fetch.mock.calls.length).to.equal(1);
      for (const p of probes) expect(p.contentStatus).to.equal('territory');
      expect(textOf(probes[1]!)).to.contain('Here, file at the Housing centre.');

      const late = await probe('https://pack.example/shared.json');
      expect(late.contentStatus).to.equal('territory');
      expect(fetch.mock.calls.length).to.equal(1);
    });

    it('applies it widget by widget, each in a task of its own (no long task when it arrives)', async () => {
      let arrive = (_: Response) => {};
      vi.spyOn(window, 'fetch').mockReturnValue(new Promise((resolve) => (arrive = resolve)));
      const wrapper = await fixture(
        html`<div>
          <vl-test-pack-probe content-src="https://pack.example/tasks.json"></vl-test-pack-probe>
          <vl-test-pack-probe content-src="https://pack.example/tasks.json"></vl-test-pack-probe>
        </div>`,
      );
      const [first, second] = [...wrapper.querySelectorAll<Probe>('vl-test-pack-probe')];
      await Promise.all([first!.updateComplete, second!.updateComplete]);
      expect([first!.contentStatus, second!.contentStatus]).to.deep.equal(['loading', 'loading']);
      arrive(jsonResponse(overridingPack));
      await first!.contentReady;
      // Still in the task that applied the pack to the first widget: the second one waits.
      expect(first!.contentStatus).to.equal('territory');
      expect(second!.contentStatus).to.equal('loading');
      await second!.contentReady;
      expect(second!.contentStatus).to.equal('territory');
    });

    it('says :state(ready) only once its pack is applied: the partner stylesheet holds its room until then', async () => {
      let arrive = (_: Response) => {};
      vi.spyOn(window, 'fetch').mockReturnValue(new Promise((resolve) => (arrive = resolve)));
      const el = await fixture<Probe>(
        html`<vl-test-pack-probe content-src="https://pack.example/ready.json"></vl-test-pack-probe>`,
      );
      await el.updateComplete;
      expect(el.matches(':state(ready)')).to.equal(false);
      arrive(jsonResponse(overridingPack));
      await el.contentReady;
      await el.updateComplete;
      expect(el.matches(':state(ready)')).to.equal(true);
      const national = await fixture<Probe>(html`<vl-test-pack-probe></vl-test-pack-probe>`);
      await national.updateComplete;
      expect(national.matches(':state(ready)')).to.equal(true);
    });

    it('lets a widget prepare the arrived pack in a task of its own, before the render that shows it', async () => {
      const seen: string[] = [];
      class Preparing extends PackProbe {
        protected override prepare(content: typeof nationalPack): void {
          seen.push(`${this.contentStatus}: ${content.territory?.name}`);
          queueMicrotask(() => seen.push(`same task: ${this.contentStatus}`));
        }
      }
      if (!customElements.get('vl-test-preparing')) customElements.define('vl-test-preparing', Preparing);
      vi.spyOn(window, 'fetch').mockResolvedValue(jsonResponse(overridingPack));
      const el = await fixture<Probe>(
        html`<vl-test-preparing content-src="https://pack.example/prepare.json"></vl-test-preparing>`,
      );
      await el.contentReady;
      await el.updateComplete;
      expect(seen).to.deep.equal(['loading: Val de Lône (fictif)', 'same task: loading']);
      expect(el.contentStatus).to.equal('territory');
      expect(textOf(el)).to.contain('Val de Lône (fictif)');
    });

    it('counts a relative and an absolute spelling of one URL as one request', async () => {
      const fetch = vi.spyOn(window, 'fetch').mockImplementation(async () => jsonResponse(overridingPack));
      const absolute = new URL('/demo/packs/spelling.json', document.baseURI).href;
      await Promise.all([loadContent('/demo/packs/spelling.json'), loadContent(absolute)]);
      expect(fetch.mock.calls.length).to.equal(1);
      expect(String(fetch.mock.calls[0]![0])).to.equal(absolute);
    });

    it('asks without cookies nor referrer', async () => {
      const fetch = vi.spyOn(window, 'fetch').mockResolvedValue(jsonResponse(overridingPack));
      await loadContent('https://pack.example/private.json');
      const init = fetch.mock.calls[0]![1]!;
      expect(init.credentials).to.equal('omit');
      expect(init.referrerPolicy).to.equal('no-referrer');
    });
  });

  /** Each failure: national content, status "failed", one warning with code, URL and detail. */
  async function expectFallback(url: string, code: string, detail: string): Promise<void> {
    const result = await loadContent(url);
    expect(result.ok).to.equal(false);
    expect(result.content).to.equal(nationalPack);
    const el = await probe(url);
    expect(el.contentStatus).to.equal('failed');
    expect(el.shadowRoot!.querySelector('.territory')!.textContent).to.equal('');
    expect(el.shadowRoot!.querySelectorAll('ol li').length).to.equal(nationalPack.circuit.steps!.length);
    const mine = warnings().filter((w) => w.includes(url));
    expect(mine, warnings().join('\n')).to.have.length(1);
    expect(mine[0]).to.contain(`${code}: content pack ${url}`);
    expect(mine[0]).to.contain(detail);
    expect(mine[0]).to.contain('showing the national content');
  }

  describe('when the pack fails', () => {
    it('cannot be fetched (network error)', async () => {
      vi.spyOn(window, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
      await expectFallback('https://pack.example/down.json', 'vl-pack-fetch-failed', 'Failed to fetch');
    });

    it('answers with an HTTP error', async () => {
      vi.spyOn(window, 'fetch').mockResolvedValue(jsonResponse({ error: 'gone' }, 404));
      await expectFallback('https://pack.example/missing.json', 'vl-pack-fetch-failed', 'HTTP 404');
    });

    it('does not answer in time', async () => {
      setPackTimeout(50);
      vi.spyOn(window, 'fetch').mockImplementation(
        (_url, init) =>
          new Promise((_resolve, reject) => {
            init?.signal?.addEventListener('abort', () =>
              reject(new DOMException('The operation was aborted.', 'AbortError')),
            );
          }),
      );
      const started = performance.now();
      await expectFallback('https://pack.example/slow.json', 'vl-pack-timeout', 'no answer within 0.05 s');
      expect(performance.now() - started).to.be.below(2000);
    });

    it('is not JSON', async () => {
      vi.spyOn(window, 'fetch').mockResolvedValue(jsonResponse('<html><body>Erreur</body></html>'));
      await expectFallback('https://pack.example/page.html', 'vl-pack-not-json', 'not valid JSON');
    });

    it('declares more than the size bound', async () => {
      vi.spyOn(window, 'fetch').mockResolvedValue(
        new Response('{}', { headers: { 'content-length': String(10_000_000) } }),
      );
      await expectFallback(
        'https://pack.example/declared-huge.json',
        'vl-pack-too-large',
        `10000000 bytes is more than the ${maxPackBytes} allowed`,
      );
    });

    it('sends 10 MB without saying so: reading stops past the bound', async () => {
      const chunk = new TextEncoder().encode(`"${'x'.repeat(1_000_000 - 2)}"`);
      let pulled = 0;
      vi.spyOn(window, 'fetch').mockImplementation(async () => {
        pulled = 0;
        return new Response(
          new ReadableStream<Uint8Array>({
            pull(controller) {
              pulled++;
              if (pulled > 10) controller.close();
              else controller.enqueue(chunk);
            },
          }),
        );
      });
      await expectFallback(
        'https://pack.example/streamed-huge.json',
        'vl-pack-too-large',
        `is more than the ${maxPackBytes} allowed`,
      );
      expect(pulled).to.be.at.most(Math.ceil(maxPackBytes / chunk.byteLength) + 2);
    });

    it('names the wrong field by its JSON path, in French', async () => {
      vi.spyOn(window, 'fetch').mockResolvedValue(
        jsonResponse({
          schemaVersion: 1,
          emergency: { contacts: [{ id: 'ccas', name: 'CCAS', phone: 'appelez-nous' }] },
        }),
      );
      await expectFallback(
        'https://pack.example/wrong-phone.json',
        'vl-pack-invalid',
        'invalid field $.emergency.contacts[0].phone',
      );
      expect(warnings().join('\n')).to.contain('attendu un numéro de téléphone');
    });

    it('declares a schemaVersion these widgets cannot read', async () => {
      vi.spyOn(window, 'fetch').mockResolvedValue(jsonResponse({ schemaVersion: 2, territory: { name: 'Futur' } }));
      await expectFallback('https://pack.example/v2.json', 'vl-pack-invalid', 'invalid field $.schemaVersion');
      expect(warnings().join('\n')).to.contain('attendu une valeur parmi 1, reçu 2');
    });

    it('is named by a javascript: URL, which is never requested', async () => {
      const fetch = vi.spyOn(window, 'fetch');
      await expectFallback('javascript:alert(1)', 'vl-pack-bad-url', 'https: or http:');
      expect(fetch.mock.calls.length).to.equal(0);
    });

    it('is named by a blob: URL of another origin, which is never requested', async () => {
      const fetch = vi.spyOn(window, 'fetch');
      await expectFallback('blob:https://other.example/1b2c', 'vl-pack-bad-url', 'https: or http:');
      expect(fetch.mock.calls.length).to.equal(0);
    });

    it('is not asked for again after a failure on the same page', async () => {
      const fetch = vi.spyOn(window, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
      await loadContent('https://pack.example/once.json');
      await loadContent('https://pack.example/once.json');
      await probe('https://pack.example/once.json');
      expect(fetch.mock.calls.length).to.equal(1);
      expect(warnings().filter((w) => w.includes('once.json'))).to.have.length(1);
    });
  });

  describe('when a pack is hostile', () => {
    it('shows HTML in its texts as text, never as markup', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      vi.spyOn(window, 'fetch').mockResolvedValue(
        jsonResponse({
          schemaVersion: 1,
          territory: { name: hostile },
          emergency: { contacts: [{ id: 'ccas-x', name: { fr: hostile, en: hostile } }] },
        }),
      );
      const el = await probe('https://pack.example/html-in-text.json');
      expect(el.contentStatus).to.equal('territory');
      expect(el.shadowRoot!.querySelector('.territory')!.textContent).to.equal(hostile);
      expect(el.shadowRoot!.querySelector('[data-id="ccas-x"]')!.textContent).to.contain(hostile);
      expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('refuses a javascript: link and shows the national content, naming the field', async () => {
      vi.spyOn(window, 'fetch').mockResolvedValue(
        jsonResponse({
          schemaVersion: 1,
          emergency: { contacts: [{ id: 'trap', name: 'Piège', url: 'JavaScript:alert(1)' }] },
        }),
      );
      await expectFallback('https://pack.example/js-link.json', 'vl-pack-invalid', '$.emergency.contacts[0].url');
      const el = await probe('https://pack.example/js-link.json');
      const hrefs = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
      expect(hrefs.some((h) => /^\s*javascript:/i.test(h))).to.equal(false);
      expect(el.shadowRoot!.querySelector('[data-id="trap"]')).to.equal(null);
    });

    it('ignores deeply nested junk in an unknown field without reading it', async () => {
      const depth = 100_000;
      const body = `{"schemaVersion":1,"territory":{"name":"Profond"},"junk":${'['.repeat(depth)}${']'.repeat(depth)}}`;
      vi.spyOn(window, 'fetch').mockResolvedValue(jsonResponse(body));
      const started = performance.now();
      const result = await loadContent('https://pack.example/deep-unknown.json');
      expect(performance.now() - started).to.be.below(1000);
      expect(result.ok).to.equal(true);
      expect(result.content.territory?.name).to.equal('Profond');
      expect(JSON.stringify(result.content).includes('junk')).to.equal(false);
    });

    it('refuses deeply nested junk in a known field, naming it', async () => {
      const depth = 100_000;
      const body = `{"schemaVersion":1,"territory":{"name":${'{"fr":'.repeat(depth)}"x"${'}'.repeat(depth)}}}`;
      vi.spyOn(window, 'fetch').mockResolvedValue(jsonResponse(body));
      const started = performance.now();
      await expectFallback('https://pack.example/deep-known.json', 'vl-pack-invalid', 'invalid field $.territory.name');
      expect(performance.now() - started).to.be.below(1500);
    });

    it('refuses a list of millions of entries by its length, before reading them', async () => {
      const body = `{"schemaVersion":1,"emergency":{"contacts":[${Array(1_000_000).fill('0').join(',')}]}}`;
      vi.spyOn(window, 'fetch').mockResolvedValue(jsonResponse(body));
      const started = performance.now();
      const url = 'https://pack.example/long-list.json';
      await expectFallback(url, 'vl-pack-invalid', 'invalid field $.emergency.contacts');
      expect(warnings().join('\n')).to.contain('attendu au plus 200 éléments, reçu 1000000');
      expect(performance.now() - started).to.be.below(1500);
    });

    it('leaves a section the widget does not read unread, however long', async () => {
      const body = `{"schemaVersion":1,"territory":{"name":"Long"},"partners":[${Array(1_000_000).fill('0').join(',')}]}`;
      vi.spyOn(window, 'fetch').mockResolvedValue(jsonResponse(body));
      const el = await probe('https://pack.example/long-unread.json');
      expect(el.contentStatus).to.equal('territory');
      expect(el.shadowRoot!.querySelector('.territory')!.textContent).to.equal('Long');
    });
  });
});
