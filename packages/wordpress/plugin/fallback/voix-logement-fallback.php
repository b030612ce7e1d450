<?php
/**
 * Plugin Name: Voix Logement (secours)
 * Description: Copié par l’extension Voix Logement. Quand elle est désactivée, ses shortcodes [voix_logement] n’affichent rien au lieu de leur texte brut. Supprimé quand l’extension est supprimée.
 * Version:     0.1.0
 * License:     MIT
 * Text Domain: voix-logement
 *
 * @package VoixLogement
 */

defined( 'ABSPATH' ) || exit;

add_action(
	'init',
	static function () {
		// The plugin registers the shortcode on init too, earlier: it wins while it is active.
		if ( ! shortcode_exists( 'voix_logement' ) ) {
			add_shortcode( 'voix_logement', '__return_empty_string' );
		}
	},
	99
);
