<?php
/**
 * Deleting the plugin removes its settings and its must-use fallback; posts keep their text.
 *
 * @package VoixLogement
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'voix_logement_settings' );
$voix_logement_fallback = trailingslashit( WPMU_PLUGIN_DIR ) . 'voix-logement-fallback.php';
if ( file_exists( $voix_logement_fallback ) ) {
	wp_delete_file( $voix_logement_fallback );
}
