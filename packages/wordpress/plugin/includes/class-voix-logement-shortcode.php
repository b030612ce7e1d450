<?php
/**
 * The classic editor's way in: `[voix_logement element="vl-emergency" situations="eviction"]`.
 * Any documented attribute of the element is a shortcode attribute; the others are dropped,
 * and the people who can edit the post see a line naming them (readers see nothing).
 *
 * @package VoixLogement
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers `[voix_logement]`.
 */
final class Voix_Logement_Shortcode {

	const NAME = 'voix_logement';

	/**
	 * Hooks the shortcode.
	 */
	public static function register() {
		add_action(
			'init',
			static function () {
				add_shortcode( self::NAME, array( __CLASS__, 'render' ) );
			}
		);
	}

	/**
	 * The element's markup, or a notice for editors when the shortcode cannot be used as written.
	 *
	 * @param array|string $atts Shortcode attributes (a string when there are none).
	 * @return string
	 */
	public static function render( $atts ) {
		$atts = is_array( $atts ) ? $atts : array();
		$tag  = isset( $atts['element'] ) ? strtolower( trim( (string) $atts['element'] ) ) : '';
		unset( $atts['element'] );
		if ( ! Voix_Logement_Elements::get( $tag ) ) {
			return self::notice(
				sprintf(
					/* translators: 1: the element written in the shortcode, 2: the elements that exist. */
					__( 'Voix Logement : l’élément « %1$s » n’existe pas. Choisissez parmi : %2$s.', 'voix-logement' ),
					$tag,
					implode( ', ', array_keys( Voix_Logement_Elements::all() ) )
				)
			);
		}

		$values = array();
		foreach ( $atts as $key => $value ) {
			// A bare word (`[voix_logement element="vl-questions" search]`) is a flag.
			if ( is_int( $key ) ) {
				$values[ strtolower( (string) $value ) ] = true;
			} else {
				$values[ $key ] = $value;
			}
		}
		$filtered = Voix_Logement_Markup::filter( $tag, $values );
		$notice   = '';
		if ( $filtered['dropped'] ) {
			$notice = self::notice(
				sprintf(
					/* translators: 1: element, 2: attributes left out. */
					__( 'Voix Logement : pour %1$s, ces attributs ont été ignorés (inconnus ou valeur refusée) : %2$s.', 'voix-logement' ),
					$tag,
					implode( ', ', $filtered['dropped'] )
				)
			);
		}
		return $notice . Voix_Logement_Markup::element( $tag, $filtered['kept'] );
	}

	/**
	 * A line shown only to people who can edit the post.
	 *
	 * @param string $message French message.
	 * @return string
	 */
	private static function notice( $message ) {
		$post_id = get_the_ID();
		$can     = $post_id ? current_user_can( 'edit_post', $post_id ) : current_user_can( 'edit_posts' );
		if ( ! $can ) {
			return '';
		}
		return sprintf( '<p class="voix-logement-notice" role="note">%s</p>', esc_html( $message ) );
	}
}
