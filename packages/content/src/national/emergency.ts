import type { Emergency } from '../schema/emergency.js';

/**
 * National emergency situations and numbers, from shared/content/national-facts.md B.4
 * and E (second pass, 2026-11-22) only. Texts stay short: a reader in crisis, on a phone.
 * The winter truce is not written here: the widget computes it from the date (CPCE L412-6).
 */

// service-public.fr F33954 ("numéros d'urgence"), as copied on a co-marquage site.
const f33954 = {
  source: { fr: 'Service-public.fr, fiche F33954', en: 'Service-public.fr, page F33954' },
  sourceUrl: 'https://www.mamoudzou.yt/service-public/particuliers/?xml=F33954',
};
const checked = { verifiedOn: '2026-11-22' };
const emergencyLine = { free: true, alwaysOpen: true, scope: 'national' as const, ...f33954 };

export const nationalEmergency: Emergency = {
  situations: [
    {
      id: 'no-roof',
      title: { fr: "Je n'ai pas de toit ce soir", en: 'I have nowhere to sleep tonight' },
      actions: [
        { fr: "Appelez le 115 : c'est le numéro de l'hébergement d'urgence.", en: 'Call 115, the emergency shelter number.' },
        { fr: 'Pas de place ce soir ? Rappelez le lendemain.', en: 'No place tonight? Call again the next day.' },
        { fr: 'Malade, blessé ou en danger : appelez le 15 ou le 112.', en: 'Ill, injured or in danger: call 15 or 112.' },
      ],
      source: 'Arrêtons les violences 973 ; comité de suivi DALO (2015)',
      sourceUrl: 'https://arretonslesviolences973.com/danger-imminent-ressenti-par-la-victime',
    },
    {
      id: 'eviction',
      title: { fr: "J'ai peur d'être expulsé", en: 'I am afraid of being evicted' },
      actions: [
        { fr: "Appelez SOS Loyers impayés : un juriste de l'ADIL vous informe.", en: 'Call SOS Loyers impayés: a legal adviser from the ADIL will inform you.' },
        { fr: "La trêve d'hiver arrête l'expulsion elle-même, pas la procédure.", en: 'The winter truce stops the eviction itself, not the court procedure.' },
        { fr: 'Le Fonds de solidarité pour le logement (FSL) du département peut aider à payer une dette de loyer.', en: "The département's housing solidarity fund (FSL) can help pay rent arrears." },
      ],
      source: { fr: "Code des procédures civiles d'exécution, art. L412-6", en: 'Code of civil enforcement procedures, art. L412-6' },
      sourceUrl: 'https://lsl.commissairedejustice.com/le-sursis-hivernal-ou--treve-hivernale.html',
    },
    {
      // A neutral title: an abuser reading over a shoulder should not notice it first.
      id: 'violence',
      title: { fr: 'Être en sécurité chez soi', en: 'Being safe at home' },
      actions: [
        { fr: 'En danger immédiat : appelez le 17 ou le 112. Vous ne pouvez pas parler ? Envoyez un SMS au 114.', en: 'In immediate danger: call 17 or 112. Cannot speak? Send a text message to 114.' },
        { fr: "Pour parler à quelqu'un : le 3919, anonyme et gratuit, jour et nuit.", en: 'To talk to someone: 3919, anonymous and free, day and night.' },
        { fr: 'Un enfant est en danger : appelez le 119.', en: 'A child is in danger: call 119.' },
      ],
      source: 'Solidarité Femmes (3919)',
      sourceUrl: 'https://solidaritefemmes.org/appeler-le-3919/',
    },
    {
      id: 'rent-debt',
      title: { fr: "Je n'arrive plus à payer mon loyer", en: "I can't pay my rent any more" },
      actions: [
        { fr: 'Appelez SOS Loyers impayés : appel gratuit, du lundi au vendredi.', en: 'Call SOS Loyers impayés: free call, Monday to Friday.' },
        { fr: 'Demandez une aide au Fonds de solidarité pour le logement (FSL) du département : loyer, charges, eau, énergie.', en: "Ask the département's housing solidarity fund (FSL) for help: rent, charges, water, energy." },
      ],
      source: 'UNCCAS ; loi du 31 mai 1990, art. 6 (FSL)',
      sourceUrl: 'http://www.unccas.org/un-numero-pour-prevenir-les-expulsions',
    },
    {
      id: 'unfit-housing',
      title: { fr: 'Mon logement est dangereux pour ma santé ou ma sécurité', en: 'My home is a danger to my health or safety' },
      actions: [
        { fr: 'Danger immédiat : appelez le 18 (pompiers) ou le 112.', en: 'Immediate danger: call 18 (fire brigade) or 112.' },
        { fr: 'Un logement qui met en danger votre santé ou votre sécurité est un « logement indigne ». Pour savoir qui prévenir, appelez le 39 39.', en: 'A home that puts your health or safety at risk is "unfit housing" (logement indigne). To find out whom to tell, call 39 39.' },
      ],
      source: 'Loi du 31 mai 1990, art. 1-1',
    },
    {
      id: 'discrimination',
      title: { fr: 'On me refuse un logement à cause de qui je suis', en: 'I am refused a home because of who I am' },
      actions: [
        { fr: 'Pour connaître vos droits et les démarches, appelez le 39 39 (Allô Service Public).', en: 'To learn your rights and what to do, call 39 39 (Allô Service Public).' },
      ],
      gap: { fr: "Nous n'avons pas encore de numéro national vérifié pour les discriminations. Demandez conseil au 39 39 ou à un contact local.", en: 'We do not have a verified national number for discrimination yet. Ask 39 39 or a local contact for advice.' },
    },
  ],
  contacts: [
    {
      id: '115',
      name: { fr: "Hébergement d'urgence (Samu social)", en: 'Emergency shelter (Samu social)' },
      phone: '115',
      situations: ['no-roof'],
      scope: 'national',
      source: 'Arrêtons les violences 973',
      sourceUrl: 'https://arretonslesviolences973.com/danger-imminent-ressenti-par-la-victime',
    },
    { id: '15', name: { fr: 'Samu (urgence médicale)', en: 'SAMU (medical emergency)' }, phone: '15', situations: ['no-roof'], ...emergencyLine },
    { id: '17', name: { fr: 'Police ou gendarmerie', en: 'Police' }, phone: '17', situations: ['violence'], ...emergencyLine },
    { id: '18', name: { fr: 'Pompiers', en: 'Fire brigade' }, phone: '18', situations: ['unfit-housing'], ...emergencyLine },
    {
      id: '112',
      name: { fr: "Numéro d'urgence européen", en: 'European emergency number' },
      phone: '112',
      situations: ['no-roof', 'violence', 'unfit-housing'],
      ...emergencyLine,
    },
    {
      id: '114',
      name: { fr: 'Urgence si vous ne pouvez pas parler ou entendre', en: 'Emergency if you cannot speak or hear' },
      description: {
        fr: "Par SMS, avec l'application « Urgence 114 », sur le web ou en visio en langue des signes. Pas d'appel vocal.",
        en: 'By text message, the "Urgence 114" app, the web or video in French Sign Language. No voice calls.',
      },
      sms: '114',
      situations: ['no-roof', 'violence'],
      ...emergencyLine,
      ...checked,
    },
    {
      id: '3919',
      name: 'Violences Femmes Info',
      description: {
        fr: "Anonyme. Gratuit depuis un fixe ou un mobile, en métropole et outre-mer. Accessible aux personnes sourdes ou malentendantes. Ce n'est pas un numéro d'urgence : en danger, appelez le 17 ou le 112.",
        en: 'Anonymous. Free from a landline or a mobile, in mainland France and overseas. Accessible to deaf and hard-of-hearing people. Not an emergency line: in danger, call 17 or 112.',
      },
      hours: { fr: 'En français ; 12 autres langues, pas à toute heure.', en: 'In French; 12 other languages, not at all hours.' },
      phone: '3919',
      free: true,
      alwaysOpen: true,
      situations: ['violence'],
      scope: 'national',
      source: 'Solidarité Femmes',
      sourceUrl: 'https://solidaritefemmes.org/appeler-le-3919/',
    },
    {
      id: '119',
      name: { fr: 'Allô enfance en danger', en: 'Child in danger helpline' },
      description: { fr: "N'apparaît pas sur les factures de téléphone.", en: 'Does not appear on phone bills.' },
      phone: '119',
      free: true,
      alwaysOpen: true,
      situations: ['violence'],
      scope: 'national',
      source: { fr: "Numéros d'urgence (vérification du projet)", en: 'Emergency numbers (checked by the project)' },
      ...checked,
    },
    {
      id: 'sos-loyers-impayes',
      name: 'SOS Loyers impayés',
      description: {
        fr: "Pour les locataires et les propriétaires. Un juriste de l'ADIL la plus proche vous informe. L'ADIL ne verse pas d'aide. Outre-mer : appelez l'ADIL de votre département.",
        en: 'For tenants and landlords. A legal adviser from the nearest ADIL informs you. The ADIL does not pay any aid. Overseas: call the ADIL of your département.',
      },
      hours: { fr: 'Du lundi au vendredi.', en: 'Monday to Friday.' },
      phone: '0 805 160 075',
      free: true,
      situations: ['eviction', 'rent-debt'],
      scope: 'national',
      source: 'UNCCAS',
      sourceUrl: 'http://www.unccas.org/un-numero-pour-prevenir-les-expulsions',
    },
    {
      id: 'allo-service-public',
      name: 'Allô Service Public',
      description: { fr: 'Renseignements sur vos droits et vos démarches.', en: 'Information on your rights and procedures.' },
      phone: '39 39',
      situations: ['eviction', 'rent-debt', 'unfit-housing', 'discrimination'],
      scope: 'national',
      source: 'Service-public.fr',
      sourceUrl: 'https://service-public.fr/P10007',
    },
  ],
};
