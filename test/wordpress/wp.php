<?php
/**
 * Runs one step of the plugin test inside WordPress, from the command line, and prints its
 * result as one JSON line after `VL-RESULT `. Anything else printed (a PHP notice, a
 * warning) is a failure the test reports.
 *
 * Usage: php wp.php install|activate|scenario|deactivate
 *
 * @package VoixLogement
 */

$step                   = isset( $argv[1] ) ? $argv[1] : '';
$_SERVER['HTTP_HOST']   = getenv( 'VL_WP_HOST' );
$_SERVER['REQUEST_URI'] = '/';
if ( 'install' === $step ) {
	define( 'WP_INSTALLING', true );
}
require '/usr/share/wordpress/wp-load.php';

/**
 * Prints the step's result.
 *
 * @param array $result What the test checks.
 */
function vl_result( array $result ) {
	echo 'VL-RESULT ' . wp_json_encode( $result ) . "\n";
}

switch ( $step ) {
	case 'install':
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		wp_install( 'Ville de Val de Lône', 'admin', 'admin@example.org', false, '', 'mot-de-passe-admin' );
		$author = wp_insert_user(
			array(
				'user_login' => 'autrice',
				'user_pass'  => 'mot-de-passe-autrice',
				'user_email' => 'autrice@example.org',
				'role'       => 'author',
			)
		);
		vl_result( array( 'author' => $author ) );
		break;

	case 'activate':
		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		wp_set_current_user( get_user_by( 'login', 'admin' )->ID );
		$error = activate_plugin( 'voix-logement/voix-logement.php' );
		vl_result(
			array(
				'error'  => is_wp_error( $error ) ? $error->get_error_message() : null,
				'active' => is_plugin_active( 'voix-logement/voix-logement.php' ),
			)
		);
		break;

	case 'scenario':
		$result = array();
		// The settings form posts to wp-admin/options.php, where this file is loaded.
		require_once ABSPATH . 'wp-admin/includes/template.php';
		wp_set_current_user( get_user_by( 'login', 'admin' )->ID );
		$option = 'voix_logement_settings';
		update_option( $option, array( 'pack_url' => 'http://agglo.example/voix-logement/pack.json' ) );
		$result['httpPack'] = array(
			'saved'    => get_option( $option )['pack_url'],
			'messages' => wp_list_pluck( get_settings_errors( $option ), 'message' ),
		);
		$GLOBALS['wp_settings_errors'] = array();
		update_option(
			$option,
			array(
				'pack_url'         => 'https://agglo.example/voix-logement/pack.json',
				'script_source'    => 'url',
				'script_url'       => 'https://cdn.example/voix-logement.js',
				'script_integrity' => 'not-a-hash',
			)
		);
		$result['httpsPackBadHash'] = array(
			'saved'    => get_option( $option ),
			'messages' => wp_list_pluck( get_settings_errors( $option ), 'message' ),
		);

		// The settings page as an administrator sees it.
		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		ob_start();
		Voix_Logement_Settings::render_page();
		$result['settingsPage'] = ob_get_clean();

		$author = get_user_by( 'login', 'autrice' );
		wp_set_current_user( $author->ID );
		$result['authorHasUnfilteredHtml'] = current_user_can( 'unfiltered_html' );
		$content = implode(
			"\n\n",
			array(
				'<!-- wp:paragraph --><p>Avant les widgets.</p><!-- /wp:paragraph -->',
				'<!-- wp:voix-logement/demand-circuit {"variant":"compact","heading-level":"3","heading":"Votre demande \u0022pas à pas\u0022"} /-->',
				'[voix_logement element="vl-questions" topics="apply,waiting" search audience="everyone" onclick="alert(1)"]',
				'<vl-emergency situations="eviction" variant="compact" onclick="alert(1)" content-src="javascript:alert(1)"></vl-emergency>',
				'<vl-directory layout="mosaic" types="ccas" content-src="https://agglo.example/voix-logement/pack.json"></vl-directory>',
				'<script>alert(1)</script>',
			)
		);
		$post = wp_insert_post(
			wp_slash(
				array(
					'post_title'   => 'Se loger à Val de Lône',
					'post_content' => $content,
					'post_status'  => 'publish',
					'post_author'  => $author->ID,
				)
			),
			true
		);
		$single = wp_insert_post(
			wp_slash(
				array(
					'post_title'   => 'Urgence',
					'post_content' => '<!-- wp:voix-logement/emergency {"situations":"no-roof"} /-->',
					'post_status'  => 'publish',
					'post_author'  => $author->ID,
				)
			),
			true
		);
		$result['post']       = is_wp_error( $post ) ? $post->get_error_message() : $post;
		$result['singlePost'] = is_wp_error( $single ) ? $single->get_error_message() : $single;
		$result['saved']      = get_post_field( 'post_content', $post, 'raw' );

		// The shortcode's notice about dropped attributes: for who can edit the post only.
		$GLOBALS['post'] = get_post( $post );
		setup_postdata( $GLOBALS['post'] );
		$result['noticeForAuthor'] = do_shortcode( '[voix_logement element="vl-questions" colour="red"]' );
		$result['unknownElement']  = do_shortcode( '[voix_logement element="vl-nothing"]' );
		wp_set_current_user( 0 );
		$result['noticeForVisitor'] = do_shortcode( '[voix_logement element="vl-questions" colour="red"]' );
		vl_result( $result );
		break;

	case 'deactivate':
		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		wp_set_current_user( get_user_by( 'login', 'admin' )->ID );
		deactivate_plugins( 'voix-logement/voix-logement.php' );
		vl_result( array( 'active' => is_plugin_active( 'voix-logement/voix-logement.php' ) ) );
		break;

	default:
		fwrite( STDERR, "unknown step: $step\n" );
		exit( 2 );
}
