#!/usr/bin/env node
// Writes the `partners` and `partnerTypes` keys of demo/packs/val-de-lone.json (and only
// those: other keys belong to other widgets). Everything here is fictional: the
// territory, the names, the addresses; phone numbers use the range reserved for fiction
// (04 65 71 xx xx), emails and websites the reserved .example domain.
// Run from the repository root: node packages/directory/scripts/demo-partners.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const file = 'demo/packs/val-de-lone.json';
const all = ['Lônes-les-Bains', 'Écoulanges', 'Saint-Éloi-la-Rivière', 'Bourg-des-Prés', 'Montval', 'Les Ormeaux'];
const T = 'logement-hebergement--';
const s = {
  apply: {
    nom: { fr: 'Enregistrer une demande de logement social', en: 'Register a social housing application' },
    thematiques: [`${T}louer-un-logement`],
  },
  info: {
    nom: { fr: 'Expliquer les démarches de logement', en: 'Explain housing procedures' },
    thematiques: [`${T}sinformer-sur-les-demarches-liees-a-lacces-au-logement`],
  },
  debt: {
    nom: { fr: 'Aider en cas de loyers impayés', en: 'Help with unpaid rent' },
    thematiques: [`${T}reduire-les-impayes-de-loyer`],
  },
  keep: {
    nom: { fr: 'Aider à garder son logement', en: 'Help you keep your home' },
    thematiques: [`${T}se-maintenir-dans-le-logement`],
  },
  shelter: {
    nom: { fr: 'Trouver un hébergement pour la nuit', en: 'Find a place to sleep tonight' },
    thematiques: [`${T}rechercher-une-solution-dhebergement-temporaire`],
  },
  move: {
    nom: { fr: 'Changer de logement social (mutation)', en: 'Move to another social home (transfer)' },
    thematiques: [`${T}changer-de-logement`],
  },
  rights: { nom: { fr: 'Conseil sur vos droits de locataire', en: 'Advice on your rights as a tenant' } },
};
const office = 'Mo-Fr 08:30-12:00,13:30-17:00; PH off';
const partners = [
  {
    id: 'lone-habitat',
    nom: 'Lône Habitat (fictif)',
    type: 'landlord',
    description: {
      fr: 'Bailleur social : environ la moitié des logements sociaux du territoire.',
      en: 'Social landlord: about half of the social homes of the territory.',
    },
    services: [s.apply, s.move, s.debt],
    adresse: '4 quai des Tanneurs',
    commune: 'Lônes-les-Bains',
    communes_servies: all,
    horaires_accueil: office,
    telephone: '04 65 71 10 00',
    courriel: 'accueil@lone-habitat.example',
    site_web: 'https://www.lone-habitat.example/',
    accessibilite: {
      fr: 'Accueil de plain-pied. Boucle magnétique au guichet.',
      en: 'Step-free entrance. Hearing loop at the desk.',
    },
  },
  {
    id: 'ecoulanges-logis',
    nom: 'Écoulanges Logis (fictif)',
    type: 'landlord',
    services: [s.apply, s.move],
    adresse: '18 avenue de la Gare',
    commune: 'Écoulanges',
    communes_servies: ['Écoulanges', 'Montval'],
    horaires_accueil: 'Mo-Th 09:00-12:00,14:00-17:00; Fr 09:00-12:00; PH off',
    telephone: '04 65 71 10 20',
    courriel: 'contact@ecoulanges-logis.example',
  },
  {
    id: 'coeur-de-vallee',
    nom: 'Cœur de Vallée Habitat (fictif)',
    type: 'landlord',
    services: [s.apply, s.keep],
    adresse: '2 place du Marché',
    commune: 'Saint-Éloi-la-Rivière',
    communes_servies: ['Saint-Éloi-la-Rivière', 'Bourg-des-Prés'],
    horaires_accueil: 'Mo,We,Fr 09:00-12:30; Tu,Th 13:30-18:00; PH off',
    telephone: '04 65 71 10 40',
    site_web: 'https://coeur-de-vallee.example/',
  },
  {
    id: 'foyer-des-ormeaux',
    nom: 'Foyer des Ormeaux (fictif)',
    type: 'landlord',
    services: [s.apply],
    adresse: '9 allée des Charmes',
    commune: 'Les Ormeaux',
    horaires_accueil: 'Tu,Th 09:00-12:00',
    telephone: '04 65 71 10 60',
  },
  {
    id: 'ccas-lones',
    nom: 'CCAS de Lônes-les-Bains (fictif)',
    type: 'ccas',
    services: [s.apply, s.debt, s.info],
    adresse: 'Hôtel de ville, 1 place de la République',
    commune: 'Lônes-les-Bains',
    horaires_accueil: office,
    telephone: '04 65 71 20 00',
    courriel: 'ccas@lones-les-bains.example',
    accessibilite: {
      fr: 'Ascenseur. Interprète en langue des signes sur rendez-vous.',
      en: 'Lift. Sign language interpreter by appointment.',
    },
  },
  {
    id: 'ccas-ecoulanges',
    nom: "CCAS d'Écoulanges (fictif)",
    type: 'ccas',
    services: [s.apply, s.info],
    adresse: '3 rue du Lavoir',
    commune: 'Écoulanges',
    horaires_accueil: 'Mo-Fr 09:00-12:00; We 14:00-17:00; PH off',
    telephone: '04 65 71 20 20',
  },
  {
    id: 'ccas-saint-eloi',
    nom: 'CCAS de Saint-Éloi-la-Rivière (fictif)',
    type: 'ccas',
    services: [s.apply, s.debt],
    adresse: '12 Grande Rue',
    commune: 'Saint-Éloi-la-Rivière',
    horaires_accueil: 'Mo,Tu,Th 08:30-12:00',
    telephone: '04 65 71 20 40',
  },
  {
    id: 'ccas-montval',
    nom: 'CCAS de Montval (fictif)',
    type: 'ccas',
    services: [s.info],
    adresse: 'Mairie, 5 rue des Écoles',
    commune: 'Montval',
    communes_servies: ['Montval', 'Les Ormeaux'],
    horaires_accueil: 'We 09:00-12:00; Sa 09:00-11:00',
    telephone: '04 65 71 20 60',
  },
  {
    id: 'ccas-bourg-des-pres',
    nom: 'CCAS de Bourg-des-Prés (fictif)',
    type: 'ccas',
    services: [s.apply, s.info],
    adresse: '1 place de l’Église',
    commune: 'Bourg-des-Prés',
    horaires_accueil: 'Mo,Th 14:00-17:00',
    telephone: '04 65 71 20 80',
  },
  {
    id: 'toit-partage',
    nom: 'Association Toit Partagé (fictive)',
    type: 'association',
    description: {
      fr: 'Accompagne les familles dans leurs démarches, avec ou sans rendez-vous.',
      en: 'Helps families with their procedures, with or without an appointment.',
    },
    services: [s.info, s.keep, s.debt],
    adresse: '27 rue Victor-Hugo',
    commune: 'Lônes-les-Bains',
    communes_servies: all,
    horaires_accueil: 'Tu-Fr 10:00-18:00; Sa 10:00-12:00',
    telephone: '04 65 71 30 00',
    courriel: 'bonjour@toit-partage.example',
    site_web: 'https://toit-partage.example/',
  },
  {
    id: 'droits-logement-val',
    nom: 'Permanence Droits et Logement du Val (fictive)',
    type: 'association',
    services: [s.rights, s.info],
    adresse: 'Maison des associations, 8 rue Pasteur',
    commune: 'Écoulanges',
    communes_servies: all,
    horaires_accueil: 'We 14:00-18:00; Sa 09:00-12:00',
    telephone: '04 65 71 30 20',
  },
  {
    id: 'compagnons-du-bati',
    nom: 'Les Compagnons du Bâti (fictive)',
    type: 'association',
    services: [s.keep],
    adresse: '6 chemin des Vignes',
    commune: 'Montval',
    communes_servies: ['Montval', 'Bourg-des-Prés', 'Les Ormeaux'],
    horaires_accueil: 'Mo-Fr 09:00-17:00; PH off',
    telephone: '04 65 71 30 40',
  },
  {
    id: 'la-passerelle',
    nom: 'Accueil de nuit La Passerelle (fictif)',
    type: 'shelter',
    description: {
      fr: 'Accueil du soir pour les personnes sans solution pour la nuit.',
      en: 'Evening desk for people with nowhere to sleep tonight.',
    },
    services: [s.shelter],
    adresse: '40 rue du Port',
    commune: 'Lônes-les-Bains',
    communes_servies: all,
    horaires_accueil: 'Mo-Su 19:00-01:00',
    telephone: '04 65 71 40 00',
    accessibilite: { fr: 'Accueil de plain-pied. Animaux acceptés.', en: 'Step-free entrance. Pets allowed.' },
  },
  {
    id: 'adil-val-de-lone',
    nom: 'ADIL du Val de Lône (fictive)',
    type: 'adil',
    description: {
      fr: 'Conseil gratuit sur le logement : droits, loyer, démarches. L’ADIL informe, elle ne verse pas d’aide.',
      en: 'Free housing advice: rights, rent, procedures. The ADIL informs; it does not pay any aid.',
    },
    services: [s.info, s.rights, s.debt],
    adresse: '15 boulevard Gambetta',
    commune: 'Lônes-les-Bains',
    communes_servies: all,
    horaires_accueil: 'Mo-Th 09:00-12:00,13:30-17:00; Fr 09:00-12:00; PH off',
    telephone: '04 65 71 50 00',
    site_web: 'https://adil-val-de-lone.example/',
  },
  {
    id: 'prefecture-logement',
    nom: { fr: 'Service logement de la préfecture (fictif)', en: 'Prefecture housing service (fictional)' },
    type: 'state',
    services: [s.apply, s.info],
    adresse: '10 rue de la Préfecture',
    commune: 'Lônes-les-Bains',
    communes_servies: all,
    horaires_accueil: 'Mo-Fr 09:00-12:00; PH off',
    telephone: '04 65 71 60 00',
  },
  {
    id: 'maison-habitat',
    nom: "Maison de l'habitat du Val de Lône (fictive)",
    type: 'intercommunality',
    description: {
      fr: 'Le point d’entrée du territoire pour toute question de logement.',
      en: 'The territory’s first stop for any housing question.',
    },
    services: [s.apply, s.info, s.move],
    adresse: '1 esplanade du Val',
    commune: 'Écoulanges',
    communes_servies: all,
    horaires_accueil: 'Mo-Fr 09:00-17:00; Sa 09:00-12:00; PH off',
    telephone: '04 65 71 70 00',
    courriel: 'habitat@val-de-lone.example',
    site_web: 'https://www.val-de-lone.example/habitat',
  },
];
const partnerTypes = [{ id: 'shelter', label: { fr: 'Hébergement d’urgence', en: 'Emergency shelter' } }];

const pack = JSON.parse(readFileSync(file, 'utf8'));
pack.partnerTypes = partnerTypes;
pack.partners = partners;
writeFileSync(file, `${JSON.stringify(pack, null, 2)}\n`);
console.log(`${file}: ${partners.length} partners, ${partnerTypes.length} pack type`);
