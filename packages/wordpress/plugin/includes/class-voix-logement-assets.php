<?php
/**
 * The widgets' script: printed once, as a module with its integrity hash, only on a page that
 * holds an element. Blocks, the shortcode and pasted tags note which elements a page holds
 * while it renders; the script is chosen in the footer, once they are all known.
 *
 * Which files exist is data: assets.json, written by the build from the widgets' dist folder,
 * lists each file with its hash. A page holding one kind of element gets that element's own
 * file when the list has it (`vl-emergency.js`), every other page the whole bundle.
 *
 * @package VoixLogement
 */

defined( 'ABSPATH' ) || exit;

/**
 * Collects the elements of a page and enqueues the right file.
 */
final class Voix_Logement_Assets {

	const HANDLE = 'voix-logement';
	const BUNDLE = 'voix-logement.js';

	/**
	 * Tags rendered on this page, as keys.
	 *
	 * @var array<string, true>
	 */
	private static $tags = array();

	/**
	 * Integrity of the enqueued file, printed by the script tag filter.
	 *
	 * @var string
	 */
	private static $integrity = '';

	/**
	 * Hooks the footer, the tag filter and the content scan.
	 */
	public static function register() {
		// Before wp_print_footer_scripts (priority 20), after every block and shortcode rendered.
		add_action( 'wp_footer', array( __CLASS__, 'enqueue_for_page' ), 1 );
		add_filter( 'script_loader_tag', array( __CLASS__, 'script_tag' ), 10, 3 );
		// Late, after blocks (9) and shortcodes (11): catches tags pasted in the content.
		add_filter( 'the_content', array( __CLASS__, 'scan' ), 100 );
		add_filter( 'widget_text_content', array( __CLASS__, 'scan' ), 100 );
		add_filter( 'widget_block_content', array( __CLASS__, 'scan' ), 100 );
	}

	/**
	 * Records that the page holds an element.
	 *
	 * @param string $tag Tag name.
	 */
	public static function note( $tag ) {
		if ( Voix_Logement_Elements::get( $tag ) ) {
			self::$tags[ $tag ] = true;
		}
	}

	/**
	 * Notes the elements found in rendered HTML, which it returns unchanged.
	 *
	 * @param string $html Rendered content.
	 * @return string
	 */
	public static function scan( $html ) {
		if ( is_string( $html ) && false !== strpos( $html, '<vl-' ) && preg_match_all( '/<(vl-[a-z][a-z0-9-]*)[\s>\/]/', $html, $matches ) ) {
			foreach ( array_unique( $matches[1] ) as $tag ) {
				self::note( $tag );
			}
		}
		return $html;
	}

	/**
	 * The files the plugin ships, keyed by file name, each with its `integrity`.
	 *
	 * @return array<string, array{file: string, integrity: string}>
	 */
	public static function shipped_files() {
		$files = array();
		$data  = Voix_Logement_Elements::read_json( VOIX_LOGEMENT_DIR . 'assets.json' );
		foreach ( isset( $data['files'] ) ? (array) $data['files'] : array() as $entry ) {
			if ( isset( $entry['file'], $entry['integrity'] ) && 1 === preg_match( '/^[a-z0-9-]+\.js$/', $entry['file'] ) ) {
				$files[ $entry['file'] ] = $entry;
			}
		}
		return $files;
	}

	/**
	 * The script for a set of tags: URL and integrity, or null when none can be served.
	 *
	 * @param string[] $tags Tags on the page.
	 * @return array{src: string, integrity: string}|null
	 */
	public static function script_for( array $tags ) {
		$settings = Voix_Logement_Settings::get();
		if ( 'url' === $settings['script_source'] && '' !== $settings['script_url'] ) {
			return array(
				'src'       => $settings['script_url'],
				'integrity' => $settings['script_integrity'],
			);
		}
		$files = self::shipped_files();
		$file  = self::BUNDLE;
		if ( 1 === count( $tags ) && isset( $files[ $tags[0] . '.js' ] ) ) {
			$file = $tags[0] . '.js';
		}
		if ( ! isset( $files[ $file ] ) ) {
			return null;
		}
		return array(
			'src'       => plugins_url( 'assets/js/' . $file, VOIX_LOGEMENT_FILE ),
			'integrity' => $files[ $file ]['integrity'],
		);
	}

	/**
	 * Enqueues the script when the page holds an element.
	 */
	public static function enqueue_for_page() {
		if ( empty( self::$tags ) ) {
			return;
		}
		self::enqueue( array_keys( self::$tags ) );
	}

	/**
	 * Enqueues the script for these tags (the block editor asks for every element).
	 *
	 * @param string[] $tags Tags to define.
	 */
	public static function enqueue( array $tags ) {
		$script = self::script_for( $tags );
		if ( null === $script ) {
			return;
		}
		self::$integrity = $script['integrity'];
		// No version query: the file name and its integrity hash already pin the content.
		wp_enqueue_script( self::HANDLE, $script['src'], array(), null, true );
	}

	/**
	 * Prints the enqueued script as a module, with its integrity hash.
	 *
	 * WordPress 6.1 has no script modules (wp_register_script_module() came in 6.5), so the
	 * tag is written here, for every version alike.
	 *
	 * @param string $tag    The tag WordPress wrote.
	 * @param string $handle Script handle.
	 * @param string $src    Script URL.
	 * @return string
	 */
	public static function script_tag( $tag, $handle, $src ) {
		if ( self::HANDLE !== $handle ) {
			return $tag;
		}
		$integrity = '' !== self::$integrity ? sprintf( ' integrity="%s"', esc_attr( self::$integrity ) ) : '';
		return sprintf(
			'<script type="module" src="%1$s"%2$s crossorigin="anonymous"></script>' . "\n",
			esc_url( $src ),
			$integrity
		);
	}
}
