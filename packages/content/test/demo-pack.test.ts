/**
 * The demo pack (Val de Lône, fictional) as applicants read it: no doubt in any public text
 * (issue 15: doubts belong to metadata and to staff notes), and where it repeats a national
 * text it says what the national text says (national-facts.md F).
 */
import demoPack from '../../../demo/packs/val-de-lone.json';

/** Every string of the pack with its JSON path, staff notes left out (audience="staff" only). */
function publicTexts(value: unknown, path = '$'): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => publicTexts(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value)
      .filter(([key]) => key !== 'staffNote')
      .flatMap(([key, v]) => publicTexts(v, `${path}.${key}`));
  return [];
}
const texts = publicTexts(demoPack);

describe('the demo pack, as applicants read it', () => {
  it('holds no doubt in any public text', () => {
    const doubts =
      /à confirmer|à vérifier|information manquante|cette liste date|vérification du projet|non trouvé|non disponible|to be confirmed|missing information/i;
    expect(texts.filter(([, t]) => doubts.test(t)).map(([path]) => path)).to.deep.equal([]);
  });

  it('says the tax notice as years, never "N-2" nor "dernier avis"', () => {
    expect(texts.filter(([, t]) => /\bN-[12]\b|dernier avis|latest tax notice/i.test(t)).map(([p]) => p)).to.deep.equal(
      [],
    );
  });

  it('never says the lease is free', () => {
    expect(texts.filter(([, t]) => /bail.*gratuit|gratuit.*bail|lease is free/i.test(t)).map(([p]) => p)).to.deep.equal(
      [],
    );
  });

  it('says, beside its delay, that DALO needs no wait in serious situations (F)', () => {
    const longWait = demoPack.circuit.steps.find((s) => s.id === 'long-wait')!;
    expect(longWait.localDelay!.fr).to.contain('Dans les situations graves, vous n’avez pas à l’attendre.');
  });

  it('keeps the national refusal-after-DALO line in its refusal override (F)', () => {
    const refusal = demoPack.questions.items.find((q) => q.id === 'refusal')!;
    expect(refusal.details!.map((d) => d.fr).join(' ')).to.contain('Après une décision DALO');
  });
});
