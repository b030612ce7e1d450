<?php
/**
 * The elements and their documented attributes, read from elements.json, which the build
 * generates from the widgets' custom-elements.json: a new element or attribute reaches the
 * blocks, the shortcode and the content filter without editing this plugin's code.
 *
 * @package VoixLogement
 */

defined( 'ABSPATH' ) || exit;

/**
 * Reads the elements list once per request.
 */
final class Voix_Logement_Elements {

	/**
	 * Elements keyed by tag, once read.
	 *
	 * @var array<string, array>|null
	 */
	private static $elements = null;

	/**
	 * Every element, keyed by tag name (`vl-emergency`).
	 *
	 * Each element is an array with `tag`, `summary` and `attributes`; each attribute has
	 * `name`, `kind` (`text`, `choice` or `boolean`), `choices` (for `choice`) and `description`.
	 *
	 * @return array<string, array>
	 */
	public static function all() {
		if ( null === self::$elements ) {
			self::$elements = array();
			$data           = self::read_json( VOIX_LOGEMENT_DIR . 'elements.json' );
			foreach ( isset( $data['elements'] ) ? (array) $data['elements'] : array() as $element ) {
				if ( isset( $element['tag'] ) && self::is_tag( $element['tag'] ) ) {
					self::$elements[ $element['tag'] ] = $element;
				}
			}
		}
		return self::$elements;
	}

	/**
	 * One element, or null when the tag is not one of ours.
	 *
	 * @param string $tag Tag name such as `vl-emergency`.
	 * @return array|null
	 */
	public static function get( $tag ) {
		$all = self::all();
		return isset( $all[ $tag ] ) ? $all[ $tag ] : null;
	}

	/**
	 * The documented attributes of an element, keyed by attribute name.
	 *
	 * @param string $tag Tag name.
	 * @return array<string, array>
	 */
	public static function attributes( $tag ) {
		$element    = self::get( $tag );
		$attributes = array();
		foreach ( $element ? (array) $element['attributes'] : array() as $attribute ) {
			$attributes[ $attribute['name'] ] = $attribute;
		}
		return $attributes;
	}

	/**
	 * Whether a string is shaped like one of our tag names.
	 *
	 * @param mixed $tag Candidate.
	 * @return bool
	 */
	public static function is_tag( $tag ) {
		return is_string( $tag ) && 1 === preg_match( '/^vl-[a-z][a-z0-9-]*$/', $tag );
	}

	/**
	 * A JSON file shipped in the plugin, decoded; an empty array when missing or broken.
	 *
	 * @param string $path Absolute path.
	 * @return array
	 */
	public static function read_json( $path ) {
		if ( ! is_readable( $path ) ) {
			return array();
		}
		// A local file of the plugin: no remote request is involved.
		$data = json_decode( (string) file_get_contents( $path ), true ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents
		return is_array( $data ) ? $data : array();
	}
}
