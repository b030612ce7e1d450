#!/usr/bin/env node
// A big fictional territory for the directory's benchmark and its "2,000 partners" story:
// deterministic (same output every run), fictional names and addresses, phone numbers in
// the range reserved for fiction (04 65 71 xx xx).
// Run from the repository root: node packages/directory/scripts/generate-partners.mjs [count]
// writes demo/packs/directory-2000.json (compact JSON, about 0.5 MB).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const stems = [
  'Écoulanges',
  'Saint-Éloi',
  'Bourg',
  'Montval',
  'Lônes',
  'Les Ormeaux',
  'Cœur-de-Lône',
  'Île-Verte',
  'Prés',
  'Val-Brûlé',
  'Échenoz',
  'Fontaine',
];
const suffixes = ['', '-la-Rivière', '-les-Bains', '-le-Haut', '-sur-Lône'];
export const communes = stems.flatMap((s) => suffixes.map((x) => `${s}${x}`));
const kinds = [
  ['landlord', (c) => `${c} Habitat`],
  ['ccas', (c) => `CCAS de ${c}`],
  ['association', (c) => `Association Toit de ${c}`],
  ['association', (c) => `Entraide logement ${c}`],
  ['adil', (c) => `ADIL, permanence de ${c}`],
  ['state', (c) => `Service de l'État à ${c}`],
  ['intercommunality', (c) => `Maison de l'habitat de ${c}`],
];
const services = [
  'Demande de logement social',
  'Démarches de logement',
  'Loyers impayés',
  'Garder son logement',
  'Hébergement pour la nuit',
  'Mutation',
  'Droits des locataires',
];
const hours = [
  'Mo-Fr 08:30-12:00,13:30-17:00; PH off',
  'Mo-Th 09:00-12:00; Fr 14:00-17:00',
  'Tu,Th 09:00-12:00',
  'Mo-Su 19:00-01:00',
  'We 14:00-18:00; Sa 09:00-12:00; PH off',
];
const streets = [
  'rue des Lilas',
  'place du Marché',
  'avenue de la Gare',
  'chemin des Vignes',
  'quai des Tanneurs',
  'rue Pasteur',
];

/** A content pack with `count` fictional partners. */
export function generatePack(count = 2000) {
  let seed = 42;
  // The high bits of the generator: its low bits cycle (seed % n used 21 of the 60 communes).
  const next = (n) => ((seed = (seed * 1103515245 + 12345) % 2147483648), Math.floor((seed / 2147483648) * n));
  const partners = [];
  for (let i = 0; i < count; i++) {
    const commune = communes[next(communes.length)];
    const [type, name] = kinds[next(kinds.length)];
    const p = {
      id: `p${i}`,
      nom: `${name(commune)} ${i}`,
      type,
      services: next(3) ? [services[next(7)]] : [services[next(3)], services[3 + next(4)]],
      adresse: `${1 + next(90)} ${streets[next(streets.length)]}`,
      commune,
      horaires_accueil: hours[next(hours.length)],
    };
    if (next(2)) p.telephone = `04 65 71 ${String(next(100)).padStart(2, '0')} ${String(next(100)).padStart(2, '0')}`;
    if (next(4) === 0) p.communes_servies = [commune, communes[next(communes.length)]];
    partners.push(p);
  }
  return {
    schemaVersion: 1,
    territory: {
      id: 'grand-val',
      name: 'Grand Val (territoire fictif de test, 2 000 partenaires)',
      zone: 'other',
      communes,
    },
    partners,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const count = Number(process.argv[2] ?? 2000);
  const file = `demo/packs/directory-${count}.json`;
  const json = JSON.stringify(generatePack(count));
  writeFileSync(file, json);
  console.log(`${file}: ${count} partners, ${json.length} bytes`);
}
