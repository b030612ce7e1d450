/** The pure rules of the circuit: order, numbers, side paths, dates. */
import { nationalPack, type CircuitStep } from '@voix-logement/content';
import { formatDate, planCircuit } from '../src/circuit.js';

const step = (id: string, extra: Partial<CircuitStep> = {}): CircuitStep => ({ id, ...extra });
const order = (steps: CircuitStep[]) => planCircuit(steps).steps.map((p) => `${p.number}:${p.step.id}`);

describe('planCircuit', () => {
  it('numbers the national steps 1 to 8 in the order of api.md, side paths under scoring and offer', () => {
    const plan = planCircuit(nationalPack.circuit.steps ?? []);
    expect(plan.steps.map((p) => p.step.id)).to.deep.equal([
      'prepare',
      'apply',
      'registration-number',
      'renewal',
      'scoring',
      'commission',
      'offer',
      'lease',
    ]);
    expect(plan.steps.map((p) => p.sidePaths.map((s) => s.id))).to.deep.equal([
      [],
      [],
      [],
      [],
      ['long-wait'],
      [],
      ['refusal'],
      [],
    ]);
    expect(plan.ids).to.have.length(10);
    expect(plan.misplaced).to.deep.equal([]);
  });

  // [situation, steps, expected order]
  const rows: [string, CircuitStep[], string[]][] = [
    ['keeps the order given', [step('a'), step('b')], ['1:a', '2:b']],
    ['places a step after the one it names', [step('a'), step('b'), step('x', { after: 'a' })], ['1:a', '2:x', '3:b']],
    [
      'keeps a pack’s own order for two steps after the same one',
      [step('a'), step('b'), step('x', { after: 'a' }), step('y', { after: 'a' })],
      ['1:a', '2:x', '3:y', '4:b'],
    ],
    [
      'places a step after a step the pack also adds',
      [step('a'), step('b'), step('y', { after: 'x' }), step('x', { after: 'a' })],
      ['1:a', '2:x', '3:y', '4:b'],
    ],
    [
      'shows a step whose `after` names nothing at the end',
      [step('x', { after: 'nowhere' }), step('a')],
      ['1:a', '2:x'],
    ],
  ];
  for (const [situation, steps, expected] of rows) {
    it(situation, () => expect(order(steps)).to.deep.equal(expected));
  }

  it('reports a step whose `after` names nothing', () => {
    expect(planCircuit([step('a'), step('x', { after: 'nowhere' })]).misplaced).to.deep.equal([
      { id: 'x', after: 'nowhere' },
    ]);
  });

  it('hangs a side path after another side path under the same step', () => {
    const plan = planCircuit([
      step('a'),
      step('b'),
      step('s', { sidePath: true, after: 'a' }),
      step('t', { sidePath: true, after: 's' }),
    ]);
    expect(plan.steps[0]!.sidePaths.map((s) => s.id)).to.deep.equal(['s', 't']);
    expect(plan.ids).to.deep.equal(['a', 's', 't', 'b']);
  });

  it('hangs a side path with an unknown `after` under the last step, and reports it', () => {
    const plan = planCircuit([step('a'), step('b'), step('s', { sidePath: true, after: 'nowhere' })]);
    expect(plan.steps[1]!.sidePaths.map((s) => s.id)).to.deep.equal(['s']);
    expect(plan.misplaced).to.deep.equal([{ id: 's', after: 'nowhere' }]);
  });
});

describe('formatDate', () => {
  const rows: [string, string, string][] = [
    ['2024-08-01', 'fr', '1er août 2024'],
    ['2024-08-01', 'en', '1 August 2024'],
    ['2021-05-14', 'fr', '14 mai 2021'],
    ['not a date', 'fr', 'not a date'],
  ];
  for (const [iso, locale, expected] of rows) {
    it(`writes ${iso} as "${expected}" in ${locale}`, () => expect(formatDate(iso, locale)).to.equal(expected));
  }
});
