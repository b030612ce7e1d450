// scripts/size-without.mjs, the figures behind a decision on api.md's budgets: it must keep
// measuring what it says. One file, both ways: taking English or every national text out
// makes it smaller, and the baseline it compares with is the real build's size.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const root = new URL('../..', import.meta.url);
const built = new URL('packages/widgets/dist/vl-demand-circuit.js', root);
const kB = (text) => Number(text) * 1000;

/** [without, with it] in bytes (to 0.1 kB) for vl-demand-circuit.js. */
function measure(mode) {
  const out = execFileSync('node', ['scripts/size-without.mjs', mode, '--file', 'vl-demand-circuit'], {
    cwd: root,
    encoding: 'utf8',
  });
  const line = out.split('\n').find((l) => l.startsWith('vl-demand-circuit.js'));
  assert.ok(line, out);
  const [, without, whole] = /([\d.]+) kB\s+with it ([\d.]+) kB/.exec(line) ?? [];
  return [kB(without), kB(whole)];
}

describe('size:without', () => {
  it('builds the circuit smaller without its English, and smaller still without any national text', () => {
    const [noEnglish, whole] = measure('--no-english');
    const [noText, wholeAgain] = measure('--no-national-text');
    assert.equal(whole, wholeAgain);
    assert.ok(noEnglish < whole, `${noEnglish} < ${whole}`);
    assert.ok(noText < noEnglish, `${noText} < ${noEnglish}`);
    // The baseline goes through the same rewriting as the measured build, and weighs what the real build weighs.
    if (existsSync(built)) {
      const real = gzipSync(readFileSync(built), { level: 9 }).length;
      assert.ok(Math.abs(real - whole) <= 100, `baseline ${whole} vs the built file ${real}`);
    }
  });

  it('refuses an unknown file and a missing choice', () => {
    for (const args of [['--no-english', '--file', 'vl-nothing'], []]) {
      assert.throws(() => execFileSync('node', ['scripts/size-without.mjs', ...args], { cwd: root, stdio: 'pipe' }));
    }
  });
});
