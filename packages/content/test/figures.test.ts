/**
 * The pack's `figures` (issue 21): every figure carries its place, period, source and the day
 * it was checked; the validator refuses one without them, naming the field in French. The
 * CSV import turns a communication service's spreadsheet into those figures, row by row.
 */
import { expect } from '@open-wc/testing';
import { checkPack, validatePack } from '@voix-logement/content';
import { importFigures, parseCsv } from '../src/figures-csv.js';

const territory = {
  name: 'Territoire fictif',
  code: '000000001',
  communeCodes: [
    { name: 'Montval', insee: '00105' },
    { name: 'Corte', insee: '2B096' },
  ],
};
const figure = { figure: 'pending', value: 3412, period: '2025-12-31', source: 'SNE', verifiedOn: '2026-11-20' };
const pack = (items: unknown[]) => ({ schemaVersion: 1, territory, figures: { items } });
const messages = (input: unknown) => {
  const result = validatePack(input);
  return result.ok ? [] : result.problems.map((p) => p.message);
};

describe('the figures of a pack', () => {
  it('accepts a sourced, dated figure for the territory and for a commune', () => {
    const items = [figure, { ...figure, code: '00105', value: 640, sourceUrl: 'https://sne.example/x' }];
    expect(validatePack(pack(items)).ok).to.equal(true);
    expect(checkPack(pack(items)).ok).to.equal(true);
  });

  for (const field of ['source', 'period', 'verifiedOn'] as const) {
    it(`refuses a figure without ${field}, naming the field in French (validator and widgets alike)`, () => {
      const { [field]: _gone, ...rest } = figure;
      const [message] = messages(pack([rest]));
      expect(message).to.match(new RegExp(`^Champ \\$\\.figures\\.items\\[0\\]\\.${field} : obligatoire mais absent`));
      const checked = checkPack(pack([rest]));
      expect(checked.ok ? '' : checked.problem.path).to.equal(`$.figures.items[0].${field}`);
    });
  }

  it('says which figure ids exist, and what a period looks like', () => {
    expect(messages(pack([{ ...figure, figure: 'empty-flats' }]))[0]).to.match(
      /^Champ \$\.figures\.items\[0\]\.figure : reçu "empty-flats", attendu un chiffre parmi pending, /,
    );
    expect(messages(pack([{ ...figure, period: 'fin 2025' }]))[0]).to.contain('une année, une date');
    expect(messages(pack([{ ...figure, value: -3 }]))[0]).to.contain('au moins 0');
    expect(messages(pack([{ ...figure, code: 'Montval' }]))[0]).to.contain('un code INSEE de commune');
  });

  it('refuses a javascript: source link', () => {
    expect(messages(pack([{ ...figure, sourceUrl: 'javascript:alert(1)' }]))[0]).to.match(
      /^Champ \$\.figures\.items\[0\]\.sourceUrl : .*https:\/\//,
    );
  });
});

describe('the figures CSV import', () => {
  const header = 'code;chiffre;valeur;periode;source;url_source;verifie_le';

  it('reads quoted fields, doubled quotes, CRLF, a BOM, comments and blank lines', () => {
    const rows = parseCsv('\uFEFFa;b\r\n# comment\r\n\r\n"x;""y""";"two\nlines"\r\n');
    expect(rows).to.deep.equal([
      { line: 1, fields: ['a', 'b'] },
      { line: 4, fields: ['x;"y"', 'two\nlines'] },
    ]);
  });

  it('turns good rows into figures: French numbers and dates, commune codes, comma separators too', () => {
    const csv = [
      header,
      ';pending;3 412;31/12/2025;SNE;;20/11/2026',
      '00105;applications-per-allocation;6,2;2025;SNE;https://sne.example/x;2026-11-20',
      '2b096;turnover;8,1 %;01/01/2025 au 31/12/2025;RPLS;;20/11/2026',
      '000000001;homes;7820;01/01/2026;RPLS;;20/11/2026',
    ].join('\n');
    const result = importFigures(csv, territory);
    expect(result).to.deep.equal({
      ok: true,
      items: [
        { figure: 'pending', value: 3412, period: '2025-12-31', source: 'SNE', verifiedOn: '2026-11-20' },
        {
          figure: 'applications-per-allocation',
          code: '00105',
          value: 6.2,
          period: '2025',
          source: 'SNE',
          sourceUrl: 'https://sne.example/x',
          verifiedOn: '2026-11-20',
        },
        {
          figure: 'turnover',
          code: '2B096',
          value: 8.1,
          period: '2025-01-01/2025-12-31',
          source: 'RPLS',
          verifiedOn: '2026-11-20',
        },
        { figure: 'homes', value: 7820, period: '2026-01-01', source: 'RPLS', verifiedOn: '2026-11-20' },
      ],
    });
    const comma = importFigures(
      'chiffre,valeur,periode,source,verifie_le\nallocated,548,2025,SNE,20/11/2026',
      territory,
    );
    expect(comma.ok && comma.items[0]).to.deep.equal({
      figure: 'allocated',
      value: 548,
      period: '2025',
      source: 'SNE',
      verifiedOn: '2026-11-20',
    });
    expect(result.ok && validatePack(pack(result.items)).ok).to.equal(true);
  });

  it('names the line and the column of every bad cell, in French', () => {
    const csv = [
      header,
      '99999;pendings;douze;31/02/2025;;javascript:alert(1);hier',
      ';pending;1;2025;SNE;;20/11/2026',
      ';pending;2;2025;SNE;;20/11/2026',
    ].join('\n');
    const result = importFigures(csv, territory);
    expect(result.ok).to.equal(false);
    const found = result.ok ? [] : result.problems.map((p) => p.message.replace(/ : reçu.*| : "pending".*/, ''));
    expect(found).to.deep.equal([
      'Ligne 2, colonne « code » (A)',
      'Ligne 2, colonne « chiffre » (B)',
      'Ligne 2, colonne « valeur » (C)',
      'Ligne 2, colonne « periode » (D)',
      'Ligne 2, colonne « source » (E)',
      'Ligne 2, colonne « url_source » (F)',
      'Ligne 2, colonne « verifie_le » (G)',
      'Ligne 4, colonne « chiffre » (B)',
    ]);
    expect(result.ok ? '' : result.problems.at(-1)!.message).to.contain('déjà donné ligne 3 pour le territoire');
  });

  it('says which columns are missing from the header, and when there is no row', () => {
    const noColumns = importFigures('code;chiffre;valeur\n;pending;1', territory);
    expect(noColumns.ok ? '' : noColumns.problems[0]!.message).to.match(
      /^Ligne 1 \(en-tête\) : colonnes « periode », « source », « verifie_le » absentes/,
    );
    const empty = importFigures(`${header}\n# rien\n`, territory);
    expect(empty.ok ? '' : empty.problems[0]!.message).to.contain('aucune ligne de chiffre');
  });
});
