<?php
/**
 * Writes an element's tag from editor-chosen values: only documented attributes, each value
 * checked against its kind and escaped, the site's pack when the element names none.
 *
 * @package VoixLogement
 */

defined( 'ABSPATH' ) || exit;

/**
 * Builds `<vl-…>` markup for blocks and the shortcode.
 */
final class Voix_Logement_Markup {

	/**
	 * Keeps the values an element documents and can take; the rest is returned apart.
	 *
	 * @param string $tag    Tag name.
	 * @param array  $values Attribute name => raw value.
	 * @return array{kept: array<string, string|bool>, dropped: string[]}
	 */
	public static function filter( $tag, array $values ) {
		$documented = Voix_Logement_Elements::attributes( $tag );
		$kept       = array();
		$dropped    = array();
		foreach ( $values as $name => $value ) {
			$name = strtolower( (string) $name );
			if ( ! isset( $documented[ $name ] ) ) {
				$dropped[] = $name;
				continue;
			}
			$clean = self::clean_value( $documented[ $name ], $value );
			if ( null === $clean ) {
				$dropped[] = $name;
			} elseif ( '' !== $clean && false !== $clean ) {
				$kept[ $name ] = $clean;
			}
		}
		return array(
			'kept'    => $kept,
			'dropped' => $dropped,
		);
	}

	/**
	 * A value made safe for its attribute: a boolean for a flag, one of the choices, an https
	 * URL for `content-src`, plain text otherwise; null when the value cannot be used.
	 *
	 * @param array $attribute The attribute as elements.json describes it.
	 * @param mixed $value     Raw value.
	 * @return string|bool|null
	 */
	private static function clean_value( array $attribute, $value ) {
		if ( 'boolean' === $attribute['kind'] ) {
			return true === $value || in_array( strtolower( (string) $value ), array( '1', 'true', 'yes', 'oui', $attribute['name'] ), true );
		}
		if ( is_array( $value ) || is_object( $value ) ) {
			return null;
		}
		$value = sanitize_text_field( (string) $value );
		if ( '' === $value ) {
			return '';
		}
		if ( 'content-src' === $attribute['name'] ) {
			return Voix_Logement_Settings::https_url( $value );
		}
		if ( 'choice' === $attribute['kind'] && ! in_array( $value, (array) $attribute['choices'], true ) ) {
			return null;
		}
		return $value;
	}

	/**
	 * The element's markup, every attribute escaped; the site's pack when none is given.
	 *
	 * @param string $tag  Tag name (one of the elements).
	 * @param array  $kept Values returned by filter().
	 * @return string
	 */
	public static function element( $tag, array $kept ) {
		if ( ! Voix_Logement_Elements::get( $tag ) ) {
			return '';
		}
		$settings = Voix_Logement_Settings::get();
		if ( ! isset( $kept['content-src'] ) && '' !== $settings['pack_url'] ) {
			$documented = Voix_Logement_Elements::attributes( $tag );
			if ( isset( $documented['content-src'] ) ) {
				$kept['content-src'] = $settings['pack_url'];
			}
		}
		$attributes = '';
		foreach ( $kept as $name => $value ) {
			$attributes .= true === $value
				? ' ' . esc_attr( $name )
				: sprintf( ' %s="%s"', esc_attr( $name ), esc_attr( $value ) );
		}
		Voix_Logement_Assets::note( $tag );
		return sprintf( '<%1$s%2$s></%1$s>', esc_attr( $tag ), $attributes );
	}
}
