<?php
/**
 * French words for the editor: block titles and setting labels. The manifest documents the
 * attributes in English for developers; an editor reads these instead. An attribute missing
 * here still gets a field, labelled with its name and the manifest's description.
 *
 * @package VoixLogement
 */

defined( 'ABSPATH' ) || exit;

/**
 * Translatable labels of the elements and their attributes.
 */
final class Voix_Logement_Labels {

	/**
	 * Block title and description of an element.
	 *
	 * @param string $tag     Tag name.
	 * @param string $summary The manifest's summary, used when the tag has no French title.
	 * @return array{title: string, description: string}
	 */
	public static function element( $tag, $summary ) {
		$titles = array(
			'vl-demand-circuit' => array(
				__( 'Logement social : le parcours de la demande', 'voix-logement' ),
				__( 'Les étapes d’une demande de logement social, du dépôt à l’attribution.', 'voix-logement' ),
			),
			'vl-eligibility'    => array(
				__( 'Logement social : qui peut demander', 'voix-logement' ),
				__( 'Les conditions, les priorités et un calcul des plafonds fait dans le navigateur.', 'voix-logement' ),
			),
			'vl-emergency'      => array(
				__( 'Logement : que faire en urgence', 'voix-logement' ),
				__( 'Que faire tout de suite (sans toit, expulsion, violences…), avec les bons numéros.', 'voix-logement' ),
			),
			'vl-directory'      => array(
				__( 'Logement : qui fait quoi près de chez vous', 'voix-logement' ),
				__( 'Les partenaires du territoire : qui fait quoi, où, quand, comment les joindre.', 'voix-logement' ),
			),
			'vl-questions'      => array(
				__( 'Logement social : vos questions', 'voix-logement' ),
				__( 'Les questions et les rumeurs sur le logement social, avec leurs réponses.', 'voix-logement' ),
			),
		);
		if ( isset( $titles[ $tag ] ) ) {
			return array(
				'title'       => $titles[ $tag ][0],
				'description' => $titles[ $tag ][1],
			);
		}
		return array(
			'title'       => $tag,
			'description' => (string) $summary,
		);
	}

	/**
	 * Label and help text of an attribute's setting.
	 *
	 * @param string $name        Attribute name.
	 * @param string $description The manifest's description, used when the name has no French label.
	 * @return array{label: string, help: string}
	 */
	public static function attribute( $name, $description ) {
		$labels = array(
			'content-src'   => array(
				__( 'Pack du territoire (adresse https)', 'voix-logement' ),
				__( 'Vide : le pack choisi dans Réglages › Voix Logement, sinon le contenu national seul.', 'voix-logement' ),
			),
			'heading'       => array(
				__( 'Titre', 'voix-logement' ),
				__( 'Vide : le titre habituel du widget.', 'voix-logement' ),
			),
			'heading-level' => array(
				__( 'Niveau du titre (2 à 6)', 'voix-logement' ),
				__( 'Vide : 2. Choisissez le niveau qui suit les titres de votre page.', 'voix-logement' ),
			),
			'lang'          => array(
				__( 'Langue (fr, en, ar, uk)', 'voix-logement' ),
				__( 'fr français, en anglais, ar arabe (de droite à gauche), uk ukrainien. Vide : la langue de la page, sinon le français.', 'voix-logement' ),
			),
			'variant'       => array(
				__( 'Présentation', 'voix-logement' ),
				__( 'La présentation compacte convient aux colonnes étroites.', 'voix-logement' ),
			),
			'current-step'  => array(
				__( 'Étape « vous êtes ici »', 'voix-logement' ),
				__( 'L’identifiant d’une étape, marquée comme l’étape en cours.', 'voix-logement' ),
			),
			'open-step'     => array(
				__( 'Étape ouverte au chargement', 'voix-logement' ),
				__( 'L’identifiant d’une étape à déplier d’emblée.', 'voix-logement' ),
			),
			'zone'          => array(
				__( 'Zone des plafonds', 'voix-logement' ),
				__( 'Vide : la zone du pack, sinon le lecteur choisit.', 'voix-logement' ),
			),
			'mode'          => array(
				__( 'Contenu', 'voix-logement' ),
				__( 'check : les règles et le calcul ; explain : les règles seules.', 'voix-logement' ),
			),
			'situations'    => array(
				__( 'Situations à montrer', 'voix-logement' ),
				__( 'Liste séparée par des virgules : no-roof, eviction, violence, rent-debt, unfit-housing, discrimination. Vide : toutes.', 'voix-logement' ),
			),
			'today'         => array(
				__( 'Date de référence (aperçus)', 'voix-logement' ),
				__( 'Au format 2026-11-23, pour un aperçu seulement. Vide : la date du lecteur.', 'voix-logement' ),
			),
			'types'         => array(
				__( 'Types de partenaires', 'voix-logement' ),
				__( 'Liste séparée par des virgules : landlord, ccas, association, adil, state, intercommunality. Vide : tous.', 'voix-logement' ),
			),
			'commune'       => array(
				__( 'Commune présélectionnée', 'voix-logement' ),
				__( 'Le lecteur peut la changer.', 'voix-logement' ),
			),
			'layout'        => array(
				__( 'Disposition', 'voix-logement' ),
				__( 'list : une ligne par partenaire ; grid : des cartes en colonnes.', 'voix-logement' ),
			),
			'topics'        => array(
				__( 'Thèmes à montrer', 'voix-logement' ),
				__( 'Liste séparée par des virgules : apply, priority, allocation, waiting, offer, rights, money. Vide : tous.', 'voix-logement' ),
			),
			'audience'      => array(
				__( 'Public', 'voix-logement' ),
				__( 'staff : les agents d’accueil voient aussi la note de chaque réponse.', 'voix-logement' ),
			),
			'open-question' => array(
				__( 'Question ouverte au chargement', 'voix-logement' ),
				__( 'L’identifiant d’une question à déplier d’emblée.', 'voix-logement' ),
			),
			'search'        => array(
				__( 'Champ de recherche', 'voix-logement' ),
				__( 'Montre une recherche dans les questions et les réponses.', 'voix-logement' ),
			),
		);
		if ( isset( $labels[ $name ] ) ) {
			return array(
				'label' => $labels[ $name ][0],
				'help'  => $labels[ $name ][1],
			);
		}
		return array(
			'label' => $name,
			'help'  => (string) $description,
		);
	}
}
