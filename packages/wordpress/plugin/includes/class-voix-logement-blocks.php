<?php
/**
 * One dynamic block per element (`voix-logement/emergency` for `<vl-emergency>`), whose
 * settings are the element's documented attributes. The post stores only the block comment
 * and its settings; the tag is written on the server at each view, so no content filter
 * strips it, and the editor shows the live element.
 *
 * @package VoixLogement
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the blocks and the editor script.
 */
final class Voix_Logement_Blocks {

	const EDITOR_HANDLE = 'voix-logement-editor';

	/**
	 * Hooks block registration and the editor assets.
	 */
	public static function register() {
		add_action( 'init', array( __CLASS__, 'register_blocks' ) );
		add_action( 'enqueue_block_editor_assets', array( __CLASS__, 'editor_assets' ) );
	}

	/**
	 * The block name of an element: `vl-emergency` → `voix-logement/emergency`.
	 *
	 * @param string $tag Tag name.
	 * @return string
	 */
	public static function block_name( $tag ) {
		return 'voix-logement/' . substr( $tag, 3 );
	}

	/**
	 * Registers every element's block.
	 */
	public static function register_blocks() {
		wp_register_script(
			self::EDITOR_HANDLE,
			plugins_url( 'assets/editor.js', VOIX_LOGEMENT_FILE ),
			array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-i18n' ),
			VOIX_LOGEMENT_VERSION,
			true
		);
		foreach ( Voix_Logement_Elements::all() as $tag => $element ) {
			$labels     = Voix_Logement_Labels::element( $tag, isset( $element['summary'] ) ? $element['summary'] : '' );
			$attributes = array();
			foreach ( Voix_Logement_Elements::attributes( $tag ) as $name => $attribute ) {
				$attributes[ $name ] = 'boolean' === $attribute['kind']
					? array(
						'type'    => 'boolean',
						'default' => false,
					)
					: array(
						'type'    => 'string',
						'default' => '',
					);
			}
			register_block_type(
				self::block_name( $tag ),
				array(
					'api_version'     => 2,
					'title'           => $labels['title'],
					'description'     => $labels['description'],
					'category'        => 'widgets',
					'icon'            => 'admin-home',
					'keywords'        => array( 'logement', 'voix logement', $tag ),
					'attributes'      => $attributes,
					'supports'        => array( 'html' => false ),
					'editor_script'   => self::EDITOR_HANDLE,
					'render_callback' => static function ( $values ) use ( $tag ) {
						return Voix_Logement_Blocks::render( $tag, is_array( $values ) ? $values : array() );
					},
				)
			);
		}
	}

	/**
	 * The block's markup on the page.
	 *
	 * @param string $tag    Tag name.
	 * @param array  $values Block attributes.
	 * @return string
	 */
	public static function render( $tag, array $values ) {
		$filtered = Voix_Logement_Markup::filter( $tag, $values );
		return Voix_Logement_Markup::element( $tag, $filtered['kept'] );
	}

	/**
	 * What the editor script needs: each block's fields, in French.
	 *
	 * @return array
	 */
	public static function editor_data() {
		$blocks = array();
		foreach ( Voix_Logement_Elements::all() as $tag => $element ) {
			$fields = array();
			foreach ( Voix_Logement_Elements::attributes( $tag ) as $name => $attribute ) {
				$labels   = Voix_Logement_Labels::attribute( $tag, $name, isset( $attribute['description'] ) ? $attribute['description'] : '' );
				$fields[] = array(
					'name'    => $name,
					'kind'    => $attribute['kind'],
					'choices' => isset( $attribute['choices'] ) ? array_values( (array) $attribute['choices'] ) : array(),
					'label'   => $labels['label'],
					'help'    => $labels['help'],
				);
			}
			$blocks[] = array(
				'name'   => self::block_name( $tag ),
				'tag'    => $tag,
				'fields' => $fields,
			);
		}
		$settings = Voix_Logement_Settings::get();
		return array(
			'blocks'      => $blocks,
			'defaultPack' => $settings['pack_url'],
			'strings'     => array(
				'settings'      => __( 'Réglages du widget', 'voix-logement' ),
				'default'       => __( '(par défaut)', 'voix-logement' ),
				'sitePack'      => __( 'Pack du site :', 'voix-logement' ),
				'nationalPack'  => __( 'Aucun pack choisi pour le site : contenu national seul.', 'voix-logement' ),
				'previewNotice' => __( 'Aperçu du widget tel que vos lecteurs le verront.', 'voix-logement' ),
			),
		);
	}

	/**
	 * Block editor: the widgets' script, so the preview is the live element, and the fields.
	 */
	public static function editor_assets() {
		Voix_Logement_Assets::enqueue( array_keys( Voix_Logement_Elements::all() ) );
		wp_add_inline_script(
			self::EDITOR_HANDLE,
			'window.voixLogementEditor = ' . wp_json_encode( self::editor_data() ) . ';',
			'before'
		);
	}
}
