<?php
/**
 * Plugin Name: Test machine without Internet
 * Description: Copied by test/wordpress/plugin.test.mjs into the test's mu-plugins. The test
 * machine reaches no WordPress.org: without this, opening the admin checks for updates and
 * logs a PHP warning for each check that cannot connect.
 *
 * @package VoixLogement
 */

remove_action( 'admin_init', '_maybe_update_core' );
remove_action( 'admin_init', '_maybe_update_plugins' );
remove_action( 'admin_init', '_maybe_update_themes' );
remove_action( 'wp_version_check', 'wp_version_check' );
remove_action( 'wp_update_plugins', 'wp_update_plugins' );
remove_action( 'wp_update_themes', 'wp_update_themes' );
add_filter( 'pre_http_request', 'vl_test_no_outside_request', 10, 3 );

/**
 * Answers every request to another host with an error, without a PHP warning.
 *
 * @param false|array $response Response so far.
 * @param array       $args     Request arguments.
 * @param string      $url      Requested URL.
 * @return false|WP_Error
 */
function vl_test_no_outside_request( $response, $args, $url ) {
	$host = wp_parse_url( $url, PHP_URL_HOST );
	return wp_parse_url( home_url(), PHP_URL_HOST ) === $host ? $response : new WP_Error( 'vl_test_offline', 'offline' );
}
