<?php
/**
 * Lets the `vl-*` tags and their documented attributes through WordPress's content filter
 * (KSES), which strips unknown tags on save for every user without `unfiltered_html`
 * (authors, contributors; on multisite every role but super-admins). Scripts stay stripped:
 * the plugin prints the only script the elements need.
 *
 * @package VoixLogement
 */

defined( 'ABSPATH' ) || exit;

/**
 * Extends the allowed HTML of posts.
 */
final class Voix_Logement_Kses {

	/**
	 * Hooks the filters.
	 */
	public static function register() {
		add_filter( 'wp_kses_allowed_html', array( __CLASS__, 'allowed_html' ), 10, 2 );
		add_filter( 'wp_kses_uri_attributes', array( __CLASS__, 'uri_attributes' ) );
	}

	/**
	 * Adds each element with its documented attributes to the tags allowed in posts.
	 *
	 * @param array        $allowed Allowed tags => attributes.
	 * @param string|array $context KSES context.
	 * @return array
	 */
	public static function allowed_html( $allowed, $context ) {
		if ( 'post' !== $context || ! is_array( $allowed ) ) {
			return $allowed;
		}
		foreach ( Voix_Logement_Elements::all() as $tag => $element ) {
			$attributes = array(
				'id'    => true,
				'class' => true,
			);
			foreach ( Voix_Logement_Elements::attributes( $tag ) as $name => $attribute ) {
				$attributes[ $name ] = self::rule( $attribute );
			}
			$allowed[ $tag ] = $attributes;
		}
		return $allowed;
	}

	/**
	 * What KSES checks of an attribute's value: one of its choices, an https URL for the pack.
	 *
	 * @param array $attribute The attribute as elements.json describes it.
	 * @return array|true
	 */
	private static function rule( array $attribute ) {
		if ( 'content-src' === $attribute['name'] ) {
			return array( 'value_callback' => array( __CLASS__, 'is_https_url' ) );
		}
		if ( 'choice' === $attribute['kind'] ) {
			return array( 'values' => array_map( 'strtolower', (array) $attribute['choices'] ) );
		}
		return true;
	}

	/**
	 * Whether a pasted `content-src` is an https URL (the widgets fetch nothing else).
	 *
	 * @param string $value Attribute value.
	 * @return bool
	 */
	public static function is_https_url( $value ) {
		$url = Voix_Logement_Settings::https_url( $value );
		return null !== $url && '' !== $url;
	}

	/**
	 * `content-src` holds a URL: KSES then keeps only allowed protocols (no `javascript:`).
	 *
	 * @param string[] $attributes Attributes holding URLs.
	 * @return string[]
	 */
	public static function uri_attributes( $attributes ) {
		$attributes[] = 'content-src';
		return $attributes;
	}
}
