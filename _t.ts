import { checkPackSections, partnersSection, partnerTypesSection, territorySection } from './packages/content/src/index.ts';
import { readFileSync } from 'node:fs';
const text = readFileSync('demo/packs/directory-2000.json', 'utf8');
const sections = [territorySection, partnersSection, partnerTypesSection];
const firsts = [];
const times = [];
for (let i = 0; i < 30; i++) { const json = JSON.parse(text); const t = performance.now(); checkPackSections(json, sections); times.push(performance.now() - t); }
console.log('first', times[0].toFixed(1), 'then median', times.sort((a,b)=>a-b)[15].toFixed(1));
