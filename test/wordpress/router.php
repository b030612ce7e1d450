<?php
/**
 * Router of PHP's built-in server for the plugin test: the test's wp-content (plugins, theme)
 * under /vl-content/, WordPress's own static files as they are, every other path to WordPress.
 *
 * @package VoixLogement
 */

$wp_root     = '/usr/share/wordpress';
$content_dir = getenv( 'VL_WP_CONTENT' );
$path        = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );

if ( false !== strpos( $path, '..' ) ) {
	http_response_code( 400 );
	return true;
}

if ( 0 === strpos( $path, '/vl-content/' ) ) {
	$file = $content_dir . substr( $path, strlen( '/vl-content' ) );
	if ( ! is_file( $file ) || '.php' === substr( $file, -4 ) ) {
		http_response_code( 404 );
		return true;
	}
	$types = array(
		'js'   => 'text/javascript; charset=utf-8',
		'css'  => 'text/css; charset=utf-8',
		'json' => 'application/json',
		'svg'  => 'image/svg+xml',
		'png'  => 'image/png',
		'woff2' => 'font/woff2',
	);
	$extension = pathinfo( $file, PATHINFO_EXTENSION );
	header( 'Content-Type: ' . ( isset( $types[ $extension ] ) ? $types[ $extension ] : 'application/octet-stream' ) );
	readfile( $file );
	return true;
}

if ( '/' !== $path && is_file( $wp_root . $path ) && '.php' !== substr( $path, -4 ) ) {
	return false;
}

$script = $wp_root . '/index.php';
if ( '/' !== $path && is_file( $wp_root . $path ) ) {
	$script = $wp_root . $path;
} elseif ( '/' !== $path && is_file( rtrim( $wp_root . $path, '/' ) . '/index.php' ) ) {
	// A folder such as /wp-admin/ runs its index.php, as Apache's DirectoryIndex does.
	$script = rtrim( $wp_root . $path, '/' ) . '/index.php';
}
chdir( dirname( $script ) );
require $script;
