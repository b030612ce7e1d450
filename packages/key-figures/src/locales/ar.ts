
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'figures.whole-territory': `Tout le territoire`,
'figures.title': `Le logement social en chiffres`,
'figures.empty': `Les chiffres du logement social (demandes en attente, logements attribués, temps d'attente) sont publiés par chaque territoire, à partir de l'enregistrement national des demandes et des données des bailleurs sociaux.`,
'figures.action': `Ces chiffres décrivent le passé, pas votre demande. Pour garder vos chances : renouvelez votre demande chaque année et, si vous le pouvez, demandez plusieurs communes.`,
'figures.pending.one': str`${0}, ${1} demande de logement social en attente.`,
'figures.pending.other': str`${0}, ${1} demandes de logement social en attente.`,
'figures.transfers.one': str`${0}, ${1} de ces demandes vient d'un locataire HLM qui veut changer de logement.`,
'figures.transfers.other': str`${0}, ${1} de ces demandes viennent de locataires HLM qui veulent changer de logement.`,
'figures.allocated.one': str`${0}, ${1} logement social attribué.`,
'figures.allocated.other': str`${0}, ${1} logements sociaux attribués.`,
'figures.ratio.one': str`${0}, 1 logement attribué pour ${1} demande.`,
'figures.ratio.other': str`${0}, 1 logement attribué pour ${1} demandes.`,
'figures.homes.one': str`${0}, ${1} logement social.`,
'figures.homes.other': str`${0}, ${1} logements sociaux.`,
'figures.turnover': str`${0}, ${1} des logements sociaux ont changé de locataire.`,
'figures.percent': str`${0} %`,
'figures.in-year': str`En ${0}`,
'figures.on-day': str`Au ${0}`,
'figures.between': str`Du ${0} au ${1}`,
'figures.source': `Source :`,
'figures.verified-on': str`, vérifié le ${0}`,
'figures.wait-title': `Le temps d'attente, par taille de logement`,
'figures.home': `Logement`,
'figures.median': `Attente médiane`,
'figures.average': `Attente moyenne`,
'figures.median-note': `Attente médiane : la moitié des ménages logés avaient attendu moins longtemps.`,
'figures.months.one': str`${0} mois`,
'figures.months.other': str`${0} mois`,
'figures.size-all': `Tous logements`,
'figures.size-t5': `T5 et plus (5 pièces ou plus)`,
'figures.size-t1': `T1 (1 pièce)`,
'figures.size-rooms': str`T${0} (${1} pièces)`,
    };
  