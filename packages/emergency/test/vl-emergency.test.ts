import { expect, fixture, html } from '@open-wc/testing';
import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '@voix-logement/emergency';
import demoPack from '../../../demo/packs/val-de-lone.json';
import { ids, choicesFr } from './situations.js';
import { captureWarnings, jsonResponse, render, runSharedContract } from '../../core/test/shared-contract.js';

runSharedContract({ tag: 'vl-emergency', titleFr: 'Que faire en urgence ?', titleEn: 'What to do in an emergency?' });

type El = Awaited<ReturnType<typeof render>>;

/** The headings of a situation shown alone. */
const titlesFr: Record<string, string> = {
  'no-roof': "Je n'ai pas de toit ce soir",
  eviction: "J'ai peur d'être expulsé",
  violence: 'Violences à la maison : se mettre en sécurité',
  'rent-debt': "Je n'arrive plus à payer mon loyer",
  'unfit-housing': 'Mon logement est dangereux pour ma santé ou ma sécurité',
  discrimination: 'On me refuse un logement à cause de qui je suis',
};
/** National numbers each situation must offer (national-facts.md B.4, E and F). */
const numbers: Record<string, string[]> = {
  'no-roof': ['tel:115', 'tel:15', 'tel:112', 'sms:114'],
  eviction: ['tel:0805299049', 'tel:0805160075', 'tel:3939'],
  violence: ['tel:17', 'tel:112', 'sms:114', 'tel:3919', 'tel:119'],
  'rent-debt': ['tel:0805299049', 'tel:0805160075', 'tel:3939'],
  'unfit-housing': ['tel:18', 'tel:112', 'tel:0806706806', 'tel:3939'],
  discrimination: ['tel:3928', 'tel:3939'],
};

/** Only the emergency part of the demo pack: other sections belong to other widgets. */
const localPack = { schemaVersion: 1, territory: demoPack.territory, emergency: demoPack.emergency };

const root = (el: El) => el.shadowRoot!;
const situationHeadings = (el: El) => [...root(el).querySelectorAll('h3')].map((h) => h.textContent!.trim());
const links = (el: El, scope: ParentNode = root(el)) => [...scope.querySelectorAll<HTMLAnchorElement>('a[href]')];
const hrefs = (el: El, scope?: ParentNode) => links(el, scope).map((a) => a.getAttribute('href')!);
/** The tap-to-call and SMS links, not the sources. */
const numbersIn = (scope: ParentNode) =>
  [...scope.querySelectorAll<HTMLAnchorElement>('a[part="call"]')].map((a) => a.getAttribute('href')!);
/** A situation's content: its section when shown alone or compact, its panel in the chooser. */
const section = (el: El, id: string) => root(el).querySelector<HTMLElement>(`#vl-situation-${id}`)!;
const text = (node: Node) => node.textContent!.replace(/\s+/g, ' ').trim();
/** The accessible name of a link made of text: what a screen reader says. */
const nameOf = (a: HTMLAnchorElement) => text(a);

describe('<vl-emergency>', () => {
  const warnings = captureWarnings();

  describe('when no situation is chosen', () => {
    it('offers the six national situations in the order of api.md, by their plain names', async () => {
      const el = await render('vl-emergency');
      expect(situationHeadings(el)).to.deep.equal(ids.map((id) => choicesFr[id]));
      expect(warnings()).to.deep.equal([]);
    });

    it('treats an empty list like no list', async () => {
      const el = await render('vl-emergency', { situations: ' , ' });
      expect(situationHeadings(el)).to.have.length(6);
    });
  });

  for (const id of ids) {
    describe(`when the reader is in the "${id}" situation`, () => {
      it('shows one to three things to do, then the national numbers to call', async () => {
        const el = await render('vl-emergency', { situations: id });
        expect(situationHeadings(el)).to.deep.equal([titlesFr[id]]);
        const actions = section(el, id).querySelectorAll('ol[part="actions"] > li');
        expect(actions.length).to.be.within(1, 3);
        expect(numbersIn(section(el, id))).to.deep.equal(numbers[id]);
      });

      it('has no axe violations, as a card and compact', async () => {
        await expect(await render('vl-emergency', { situations: id })).to.be.accessible();
        await expect(await render('vl-emergency', { situations: id, variant: 'compact' })).to.be.accessible();
      });
    });
  }

  describe('when situations names a subset', () => {
    it('shows only those, in the order given', async () => {
      const el = await render('vl-emergency', { situations: 'violence, no-roof' });
      expect(situationHeadings(el)).to.deep.equal([choicesFr['violence'], choicesFr['no-roof']]);
    });

    it('warns about an unknown id and skips it', async () => {
      const el = await render('vl-emergency', { situations: 'no-roof,flood' });
      expect(situationHeadings(el)).to.deep.equal([titlesFr['no-roof']]);
      expect(warnings().filter((w) => w.startsWith('vl-unknown-id') && w.includes('"flood"'))).to.have.length(1);
    });

    it('shows every situation when no id is known, and warns for each', async () => {
      const el = await render('vl-emergency', { situations: 'flood,<b>fire</b>' });
      expect(situationHeadings(el)).to.have.length(6);
      expect(warnings().filter((w) => w.startsWith('vl-unknown-id'))).to.have.length(2);
    });
  });

  describe('tap-to-call links', () => {
    it('call the number, and say it digit by digit to a screen reader', async () => {
      const el = await render('vl-emergency', { situations: 'no-roof,rent-debt', variant: 'compact' });
      const call115 = links(el).find((a) => a.getAttribute('href') === 'tel:115')!;
      expect(nameOf(call115)).to.equal('Appeler le 115, 1-1-5');
      const sos = links(el).find((a) => a.getAttribute('href') === 'tel:0805160075')!;
      expect(nameOf(sos)).to.equal('Appeler le 0 805 160 075, 0 8-0-5 1-6-0 0-7-5');
    });

    it('reach 114 by SMS only, never by a voice call (facts E)', async () => {
      const el = await render('vl-emergency');
      const all = hrefs(el);
      expect(all.filter((h) => h === 'sms:114')).to.have.length(2);
      expect(all.some((h) => /^tel:\+?114$/.test(h))).to.equal(false);
      const sms = links(el).find((a) => a.getAttribute('href') === 'sms:114')!;
      expect(nameOf(sms)).to.equal('Envoyer un SMS au 114, 1-1-4');
    });

    it('are at least 44 by 44 px, in both variants', async () => {
      const cards = await Promise.all(ids.map((situations) => render('vl-emergency', { situations })));
      for (const [variant, els] of [
        ['card', cards],
        ['compact', [await render('vl-emergency', { variant: 'compact' })]],
      ] as const) {
        const calls = els.flatMap((el) => [...root(el).querySelectorAll<HTMLElement>('[part="call"]')]);
        expect(calls.length).to.be.greaterThan(10);
        for (const call of calls) {
          const box = call.getBoundingClientRect();
          expect(box.height, `${variant} ${call.textContent}`).to.be.at.least(44);
          expect(box.width, `${variant} ${call.textContent}`).to.be.at.least(44);
        }
      }
    });

    it('are reached with the keyboard', async () => {
      const el = await render('vl-emergency', { situations: 'no-roof' });
      await userEvent.keyboard('{Tab}');
      expect(root(el).activeElement?.getAttribute('href')).to.equal('tel:115');
      await userEvent.keyboard('{Tab}');
      expect(root(el).activeElement?.getAttribute('href')).to.equal('tel:15');
    });
  });

  describe('the winter truce', () => {
    const truce = async (today: string, lang = 'fr') =>
      text(
        section(await render('vl-emergency', { situations: 'eviction', today, lang }), 'eviction').querySelector(
          '[part="season"]',
        )!,
      );

    it('on 1 November, says evictions are suspended until 31 March (CPCE L412-6)', async () => {
      const notice = await truce('2026-11-01');
      expect(notice).to.contain("Trêve d'hiver : les expulsions sont suspendues jusqu'au 31 mars 2027 inclus.");
      expect(notice).to.contain('squat');
      expect(notice).to.contain('dettes de loyer, vous restez protégé');
    });

    it('on 31 March, still says it, for one last day', async () => {
      expect(await truce('2027-03-31')).to.contain("suspendues jusqu'au 31 mars 2027 inclus");
    });

    it('on 1 April, says the next truce starts on 1 November', async () => {
      const notice = await truce('2027-04-01');
      expect(notice).to.equal(
        "Ce n'est pas la trêve d'hiver : une expulsion peut avoir lieu. La prochaine trêve commence le 1er novembre 2027. L'eau, elle, ne peut jamais être coupée dans votre résidence principale.",
      );
    });

    it('on 31 October, says the truce starts tomorrow', async () => {
      expect(await truce('2026-10-31')).to.contain('commence le 1er novembre 2026');
    });

    it('speaks English', async () => {
      expect(await truce('2027-01-10', 'en')).to.contain(
        'Winter truce: evictions are suspended up to and including 31 March 2027.',
      );
      expect(await truce('2027-06-10', 'en')).to.contain('The next truce starts on 1 November 2027.');
    });

    it('is shortened in the compact variant', async () => {
      const el = await render('vl-emergency', { situations: 'eviction', today: '2026-12-01', variant: 'compact' });
      const notice = text(root(el).querySelector('[part="season"]')!);
      expect(notice).to.equal("Trêve d'hiver : les expulsions sont suspendues jusqu'au 31 mars 2027 inclus.");
    });

    it('is only in the eviction situation', async () => {
      const el = await render('vl-emergency', { today: '2026-12-01' });
      expect(root(el).querySelectorAll('[part="season"]')).to.have.length(1);
    });

    it("uses today's date, and warns about a date it cannot read", async () => {
      const el = await render('vl-emergency', { situations: 'eviction', today: '31/03/2027' });
      const now = new Date();
      const inTruce = now.getMonth() >= 10 || now.getMonth() <= 2;
      expect(
        text(root(el).querySelector('[part="season"]')!).startsWith(inTruce ? "Trêve d'hiver" : "Ce n'est pas"),
      ).to.equal(true);
      expect(warnings().some((w) => w.startsWith('vl-invalid-attribute') && w.includes('today="31/03/2027"'))).to.equal(
        true,
      );
    });

    it('has no axe violations, in and out of the truce', async () => {
      await expect(await render('vl-emergency', { situations: 'eviction', today: '2026-11-01' })).to.be.accessible();
      await expect(await render('vl-emergency', { situations: 'eviction', today: '2027-04-01' })).to.be.accessible();
    });
  });

  describe('the violence situation', () => {
    it('is named plainly in the chooser, and says how to leave no trace', async () => {
      const el = await render('vl-emergency');
      expect(situationHeadings(el)).to.include('Violences à la maison');
      const alone = await render('vl-emergency', { situations: 'violence' });
      expect(text(root(alone).querySelector('[part="privacy"]')!)).to.equal(
        "L'historique du navigateur peut garder cette visite. Pour l'éviter, ouvrez une fenêtre de navigation privée (menu du navigateur).",
      );
      expect(
        links(alone).every((a) => /^(tel|sms):/.test(a.getAttribute('href')!) || a.closest('[part="sources"]')),
      ).to.equal(true);
    });
  });

  describe('the discrimination situation', () => {
    it('offers the Défenseur des droits, 39 28, with its hours, cost and antidiscriminations.fr (NF F)', async () => {
      const el = await render('vl-emergency', { situations: 'discrimination' });
      expect(root(el).querySelector('[part="gap"]')).to.equal(null);
      const contact = [...root(el).querySelectorAll('[part="contact"]')].find((c) =>
        text(c).startsWith('Défenseur des droits'),
      )!;
      expect(text(contact)).to.contain('antidiscriminations.fr');
      expect(text(contact)).to.contain('Du lundi au vendredi, 9 h – 18 h. Prix d’un appel local.');
      expect(text(contact)).not.to.contain('Gratuit');
      expect(hrefs(el, contact)).to.deep.equal(['tel:3928']);
      await expect(el).to.be.accessible();
    });
  });

  describe('a gap a pack gives a situation', () => {
    it('is shown as a note to know, never as "missing information"', async () => {
      vi.spyOn(window, 'fetch').mockResolvedValue(
        jsonResponse({
          schemaVersion: 1,
          emergency: { situations: [{ id: 'no-roof', gap: 'Le 115 répond la nuit.' }] },
        }),
      );
      const el = await render('vl-emergency', {
        'content-src': 'https://pack.example/gap.json',
        situations: 'no-roof',
      });
      const gap = root(el).querySelector('[part="gap"]')!;
      expect(text(gap)).to.equal('À savoir : Le 115 répond la nuit.');
      expect(text(root(el))).not.to.match(/Information manquante/i);
    });
  });

  describe('the three national lines of December 2026 (NF F)', () => {
    const rows: [string, string, string, string, boolean][] = [
      ['eviction', 'Allô Prévention Expulsion', 'tel:0805299049', 'Du lundi au vendredi, 14 h – 17 h.', true],
      ['rent-debt', 'Allô Prévention Expulsion', 'tel:0805299049', 'Du lundi au vendredi, 14 h – 17 h.', true],
      [
        'unfit-housing',
        'Info logement indigne',
        'tel:0806706806',
        'Du lundi au vendredi, 9 h – 12 h et 14 h – 17 h. Prix d’un appel local.',
        false,
      ],
      ['discrimination', 'Défenseur des droits', 'tel:3928', 'Du lundi au vendredi, 9 h – 18 h.', false],
    ];
    for (const [situation, name, href, hours, free] of rows) {
      it(`"${situation}" offers ${name} (${href}), ${hours}${free ? ' free' : ''}`, async () => {
        const el = await render('vl-emergency', { situations: situation });
        const contact = [...section(el, situation).querySelectorAll('[part="contact"]')].find((c) =>
          text(c).startsWith(name),
        )!;
        expect(hrefs(el, contact)).to.deep.equal([href]);
        expect(text(contact)).to.contain(hours);
        expect(text(contact).includes('Gratuit')).to.equal(free);
      });
    }

    it('during the winter truce, says water is never cut, and electricity and gas not in winter', async () => {
      const el = await render('vl-emergency', { situations: 'eviction', today: '2026-12-03' });
      const notice = text(root(el).querySelector('[part="season"]')!);
      expect(notice).to.contain("L'eau ne peut jamais être coupée dans votre résidence principale");
      expect(notice).to.contain("en hiver, l'électricité et le gaz non plus");
      expect(notice).not.to.contain("Pas de coupure d'énergie ni d'eau");
    });
  });

  describe('variant', () => {
    it('compact keeps the call buttons, puts the actions one tap away and drops details and sources', async () => {
      const el = await render('vl-emergency', { variant: 'compact', situations: 'no-roof' });
      expect(root(el).querySelector('ol')!.checkVisibility()).to.equal(false);
      expect(root(el).querySelector('[part="sources"]')).to.equal(null);
      expect(root(el).querySelector('h4')).to.equal(null);
      expect(hrefs(el)).to.deep.equal(numbers['no-roof']);
      expect(root(el).querySelector('ul[part="contacts"]')!.getAttribute('aria-label')).to.equal('Qui appeler');
    });

    it('card names its sources with their links', async () => {
      const el = await render('vl-emergency', { situations: 'violence' });
      const sources = root(el).querySelector('[part="sources"]')!;
      expect(hrefs(el, sources)).to.include('https://solidaritefemmes.org/appeler-le-3919/');
      expect(text(sources)).to.contain('(vérifié le 22 novembre 2026)');
    });

    it('warns about an unknown variant and shows the card', async () => {
      const el = await render('vl-emergency', { variant: 'tiny', situations: 'no-roof' });
      expect(root(el).querySelector('ol[part="actions"]')).not.to.equal(null);
      expect(warnings().some((w) => w.startsWith('vl-invalid-attribute') && w.includes('variant="tiny"'))).to.equal(
        true,
      );
    });
  });

  describe('in English', () => {
    it('translates the situations, the numbers and the facts', async () => {
      const el = await render('vl-emergency', { lang: 'en', situations: 'no-roof,violence' });
      expect(situationHeadings(el)).to.deep.equal(['I have nowhere to sleep tonight', 'Violence at home']);
      expect(nameOf(links(el).find((a) => a.getAttribute('href') === 'tel:115')!)).to.equal('Call 115, 1-1-5');
      expect(nameOf(links(el).find((a) => a.getAttribute('href') === 'sms:114')!)).to.equal('Text 114, 1-1-4');
      expect(text(root(el))).to.contain('Free · 24/7');
      expect(text(root(el))).to.contain('Who to call');
      await expect(el).to.be.accessible();
    });

    it('has no axe violations in compact', async () => {
      await expect(await render('vl-emergency', { lang: 'en', variant: 'compact' })).to.be.accessible();
    });
  });

  describe("with the territory's pack", () => {
    beforeEach(() => vi.spyOn(window, 'fetch').mockResolvedValue(jsonResponse(localPack)));

    it('lists local contacts after the national numbers, with their opening hours', async () => {
      const el = await render('vl-emergency', {
        'content-src': 'https://pack.example/val.json',
        situations: 'no-roof',
      });
      const s = section(el, 'no-roof');
      expect(numbersIn(s)).to.deep.equal([...numbers['no-roof']!, 'tel:0465712010', 'tel:0465714030']);
      const headings = [...s.querySelectorAll('h4')].map(text);
      expect(headings).to.deep.equal(['Qui appeler', 'Près de chez vous']);
      const local = s.querySelectorAll('ul[part="contacts"]')[1]!;
      expect(text(local)).to.contain('CCAS de Lônes-les-Bains (fictif)');
      expect(text(local)).to.contain('Du lundi au vendredi, 9 h – 12 h et 13 h 30 – 17 h.');
      expect(text(local)).to.contain('Numéro fictif');
      await expect(el).to.be.accessible();
    });

    it('has no axe violations in compact and in English', async () => {
      await expect(
        await render('vl-emergency', { 'content-src': 'https://pack.example/val.json', variant: 'compact' }),
      ).to.be.accessible();
      await expect(
        await render('vl-emergency', { 'content-src': 'https://pack.example/val.json', lang: 'en' }),
      ).to.be.accessible();
    });
  });

  describe('with a pack adding a situation', () => {
    it('shows it when asked, without warning once the pack has arrived', async () => {
      vi.spyOn(window, 'fetch').mockResolvedValue(
        jsonResponse({
          schemaVersion: 1,
          emergency: {
            situations: [{ id: 'flood', title: 'Mon logement est inondé', actions: ['Coupez le courant.'] }],
            contacts: [
              {
                id: 'mairie',
                name: 'Mairie (fictive)',
                phone: '04 65 71 00 00',
                scope: 'local',
                situations: ['flood'],
              },
            ],
          },
        }),
      );
      const el = await render('vl-emergency', {
        'content-src': 'https://pack.example/flood.json',
        situations: 'flood,no-roof',
      });
      expect(situationHeadings(el)).to.deep.equal(['Mon logement est inondé', choicesFr['no-roof']]);
      expect(hrefs(el, section(el, 'flood'))).to.deep.equal(['tel:0465710000']);
      expect(warnings().filter((w) => w.startsWith('vl-unknown-id'))).to.deep.equal([]);
    });
  });

  describe('with a hostile pack', () => {
    it('shows markup as text', async () => {
      vi.spyOn(window, 'fetch').mockResolvedValue(
        jsonResponse({
          schemaVersion: 1,
          emergency: {
            situations: [{ id: 'no-roof', actions: ['<img src=x onerror=alert(1)>'], unconfirmed: true }],
            contacts: [{ id: 'x', name: '<script>alert(1)</script>', phone: '04 65 71 00 00', scope: 'local' }],
          },
        }),
      );
      const el = await render('vl-emergency', {
        'content-src': 'https://pack.example/hostile.json',
        situations: 'no-roof',
      });
      expect(root(el).querySelector('img, script')).to.equal(null);
      expect(text(root(el))).to.contain('<img src=x onerror=alert(1)>');
      expect(text(root(el))).to.contain('<script>alert(1)</script>');
      expect(text(root(el))).not.to.contain('non confirmé');
    });

    it('never renders a javascript: link (the pack is refused, the national numbers stay)', async () => {
      vi.spyOn(window, 'fetch').mockResolvedValue(
        jsonResponse({
          schemaVersion: 1,
          emergency: { contacts: [{ id: 'x', name: 'X', phone: '115', url: 'javascript:alert(1)' }] },
        }),
      );
      const el = await render('vl-emergency', { 'content-src': 'https://pack.example/js.json' });
      expect(hrefs(el).some((h) => /javascript/i.test(h))).to.equal(false);
      expect(hrefs(el)).to.include('tel:115');
      expect(
        warnings().some((w) => w.startsWith('vl-pack-invalid') && w.includes('$.emergency.contacts[0].url')),
      ).to.equal(true);
    });
  });

  describe("when the host's colours lack contrast", () => {
    const style = document.createElement('style');
    style.textContent = `
      .vl-test-bad { --vl-color-primary: #ffff00; --vl-color-on-primary: #ffffff; }
      .vl-test-dark { --vl-color-primary: #9ecbff; --vl-color-on-primary: #0b1b2e; }
      .vl-test-light-danger { --vl-color-danger: #ffb4ab; }`;
    beforeAll(() => document.head.append(style));
    afterAll(() => style.remove());

    const inWrapper = async (className: string) => {
      const wrapper = await fixture(
        html`<div class=${className}><vl-emergency situations="no-roof"></vl-emergency></div>`,
      );
      const el = wrapper.querySelector('vl-emergency')!;
      await el.updateComplete;
      return el;
    };
    const button = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('[part="call"]')!);

    it('falls back to the default colours and warns (yellow on white)', async () => {
      const el = await inWrapper('vl-test-bad');
      expect(button(el).backgroundColor).to.equal('rgb(27, 79, 143)');
      expect(button(el).color).to.equal('rgb(255, 255, 255)');
      expect(warnings().some((w) => w.startsWith('vl-low-contrast') && w.includes('rgb(255, 255, 0)'))).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('keeps the quick exit readable when the host gives a light danger colour', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div class="vl-test-light-danger"><vl-emergency situations="violence"></vl-emergency></div>`,
      );
      const el = wrapper.querySelector('vl-emergency')!;
      await el.updateComplete;
      const exit = getComputedStyle(el.shadowRoot!.querySelector('[part="quick-exit"]')!);
      expect(exit.backgroundColor).to.equal('rgb(179, 38, 30)');
      expect(exit.color).to.equal('rgb(255, 255, 255)');
      expect(
        warnings().some(
          (w) => w.startsWith('vl-low-contrast') && w.includes('--vl-color-danger') && w.includes('#b3261e'),
        ),
      ).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('keeps a readable host pair (a dark theme) without warning', async () => {
      const el = await inWrapper('vl-test-dark');
      expect(button(el).backgroundColor).to.equal('rgb(158, 203, 255)');
      expect(warnings().filter((w) => w.startsWith('vl-low-contrast'))).to.deep.equal([]);
    });

    it('checks colours set with setProperty too, and recovers when they become readable', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><vl-emergency situations="violence"></vl-emergency></div>`,
      );
      wrapper.style.setProperty('--vl-color-primary', 'lightgrey');
      const el = wrapper.querySelector('vl-emergency')!;
      el.requestUpdate();
      await el.updateComplete;
      expect(button(el).backgroundColor).to.equal('rgb(27, 79, 143)');
      expect(warnings().some((w) => w.startsWith('vl-low-contrast') && w.includes('rgb(211, 211, 211)'))).to.equal(
        true,
      );
      wrapper.style.setProperty('--vl-color-primary', '#000000');
      el.requestUpdate();
      await el.updateComplete;
      expect(button(el).backgroundColor).to.equal('rgb(0, 0, 0)');
    });
  });
});
