<?php
/**
 * Keeps posts readable once the plugin is deactivated: a shortcode WordPress does not know
 * stays as raw text on the page. On activation a one-function must-use plugin is copied to
 * wp-content/mu-plugins; it answers `[voix_logement]` with nothing while this plugin is
 * inactive, and is deleted with the plugin (uninstall.php). Blocks need nothing: a dynamic
 * block without its plugin prints nothing, and pasted tags stay inert markup.
 *
 * @package VoixLogement
 */

defined( 'ABSPATH' ) || exit;

/**
 * Installs and removes the must-use fallback.
 */
final class Voix_Logement_Fallback {

	const FILE = 'voix-logement-fallback.php';

	/**
	 * Where the fallback lives.
	 *
	 * @return string
	 */
	public static function target() {
		return trailingslashit( WPMU_PLUGIN_DIR ) . self::FILE;
	}

	/**
	 * Copies the fallback, unless the folder cannot be written (then nothing else changes).
	 */
	public static function install() {
		if ( ! wp_mkdir_p( WPMU_PLUGIN_DIR ) || ! wp_is_writable( WPMU_PLUGIN_DIR ) ) {
			return;
		}
		copy( VOIX_LOGEMENT_DIR . 'fallback/' . self::FILE, self::target() );
	}

	/**
	 * Deletes the fallback.
	 */
	public static function remove() {
		if ( file_exists( self::target() ) ) {
			wp_delete_file( self::target() );
		}
	}
}
