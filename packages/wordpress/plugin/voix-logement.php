<?php
/**
 * Plugin Name:       Voix Logement
 * Description:       Les widgets Voix Logement (parcours de la demande, qui peut demander, urgence, annuaire, questions) en blocs, en shortcode et en balises collées, pour tous les rôles qui rédigent.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            Voix Logement
 * License:           MIT
 * Text Domain:       voix-logement
 * Domain Path:       /languages
 *
 * @package VoixLogement
 */

defined( 'ABSPATH' ) || exit;

define( 'VOIX_LOGEMENT_VERSION', '0.1.0' );
define( 'VOIX_LOGEMENT_FILE', __FILE__ );
define( 'VOIX_LOGEMENT_DIR', plugin_dir_path( __FILE__ ) );

require_once VOIX_LOGEMENT_DIR . 'includes/class-voix-logement-elements.php';
require_once VOIX_LOGEMENT_DIR . 'includes/class-voix-logement-labels.php';
require_once VOIX_LOGEMENT_DIR . 'includes/class-voix-logement-settings.php';
require_once VOIX_LOGEMENT_DIR . 'includes/class-voix-logement-markup.php';
require_once VOIX_LOGEMENT_DIR . 'includes/class-voix-logement-assets.php';
require_once VOIX_LOGEMENT_DIR . 'includes/class-voix-logement-blocks.php';
require_once VOIX_LOGEMENT_DIR . 'includes/class-voix-logement-shortcode.php';
require_once VOIX_LOGEMENT_DIR . 'includes/class-voix-logement-kses.php';
require_once VOIX_LOGEMENT_DIR . 'includes/class-voix-logement-fallback.php';

register_activation_hook( __FILE__, array( 'Voix_Logement_Fallback', 'install' ) );

add_action(
	'init',
	static function () {
		load_plugin_textdomain( 'voix-logement', false, dirname( plugin_basename( VOIX_LOGEMENT_FILE ) ) . '/languages' );
	}
);

Voix_Logement_Settings::register();
Voix_Logement_Assets::register();
Voix_Logement_Blocks::register();
Voix_Logement_Shortcode::register();
Voix_Logement_Kses::register();
