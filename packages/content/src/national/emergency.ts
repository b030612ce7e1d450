import type { Emergency } from '../schema/emergency.js';

/**
 * National emergency situations and numbers: shared/content/national-facts.md B.4, E and F
 * (F checked 2026-12-02, stands over the rest) only. Short texts: a reader in crisis, on a
 * phone. Each fact is said once: the contacts carry the details (hours and cost exactly as
 * the facts give them), the actions say what to do first. The winter truce is not written
 * here: the widget computes it from the date (CPCE L412-6).
 */

const national = { scope: 'national' as const };
// service-public.fr F33954 ("numéros d'urgence"), as copied on a co-marquage site.
const line = { free: true, alwaysOpen: true, ...national };
const urgent = {
  ...line,
  source: 'Service-public.fr F33954',
  sourceUrl: 'https://www.mamoudzou.yt/service-public/particuliers/?xml=F33954',
};
const shelter = {
  source: 'Arrêtons les violences 973',
  sourceUrl: 'https://arretonslesviolences973.com/danger-imminent-ressenti-par-la-victime',
};
const fnsf = { source: 'Solidarité Femmes', sourceUrl: 'https://solidaritefemmes.org/appeler-le-3919/' };
const unccas = { source: 'UNCCAS', sourceUrl: 'http://www.unccas.org/un-numero-pour-prevenir-les-expulsions' };
const fsl = {
  fr: 'Le fonds de solidarité pour le logement (FSL) du département peut aider à payer une dette de loyer.',
  en: "The département's housing solidarity fund (FSL) can help pay rent arrears.",
};
const sos = {
  fr: 'Vous avez une dette de loyer ? Appelez SOS Loyers impayés.',
  en: 'Rent arrears? Call SOS Loyers impayés.',
};
const ape = {
  fr: 'Une expulsion vous menace ? Appelez Allô Prévention Expulsion, à toutes les étapes.',
  en: 'Threatened with eviction? Call Allô Prévention Expulsion, at any stage.',
};
const checked = { verifiedOn: '2026-11-22' };
// F, "National numbers to add": each confirmed by two independent pages (named in `source`).
const thirdPass = { verifiedOn: '2026-12-02' };

export const nationalEmergency: Emergency = {
  situations: [
    {
      id: 'no-roof',
      choice: { fr: "Je n'ai nulle part où dormir ce soir", en: 'I have nowhere to sleep tonight' },
      title: { fr: "Je n'ai pas de toit ce soir", en: 'I have nowhere to sleep tonight' },
      actions: [
        { fr: "Appelez le 115 (hébergement d'urgence).", en: 'Call 115 (emergency shelter).' },
        { fr: 'Pas de place ? Rappelez le lendemain.', en: 'No place? Call again the next day.' },
      ],
      ...shelter,
    },
    {
      id: 'eviction',
      choice: { fr: "On veut m'expulser", en: 'They want to evict me' },
      title: { fr: "J'ai peur d'être expulsé", en: 'I am afraid of being evicted' },
      actions: [
        ape,
        sos,
        {
          fr: "La trêve d'hiver arrête l'expulsion, pas la procédure.",
          en: 'The winter truce stops the eviction, not the court case.',
        },
      ],
      source: 'CPCE, art. L412-6',
      sourceUrl: 'https://lsl.commissairedejustice.com/le-sursis-hivernal-ou--treve-hivernale.html',
    },
    {
      // The title names violence plainly (issue 16): a person in danger must recognise it at once;
      // the quick exit and the privacy line are what protect a reader who is watched.
      id: 'violence',
      choice: { fr: 'Violences à la maison', en: 'Violence at home' },
      title: { fr: 'Violences à la maison : se mettre en sécurité', en: 'Violence at home: getting safe' },
      actions: [
        {
          fr: 'En danger : appelez le 17 ou le 112. Sans parler : SMS au 114.',
          en: 'In danger: call 17 or 112. Cannot speak? Text 114.',
        },
        { fr: "Pour parler à quelqu'un : le 3919.", en: 'To talk to someone: 3919.' },
        { fr: 'Un enfant en danger : le 119.', en: 'A child in danger: 119.' },
      ],
      ...fnsf,
    },
    {
      id: 'rent-debt',
      choice: { fr: 'Je ne peux plus payer mon loyer', en: 'I cannot pay my rent any more' },
      title: { fr: "Je n'arrive plus à payer mon loyer", en: "I can't pay my rent any more" },
      actions: [sos, fsl, ape],
      source: 'Loi du 31/05/1990, art. 6 (FSL)',
    },
    {
      id: 'unfit-housing',
      choice: { fr: 'Mon logement est dangereux', en: 'My home is dangerous' },
      title: {
        fr: 'Mon logement est dangereux pour ma santé ou ma sécurité',
        en: 'My home is a danger to my health or safety',
      },
      actions: [
        { fr: 'Danger immédiat : appelez le 18 ou le 112.', en: 'Immediate danger: call 18 or 112.' },
        {
          fr: 'C’est un « logement indigne ». Appelez Info logement indigne pour savoir quoi faire.',
          en: 'This is “unfit housing” (logement indigne). Call Info logement indigne to know what to do.',
        },
      ],
      source: 'Loi du 31/05/1990, art. 1-1',
    },
    {
      id: 'discrimination',
      choice: { fr: 'On me refuse à cause de qui je suis', en: 'I am refused because of who I am' },
      title: { fr: 'On me refuse un logement à cause de qui je suis', en: 'I am refused a home because of who I am' },
      actions: [
        {
          fr: 'Appelez le Défenseur des droits au 39 28, ou écrivez-lui sur antidiscriminations.fr.',
          en: 'Call the Défenseur des droits (rights ombudsman) on 39 28, or write on antidiscriminations.fr.',
        },
        {
          fr: 'Pour connaître vos droits et vos démarches : Allô Service Public, le 39 39.',
          en: 'To learn your rights and the steps to take: Allô Service Public, 39 39.',
        },
      ],
    },
  ],
  contacts: [
    {
      id: '115',
      name: { fr: "Hébergement d'urgence (Samu social)", en: 'Emergency shelter (Samu social)' },
      phone: '115',
      situations: ['no-roof'],
      ...national,
      ...shelter,
    },
    {
      id: '15',
      name: { fr: 'Samu (urgence médicale)', en: 'SAMU (medical emergency)' },
      phone: '15',
      situations: ['no-roof'],
      ...urgent,
    },
    { id: '17', name: { fr: 'Police ou gendarmerie', en: 'Police' }, phone: '17', situations: ['violence'], ...urgent },
    { id: '18', name: { fr: 'Pompiers', en: 'Fire brigade' }, phone: '18', situations: ['unfit-housing'], ...urgent },
    {
      id: '112',
      name: { fr: "Numéro d'urgence européen", en: 'European emergency number' },
      phone: '112',
      situations: ['no-roof', 'violence', 'unfit-housing'],
      ...urgent,
    },
    {
      id: '114',
      name: { fr: 'Urgence si vous ne pouvez pas parler ou entendre', en: 'Emergency if you cannot speak or hear' },
      description: {
        fr: "SMS, appli « Urgence 114 », web ou visio en langue des signes. Pas d'appel vocal.",
        en: 'Text, the "Urgence 114" app, web or sign-language video. No voice calls.',
      },
      sms: '114',
      situations: ['no-roof', 'violence'],
      ...urgent,
      ...checked,
    },
    {
      id: '3919',
      name: 'Violences Femmes Info',
      description: {
        fr: "Anonyme. Métropole et outre-mer. Accessible aux personnes sourdes. Pas un numéro d'urgence : en danger, le 17 ou le 112.",
        en: 'Anonymous. Mainland France and overseas. Accessible to deaf people. Not an emergency line: in danger, 17 or 112.',
      },
      hours: { fr: '12 autres langues, pas à toute heure.', en: '12 other languages, not at all hours.' },
      phone: '3919',
      situations: ['violence'],
      ...line,
      ...fnsf,
    },
    {
      id: '119',
      name: { fr: 'Allô enfance en danger', en: 'Child in danger line' },
      description: { fr: "N'apparaît pas sur la facture.", en: 'Not shown on the phone bill.' },
      phone: '119',
      situations: ['violence'],
      ...line,
      source: 'allo119.gouv.fr',
      sourceUrl: 'https://allo119.gouv.fr',
      ...checked,
    },
    {
      id: 'allo-prevention-expulsion',
      name: 'Allô Prévention Expulsion',
      description: {
        fr: 'Fondation pour le logement (ex-Fondation Abbé Pierre). Conseils à toutes les étapes d’une expulsion. Courriel : contactape@fap.fr.',
        en: 'Fondation pour le logement (formerly Fondation Abbé Pierre). Advice at every stage of an eviction. E-mail: contactape@fap.fr.',
      },
      hours: { fr: 'Du lundi au vendredi, 14 h – 17 h.', en: 'Monday to Friday, 2 pm – 5 pm.' },
      phone: '0 805 299 049',
      free: true,
      situations: ['eviction', 'rent-debt'],
      ...national,
      source: 'ash.tm.fr ; lemediasocial.fr',
      ...thirdPass,
    },
    {
      id: 'sos-loyers-impayes',
      name: 'SOS Loyers impayés',
      description: {
        fr: "Locataires et propriétaires. Un juriste de l'ADIL (agence d'information sur le logement) vous informe ; l'ADIL ne verse pas d'aide. Outre-mer : appelez votre ADIL.",
        en: 'Tenants and landlords. A legal adviser of the ADIL (housing information agency) informs you; the ADIL pays no aid. Overseas: call your ADIL.',
      },
      hours: { fr: 'Du lundi au vendredi.', en: 'Monday to Friday.' },
      phone: '0 805 160 075',
      free: true,
      situations: ['eviction', 'rent-debt'],
      ...national,
      ...unccas,
    },
    {
      id: 'info-logement-indigne',
      name: 'Info logement indigne',
      description: {
        fr: 'Logement dangereux pour la santé ou la sécurité : information et conseils, avec le réseau des ADIL (agences d’information sur le logement).',
        en: 'A home dangerous to health or safety: information and advice, with the network of ADILs (housing information agencies).',
      },
      hours: {
        fr: 'Du lundi au vendredi, 9 h – 12 h et 14 h – 17 h. Prix d’un appel local.',
        en: 'Monday to Friday, 9 am – 12 noon and 2 pm – 5 pm. Price of a local call.',
      },
      phone: '0 806 706 806',
      situations: ['unfit-housing'],
      ...national,
      source: 'dordogne.gouv.fr ; mce-info.org ; banquedesterritoires.fr',
      ...thirdPass,
    },
    {
      id: 'defenseur-des-droits',
      name: 'Défenseur des droits',
      description: {
        fr: 'Discriminations, y compris pour un logement. Aussi sur antidiscriminations.fr : tchat, accès pour les personnes sourdes.',
        en: 'Discrimination, housing included. Also on antidiscriminations.fr: chat, access for deaf people.',
      },
      hours: {
        fr: 'Du lundi au vendredi, 9 h – 18 h. Prix d’un appel local.',
        en: 'Monday to Friday, 9 am – 6 pm. Price of a local call.',
      },
      phone: '39 28',
      url: 'https://antidiscriminations.fr',
      situations: ['discrimination'],
      ...national,
      source: 'vie-publique.fr ; puy-de-dome.gouv.fr ; antidiscriminations.fr',
      sourceUrl: 'https://antidiscriminations.fr',
      ...thirdPass,
    },
    {
      id: 'allo-service-public',
      name: 'Allô Service Public',
      description: { fr: 'Vos droits et vos démarches.', en: 'Your rights and procedures.' },
      phone: '39 39',
      situations: ['eviction', 'rent-debt', 'unfit-housing', 'discrimination'],
      ...national,
      source: 'Service-public.fr',
      sourceUrl: 'https://service-public.fr/P10007',
    },
  ],
};
