// The pack the studio exports (written by test/studio.test.ts, which drives the studio from an
// empty pack to pack.json) passes the validator a communication service runs: `pnpm validate`.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const exported = fileURLToPath(new URL('../fixtures/studio-pack.json', import.meta.url));

describe('the pack exported by the studio', () => {
  it('passes `node scripts/validate.mjs`', () => {
    const run = spawnSync(process.execPath, ['scripts/validate.mjs', exported], { cwd: repo, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /Pack valide/);
    assert.match(run.stdout, /20 partenaires/);
  });

  it('holds what the person entered: 20 partners, the fixed row, the local question with its verdict and staff note, the scoring criterion', () => {
    const pack = JSON.parse(readFileSync(exported, 'utf8'));
    assert.equal(pack.partners.length, 20);
    assert.equal(pack.partners[7].courriel, 'accueil17@exemple.fr');
    const [question] = pack.questions.items;
    assert.equal(question.verdict, 'false');
    assert.equal(question.staffNote.avoid, 'Un délai.');
    assert.deepEqual(pack.eligibility.scoring.criteria, [
      { id: 'critere-fictif-du-test', label: 'Critère fictif du test', points: 40 },
    ]);
  });
});
