import type { Circuit } from '../schema/circuit.js';

/**
 * National steps of an application, written only from shared/content/national-facts.md
 * (section B.1, lines 10–29, and section E, lines 159–161). Plain French, one idea a
 * sentence, the official term in brackets. Left out as unconfirmed there: the
 * three-candidate rule (B.1 #8), the four-month court deadline (B.1 #13b).
 * The "délai anormalement long" has no national value (E): a territory pack gives it
 * in `localDelay` on `long-wait`.
 */
export const nationalCircuit: Circuit = {
  steps: [
    {
      id: 'prepare',
      title: { fr: 'Préparer votre demande', en: 'Get ready to apply' },
      summary: { fr: 'Vérifiez qui peut demander et réunissez vos papiers.', en: 'Check who can apply and gather your papers.' },
      details: [
        { fr: 'Tout le monde peut faire une demande. C’est gratuit.', en: 'Anyone can apply. It is free.' },
        {
          fr: 'Pour avoir un logement social, il faut être français ou avoir un titre de séjour valable. Vos revenus doivent être sous un plafond (plafonds de ressources). Il dépend du nombre de personnes et du lieu.',
          en: 'To get social housing, you must be French or hold a valid residence permit. Your income must be under a limit (plafonds de ressources). It depends on household size and place.',
        },
        {
          fr: 'Pour demander en ligne, il faut avoir 18 ans ou plus, un papier d’identité ou un titre de séjour valable, et un numéro de sécurité sociale pour chaque demandeur. Sinon, allez à un guichet.',
          en: 'To apply online, you must be 18 or over, with an ID or a valid residence permit, and a social security number for each applicant. Otherwise, go to a desk.',
        },
        {
          fr: 'Les papiers : une pièce d’identité ou un titre de séjour pour chaque personne du foyer, et l’avis d’impôt d’il y a deux ans (année N-2). Des copies suffisent. La liste est fixée par l’arrêté du 22 décembre 2020.',
          en: 'Papers: an ID or residence document for each person in the household, and the tax notice from two years ago (year N-2). Copies are accepted. The list is set by the order of 22 December 2020.',
        },
        { fr: 'Un papier en langue étrangère doit être traduit, avec les montants en euros.', en: 'A document in another language must be translated, with amounts in euros.' },
      ],
      source: 'demande-logement-social.gouv.fr ; arrêté du 22/12/2020',
      sourceUrl: 'https://www.demande-logement-social.gouv.fr/questions',
    },
    {
      id: 'apply',
      title: { fr: 'Déposer votre demande', en: 'Apply' },
      summary: { fr: 'En ligne ou à un guichet : une seule demande pour tout le département.', en: 'Online or at a desk: one application covers the whole département.' },
      details: [
        { fr: 'En ligne, sur le site demande-logement-social.gouv.fr.', en: 'Online, on demande-logement-social.gouv.fr.' },
        {
          fr: 'Ou à un guichet (guichet enregistreur) : mairie ou CCAS, bailleur social, Action Logement si votre employeur y cotise, ou préfecture.',
          en: 'Or at a registration desk (guichet enregistreur): town hall or CCAS, social landlord, Action Logement if your employer pays into it, or préfecture.',
        },
        { fr: 'Sur papier, le formulaire est le Cerfa n° 14069*05.', en: 'On paper, the form is Cerfa no. 14069*05.' },
        {
          fr: 'Une demande vaut pour tous les bailleurs du département. Vous cherchez dans plusieurs départements ? Faites une demande dans chacun.',
          en: 'One application covers every social landlord in the département. Looking in several départements? Apply in each one.',
        },
        { fr: 'En Île-de-France, la demande vaut pour toute la région (numéro régional unique).', en: 'In Île-de-France, one application covers the whole region (numéro régional unique).' },
        { fr: 'C’est gratuit, du dépôt jusqu’à la signature du bail.', en: 'It is free, from filing to signing the lease.' },
      ],
      links: [{ label: 'demande-logement-social.gouv.fr', url: 'https://www.demande-logement-social.gouv.fr/' }],
      source: 'cotedazurhabitat.fr ; service-public.fr F10007 ; justice.fr (Cerfa 14069*05)',
      sourceUrl: 'https://www.cotedazurhabitat.fr/procedure-dune-demande',
    },
    {
      id: 'registration-number',
      title: { fr: 'Recevoir votre numéro de demande', en: 'Get your application number' },
      summary: { fr: 'Une attestation avec votre numéro arrive en un mois au plus.', en: 'A certificate with your number arrives within one month at most.' },
      details: [
        { fr: 'Vous recevez une attestation d’enregistrement, en un mois au plus.', en: 'You receive a registration certificate (attestation d’enregistrement) within one month at most.' },
        { fr: 'En ligne, c’est plus rapide : environ 5 jours ouvrés après la vérification de votre identité.', en: 'Online it is faster: about 5 working days after your identity is checked.' },
        {
          fr: 'L’attestation donne votre numéro (le numéro unique d’enregistrement, 18 caractères) et la date de votre demande.',
          en: 'It gives your number (numéro unique d’enregistrement, 18 characters) and the date of your application.',
        },
        { fr: 'Sans attestation, votre demande n’est pas enregistrée.', en: 'Without a certificate, your application is not registered.' },
        { fr: 'Cette date compte : votre temps d’attente part d’elle, pour le recours DALO.', en: 'This date matters: your waiting time counts from it, for a DALO appeal.' },
        { fr: 'Tous les bailleurs sociaux du département voient votre demande.', en: 'Every social landlord in the département can see your application.' },
        {
          fr: 'Votre vie change (naissance, séparation, travail…) ? Modifiez votre demande avec votre numéro, en ligne ou au guichet.',
          en: 'Your life changes (birth, separation, job…)? Update your application with your number, online or at a desk.',
        },
      ],
      source: 'oph2c.corsica ; cotedazurhabitat.fr ; service-public.fr F10007',
      sourceUrl: 'https://www.oph2c.corsica/demande-de-logement/',
    },
    {
      id: 'renewal',
      title: { fr: 'Renouveler votre demande chaque année', en: 'Renew your application every year' },
      summary: { fr: 'Votre demande dure un an. Renouvelez-la avant sa date anniversaire.', en: 'Your application lasts one year. Renew it before its anniversary date.' },
      warning: {
        fr: 'Sans renouvellement, votre demande est supprimée (radiation). Vous perdez votre ancienneté.',
        en: 'If you do not renew, your application is cancelled (radiation). You lose the time you have waited (ancienneté).',
      },
      details: [
        { fr: 'Un courrier vous le rappelle un mois avant la date anniversaire.', en: 'A letter reminds you one month before the anniversary date.' },
        { fr: 'Renouvelez en ligne ou à un guichet. L’attestation de renouvellement arrive en un mois au plus.', en: 'Renew online or at a desk. The renewal certificate arrives within one month at most.' },
        {
          fr: 'Vos revenus dépassent maintenant le plafond ? Votre demande n’est pas supprimée. Mais un logement peut vous être refusé à l’attribution.',
          en: 'Your income is now above the limit? Your application is not cancelled. But a home may be refused to you at allocation.',
        },
        {
          fr: 'La demande est aussi supprimée si vous obtenez un logement, si vous y renoncez par écrit, ou si vous ne répondez pas à un courrier.',
          en: 'The application is also cancelled if you get a home, give it up in writing, or do not answer a letter.',
        },
      ],
      source: 'service-public.fr F32880 ; manche-habitat.fr',
      verifiedOn: '2021-05-14',
    },
    {
      id: 'scoring',
      title: { fr: 'Recevoir des points (cotation)', en: 'Get points (cotation)' },
      summary: { fr: 'Votre demande reçoit des points. Ils aident à choisir, sans décider seuls.', en: 'Your application gets points. They help the choice but do not decide alone.' },
      details: [
        {
          fr: 'Les points viennent de critères publiés, chacun avec un poids. Ils partent des publics prioritaires fixés par la loi et de critères locaux.',
          en: 'Points come from published criteria, each with a weight. They start from the priority groups set by law, plus local criteria.',
        },
        { fr: 'La cotation est une aide à la décision. Elle n’oblige pas à vous attribuer un logement.', en: 'The score is a decision aid. It does not oblige anyone to give you a home.' },
        {
          fr: 'Vous pouvez connaître votre score, le temps d’attente moyen pour une demande comme la vôtre, et votre place parmi ces demandes.',
          en: 'You can know your score, the average waiting time for similar applications, and where you stand among them.',
        },
        { fr: 'La grille de points est publique.', en: 'The scoring grid is public.' },
        {
          fr: 'Elle est obligatoire depuis fin 2023 à Paris et dans les intercommunalités concernées par la loi (article L441-2-8 du code de la construction).',
          en: 'It has been mandatory since the end of 2023 in Paris and in the intercommunalities the law names (article L441-2-8 of the code de la construction).',
        },
        { fr: 'Refuser un logement adapté peut changer vos points, selon les règles locales.', en: 'Turning down a suitable home may change your points, depending on local rules.' },
      ],
      source: 'ANIL ; ministère du Logement (cotation)',
      sourceUrl: 'https://anil.org/aj-cotation-demande-logement-hlm',
    },
    {
      id: 'long-wait',
      sidePath: true,
      after: 'scoring',
      title: { fr: 'Si l’attente est trop longue : le recours DALO', en: 'If the wait is too long: the DALO appeal' },
      summary: {
        fr: 'Après un délai anormalement long sans offre adaptée, vous pouvez faire un recours DALO.',
        en: 'After an abnormally long wait with no suitable offer, you can make a DALO appeal.',
      },
      easyRead: {
        fr: 'Vous attendez depuis trop longtemps ? Vous pouvez demander l’aide d’une commission. C’est le droit au logement (DALO).',
        en: 'Waited too long? You can ask a committee for help. It is the right to housing (DALO).',
      },
      details: [
        { fr: 'Le délai anormalement long est fixé par le préfet, pour chaque département. Il n’y a pas de durée nationale.', en: 'The abnormally long delay (délai anormalement long) is set by the préfet for each département. There is no national figure.' },
        { fr: 'Il se compte à partir de la date de votre demande, écrite sur votre attestation.', en: 'It counts from the date of your application, shown on your certificate.' },
        {
          fr: 'Le recours va à la commission de médiation du département, avec le formulaire Cerfa n° 15036*01 ou en ligne.',
          en: 'The appeal goes to the département’s mediation committee (commission de médiation), with form Cerfa no. 15036*01 or online.',
        },
        {
          fr: 'La commission décide en 3 ou 6 mois. Si elle vous donne raison, le préfet doit vous proposer un logement en 3 mois (6 mois en outre-mer et dans les départements avec une agglomération de plus de 300 000 habitants).',
          en: 'The committee decides within 3 or 6 months. If it agrees with you, the préfet must offer you a home within 3 months (6 months overseas and in départements with a conurbation of over 300,000 people).',
        },
        { fr: 'Le DALO ne garantit pas d’avoir vite un logement.', en: 'DALO does not guarantee a home quickly.' },
      ],
      source: 'service-public.fr F18005 ; CCH R441-15, R441-16-1',
      verifiedOn: '2024-08-01',
    },
    {
      id: 'commission',
      title: { fr: 'L’examen en commission (CALEOL)', en: 'Review by the allocation committee (CALEOL)' },
      summary: { fr: 'Quand un logement vous correspond, une commission examine votre demande.', en: 'When a home matches your application, a committee reviews it.' },
      easyRead: {
        fr: 'Un groupe de personnes lit les demandes. Il choisit qui aura le logement.',
        en: 'A group of people reads the applications. It chooses who gets the home.',
      },
      details: [
        {
          fr: 'D’abord, le bailleur vous demande les papiers qui manquent (dossier complet). La liste est fixée par l’arrêté du 22 décembre 2020.',
          en: 'First, the landlord asks for the missing papers (dossier complet). The list is set by the order of 22 December 2020.',
        },
        {
          fr: 'La commission s’appelle la CALEOL (commission d’attribution des logements et d’examen de l’occupation des logements).',
          en: 'The committee is the CALEOL (commission d’attribution des logements et d’examen de l’occupation des logements).',
        },
        {
          fr: 'Elle réunit le bailleur, la commune, l’État, l’intercommunalité et des représentants des locataires.',
          en: 'Its members include the landlord, the town, the State, the intercommunality and tenants’ representatives.',
        },
        { fr: 'Elle décide à huis clos (sans public).', en: 'It decides behind closed doors.' },
      ],
      source: 'Altéal ; arrêté du 22/12/2020',
      sourceUrl: 'https://www.xn--altal-dsa.fr/location/je-suis-demandeur/lattribution-dun-logement-social/',
    },
    {
      id: 'offer',
      title: { fr: 'Répondre à une proposition de logement', en: 'Answer a housing offer' },
      summary: { fr: 'Vous avez au moins 10 jours pour dire oui ou non.', en: 'You have at least 10 days to say yes or no.' },
      details: [
        { fr: 'Si la commission vous choisit, le bailleur vous fait une proposition.', en: 'If the committee chooses you, the landlord makes you an offer.' },
        {
          fr: 'La proposition donne le délai pour répondre : au moins 10 jours (article R441-10 du code de la construction).',
          en: 'The offer states how long you have to answer: at least 10 days (article R441-10 of the code de la construction).',
        },
        { fr: 'Sans réponse dans ce délai, c’est un refus.', en: 'No answer in time counts as a refusal.' },
      ],
      source: 'CCH R441-10 (juriblio.fr)',
      verifiedOn: '2026-11-22',
    },
    {
      id: 'refusal',
      sidePath: true,
      after: 'offer',
      title: { fr: 'Si vous refusez la proposition', en: 'If you turn down the offer' },
      summary: { fr: 'Votre demande reste valable jusqu’à sa date de renouvellement.', en: 'Your application stays valid until its renewal date.' },
      details: [
        {
          fr: 'Après un refus, votre demande reste valable pour tous les bailleurs du département, jusqu’à sa date de renouvellement.',
          en: 'After a refusal, your application stays valid for every landlord in the département until its renewal date.',
        },
        { fr: 'Vos points (cotation) peuvent changer, selon les règles locales.', en: 'Your points (cotation) may change, depending on local rules.' },
      ],
      source: 'cotedazurhabitat.fr ; ANIL',
      sourceUrl: 'https://www.cotedazurhabitat.fr/procedure-dune-demande',
    },
    {
      id: 'lease',
      title: { fr: 'Signer le bail', en: 'Sign the lease' },
      summary: { fr: 'Vous signez le contrat de location (bail).', en: 'You sign the tenancy agreement (bail).' },
      details: [
        { fr: 'Signer le bail est gratuit : pas de frais de dossier.', en: 'Signing the lease is free: no application fee.' },
        { fr: 'Votre demande s’arrête alors (radiation) : vous avez un logement.', en: 'Your application then ends (radiation): you have a home.' },
      ],
      source: 'service-public.fr F10007 ; manche-habitat.fr',
    },
  ],
};
