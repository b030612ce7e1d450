import type { Circuit } from '../schema/circuit.js';

/**
 * National steps of an application, written only from shared/content/national-facts.md
 * (section B.1, lines 10–29, and section E, lines 159–161). Plain French, one idea a
 * sentence, the official term in brackets; details never repeat the summary. Left out as
 * unconfirmed there: the three-candidate rule (B.1 #8), the four-month court deadline
 * (B.1 #13b). The "délai anormalement long" has no national value (E): a territory pack
 * gives it in `localDelay` on `long-wait`.
 */
export const nationalCircuit: Circuit = {
  steps: [
    {
      id: 'prepare',
      title: { fr: 'Préparer votre demande', en: 'Get ready to apply' },
      summary: {
        fr: 'Tout le monde peut faire une demande. Réunissez vos papiers.',
        en: 'Anyone can apply. Gather your papers.',
      },
      details: [
        {
          fr: 'En ligne : 18 ans ou plus et un numéro de sécurité sociale. Sinon, un guichet.',
          en: 'Online: 18 or over, with a social security number. If not, a desk.',
        },
        {
          fr: 'Une pièce d’identité ou un titre de séjour par personne, et l’avis d’impôt de l’année N-2. Des copies suffisent (arrêté du 22 décembre 2020).',
          en: 'An ID or residence permit for each person, and the tax notice of year N-2. Copies are fine.',
        },
      ],
      source: 'demande-logement-social.gouv.fr',
      sourceUrl: 'https://www.demande-logement-social.gouv.fr/questions',
    },
    {
      id: 'apply',
      title: { fr: 'Déposer votre demande', en: 'Apply' },
      summary: {
        fr: 'En ligne ou à un guichet, gratuitement : une demande par département.',
        en: 'Online or at a desk, free: one application per département.',
      },
      details: [
        {
          fr: 'Guichets (guichet enregistreur) : mairie, CCAS, bailleur, Action Logement, préfecture. Formulaire : Cerfa n° 14069*05.',
          en: 'Desks: town hall, CCAS, landlord, Action Logement, préfecture. Form: Cerfa 14069*05.',
        },
        {
          fr: 'Plusieurs départements ? Faites une demande dans chacun. L’Île-de-France compte pour un (numéro régional unique).',
          en: 'Several départements? Apply in each. Île-de-France counts as one.',
        },
      ],
      links: [{ label: 'demande-logement-social.gouv.fr', url: 'https://www.demande-logement-social.gouv.fr/' }],
      source: 'cotedazurhabitat.fr ; F10007 ; justice.fr',
      sourceUrl: 'https://www.cotedazurhabitat.fr/procedure-dune-demande',
    },
    {
      id: 'registration-number',
      title: { fr: 'Recevoir votre numéro de demande', en: 'Get your application number' },
      summary: {
        fr: 'Une attestation avec votre numéro arrive en un mois au plus.',
        en: 'A certificate with your number arrives within one month.',
      },
      details: [
        {
          fr: 'En ligne : environ 5 jours ouvrés après la vérification de votre identité.',
          en: 'Online: about 5 working days after your ID is checked.',
        },
        {
          fr: 'Elle donne votre numéro (numéro unique, 18 caractères) et la date, qui compte pour le recours DALO.',
          en: 'It gives your number (numéro unique, 18 characters) and the date, which counts for a DALO appeal.',
        },
        { fr: 'Sans attestation, vous n’êtes pas inscrit.', en: 'Without it, you are not registered.' },
      ],
      source: 'oph2c.corsica ; F10007',
      sourceUrl: 'https://www.oph2c.corsica/demande-de-logement/',
    },
    {
      id: 'renewal',
      title: { fr: 'Renouveler votre demande chaque année', en: 'Renew your application every year' },
      summary: {
        fr: 'Votre demande dure un an. Renouvelez-la avant sa date anniversaire.',
        en: 'Your application lasts one year. Renew it before its anniversary date.',
      },
      warning: {
        fr: 'Sans renouvellement, votre demande est supprimée (radiation). Vous perdez votre ancienneté.',
        en: 'If you do not renew, your application is cancelled (radiation). You lose your waiting time (ancienneté).',
      },
      details: [
        {
          fr: 'Un courrier vous le rappelle un mois avant la date anniversaire.',
          en: 'A letter reminds you one month before.',
        },
      ],
      source: 'service-public.fr F32880 ; manche-habitat.fr',
      verifiedOn: '2021-05-14',
    },
    {
      id: 'scoring',
      title: { fr: 'Recevoir des points (cotation)', en: 'Get points (cotation)' },
      summary: {
        fr: 'Votre demande reçoit des points. Ils aident à choisir, sans décider seuls.',
        en: 'Your application gets points. They help, but do not decide alone.',
      },
      details: [
        {
          fr: 'C’est une aide à la décision. Demandez votre score, votre rang et le temps d’attente moyen.',
          en: 'It is a decision aid. Ask for your score, rank and the average wait.',
        },
      ],
      source: 'ANIL',
      sourceUrl: 'https://anil.org/aj-cotation-demande-logement-hlm',
    },
    {
      id: 'long-wait',
      sidePath: true,
      after: 'scoring',
      title: { fr: 'Si l’attente est trop longue : le recours DALO', en: 'If the wait is too long: the DALO appeal' },
      summary: {
        fr: 'Après un délai anormalement long sans offre adaptée, vous pouvez faire un recours DALO.',
        en: 'After an abnormally long wait with no suitable offer, you can appeal (DALO).',
      },
      details: [
        {
          fr: 'Délai fixé par le préfet, pas de durée nationale. Recours : Cerfa n° 15036*01, ou en ligne.',
          en: 'The préfet sets it; no national figure. Appeal: Cerfa 15036*01, or online.',
        },
        {
          fr: 'Une commission décide en 3 ou 6 mois. Si oui, le préfet doit vous loger en 3 mois (6 outre-mer et agglomérations de plus de 300 000 habitants). Cela ne garantit pas un logement rapide.',
          en: 'A committee decides in 3 or 6 months. If yes, the préfet must house you within 3 months (6 overseas and urban areas over 300,000). It is not quick.',
        },
      ],
      source: 'service-public.fr F18005 ; CCH R441-15, R441-16-1',
      verifiedOn: '2024-08-01',
    },
    {
      id: 'commission',
      title: { fr: 'L’examen en commission (CALEOL)', en: 'Review by the allocation committee (CALEOL)' },
      summary: {
        fr: 'Quand un logement vous correspond, une commission examine votre demande.',
        en: 'When a home matches your application, a committee reviews it.',
      },
      details: [
        {
          fr: 'Bailleur, commune, État, intercommunalité et représentants des locataires décident à huis clos.',
          en: 'Landlord, town, State, intercommunality and tenants’ representatives decide, behind closed doors.',
        },
      ],
      source: 'Altéal',
      sourceUrl: 'https://www.xn--altal-dsa.fr/location/je-suis-demandeur/lattribution-dun-logement-social/',
    },
    {
      id: 'offer',
      title: { fr: 'Répondre à une proposition de logement', en: 'Answer a housing offer' },
      summary: {
        fr: 'Vous avez au moins 10 jours pour dire oui ou non.',
        en: 'You have at least 10 days to say yes or no.',
      },
      details: [
        {
          fr: 'Le délai est écrit sur la proposition (article R441-10). Sans réponse à temps, c’est un refus.',
          en: 'The offer states the deadline (article R441-10). No answer in time counts as a refusal.',
        },
      ],
      source: 'CCH R441-10 (juriblio.fr)',
      verifiedOn: '2026-11-22',
    },
    {
      id: 'refusal',
      sidePath: true,
      after: 'offer',
      title: { fr: 'Si vous refusez la proposition', en: 'If you turn down the offer' },
      summary: {
        fr: 'Votre demande reste valable jusqu’à sa date de renouvellement.',
        en: 'Your application stays valid until its renewal date.',
      },
      details: [
        {
          fr: 'Elle vaut pour tous les bailleurs du département. Vos points (cotation) peuvent changer.',
          en: 'It covers every landlord in the département. Your points may change.',
        },
      ],
      source: 'cotedazurhabitat.fr ; ANIL',
      sourceUrl: 'https://www.cotedazurhabitat.fr/procedure-dune-demande',
    },
    {
      id: 'lease',
      title: { fr: 'Signer le bail', en: 'Sign the lease' },
      summary: {
        fr: 'Vous signez le contrat de location (bail). C’est gratuit.',
        en: 'You sign the tenancy agreement (bail). It is free.',
      },
      source: 'service-public.fr F10007',
    },
  ],
};
