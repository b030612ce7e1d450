/** The national situations as the tests see them: ids in api.md's order and their plain names. */
export const ids = ['no-roof', 'eviction', 'violence', 'rent-debt', 'unfit-housing', 'discrimination'];

/** The plain names of the chooser and the compact variant (content `choice`). */
export const choicesFr: Record<string, string> = {
  'no-roof': "Je n'ai nulle part où dormir ce soir",
  eviction: "On veut m'expulser",
  violence: 'Violences à la maison',
  'rent-debt': 'Je ne peux plus payer mon loyer',
  'unfit-housing': 'Mon logement est dangereux',
  discrimination: 'On me refuse à cause de qui je suis',
};
