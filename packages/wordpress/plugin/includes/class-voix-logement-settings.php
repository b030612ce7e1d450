<?php
/**
 * The settings page (Réglages › Voix Logement): the territory's pack used by every element
 * that names none, and where the widgets' script comes from.
 *
 * @package VoixLogement
 */

defined( 'ABSPATH' ) || exit;

/**
 * One option, `voix_logement_settings`, checked on save.
 */
final class Voix_Logement_Settings {

	const OPTION = 'voix_logement_settings';
	const PAGE   = 'voix-logement';

	/**
	 * Hooks the option and the page.
	 */
	public static function register() {
		// On init rather than admin_init: update_option() runs the same checks from any code path.
		add_action( 'init', array( __CLASS__, 'register_setting' ) );
		add_action( 'admin_menu', array( __CLASS__, 'add_page' ) );
	}

	/**
	 * The saved settings, completed with defaults.
	 *
	 * @return array{pack_url: string, script_source: string, script_url: string, script_integrity: string}
	 */
	public static function get() {
		$saved = get_option( self::OPTION, array() );
		return array_merge( self::defaults(), is_array( $saved ) ? $saved : array() );
	}

	/**
	 * Defaults: no territory pack (national content), the script shipped in the plugin.
	 *
	 * @return array
	 */
	public static function defaults() {
		return array(
			'pack_url'         => '',
			'script_source'    => 'bundled',
			'script_url'       => '',
			'script_integrity' => '',
		);
	}

	/**
	 * Registers the option with its check.
	 */
	public static function register_setting() {
		register_setting(
			self::PAGE,
			self::OPTION,
			array(
				'type'              => 'array',
				'sanitize_callback' => array( __CLASS__, 'sanitize' ),
				'default'           => self::defaults(),
			)
		);
	}

	/**
	 * An https URL, normalised, or null when the value is not one.
	 *
	 * @param mixed $value Raw input.
	 * @return string|null Empty string for an empty input.
	 */
	public static function https_url( $value ) {
		$value = trim( (string) $value );
		if ( '' === $value ) {
			return '';
		}
		$url = esc_url_raw( $value, array( 'https' ) );
		if ( '' === $url || 'https' !== wp_parse_url( $url, PHP_URL_SCHEME ) || ! wp_parse_url( $url, PHP_URL_HOST ) ) {
			return null;
		}
		return $url;
	}

	/**
	 * Checks the submitted settings; a refused field keeps its previous value and says why, in French.
	 *
	 * @param mixed $input Submitted values.
	 * @return array
	 */
	public static function sanitize( $input ) {
		// options.php has already unslashed the submitted values.
		$input    = is_array( $input ) ? $input : array();
		$previous = self::get();
		$clean    = $previous;

		$pack = self::https_url( isset( $input['pack_url'] ) ? $input['pack_url'] : '' );
		if ( null === $pack ) {
			self::error( 'pack_url', __( 'L’adresse du pack doit être une adresse https:// complète (par exemple https://agglo.example/voix-logement/pack.json). Elle n’a pas été changée.', 'voix-logement' ) );
		} else {
			$clean['pack_url'] = $pack;
		}

		$source = isset( $input['script_source'] ) ? sanitize_key( $input['script_source'] ) : 'bundled';
		if ( 'url' !== $source ) {
			$clean['script_source'] = 'bundled';
			return $clean;
		}
		$script    = self::https_url( isset( $input['script_url'] ) ? $input['script_url'] : '' );
		$integrity = isset( $input['script_integrity'] ) ? trim( sanitize_text_field( $input['script_integrity'] ) ) : '';
		if ( null === $script || '' === $script ) {
			self::error( 'script_url', __( 'L’adresse du script doit être une adresse https:// complète. L’origine du script n’a pas été changée.', 'voix-logement' ) );
		} elseif ( 1 !== preg_match( '/^sha(256|384|512)-[A-Za-z0-9+\/]+={0,2}$/', $integrity ) ) {
			self::error( 'script_integrity', __( 'L’empreinte d’intégrité (SRI) doit être de la forme sha384-… : elle figure à côté du fichier, dans voix-logement.js.sri. L’origine du script n’a pas été changée.', 'voix-logement' ) );
		} else {
			$clean['script_source']    = 'url';
			$clean['script_url']       = $script;
			$clean['script_integrity'] = $integrity;
		}
		return $clean;
	}

	/**
	 * Records a message shown above the settings form.
	 *
	 * @param string $field   Field id.
	 * @param string $message French message.
	 */
	private static function error( $field, $message ) {
		// Loaded in the admin only; elsewhere the value is refused all the same.
		if ( ! function_exists( 'add_settings_error' ) ) {
			return;
		}
		add_settings_error( self::OPTION, 'voix-logement-' . $field, $message, 'error' );
	}

	/**
	 * Adds the page under Réglages.
	 */
	public static function add_page() {
		add_options_page(
			__( 'Voix Logement', 'voix-logement' ),
			__( 'Voix Logement', 'voix-logement' ),
			'manage_options',
			self::PAGE,
			array( __CLASS__, 'render_page' )
		);
	}

	/**
	 * Prints the settings form.
	 */
	public static function render_page() {
		// No settings_errors() here: WordPress prints them on every page under Réglages.
		if ( ! current_user_can( 'manage_options' ) ) {
			return;
		}
		$settings = self::get();
		$name     = self::OPTION;
		?>
		<div class="wrap">
			<h1><?php esc_html_e( 'Voix Logement', 'voix-logement' ); ?></h1>
			<form action="options.php" method="post">
				<?php settings_fields( self::PAGE ); ?>
				<table class="form-table" role="presentation">
					<tr>
						<th scope="row"><label for="voix-logement-pack"><?php esc_html_e( 'Pack du territoire', 'voix-logement' ); ?></label></th>
						<td>
							<input type="url" class="regular-text" id="voix-logement-pack" name="<?php echo esc_attr( $name ); ?>[pack_url]" value="<?php echo esc_attr( $settings['pack_url'] ); ?>" placeholder="https://agglo.example/voix-logement/pack.json" aria-describedby="voix-logement-pack-help">
							<p class="description" id="voix-logement-pack-help"><?php esc_html_e( 'L’adresse https du pack publié par votre territoire. Chaque bloc l’utilise, sauf s’il indique le sien. Vide : le contenu national seul.', 'voix-logement' ); ?></p>
						</td>
					</tr>
					<tr>
						<th scope="row"><?php esc_html_e( 'Origine du script', 'voix-logement' ); ?></th>
						<td>
							<fieldset>
								<legend class="screen-reader-text"><?php esc_html_e( 'Origine du script', 'voix-logement' ); ?></legend>
								<label><input type="radio" name="<?php echo esc_attr( $name ); ?>[script_source]" value="bundled" <?php checked( 'bundled', $settings['script_source'] ); ?>> <?php esc_html_e( 'La copie fournie avec l’extension (recommandé : votre site ne dépend d’aucun autre serveur)', 'voix-logement' ); ?></label><br>
								<label><input type="radio" name="<?php echo esc_attr( $name ); ?>[script_source]" value="url" <?php checked( 'url', $settings['script_source'] ); ?>> <?php esc_html_e( 'Une adresse, avec son empreinte d’intégrité', 'voix-logement' ); ?></label>
							</fieldset>
							<p><label for="voix-logement-script-url"><?php esc_html_e( 'Adresse https de voix-logement.js', 'voix-logement' ); ?></label><br>
							<input type="url" class="regular-text" id="voix-logement-script-url" name="<?php echo esc_attr( $name ); ?>[script_url]" value="<?php echo esc_attr( $settings['script_url'] ); ?>"></p>
							<p><label for="voix-logement-script-integrity"><?php esc_html_e( 'Empreinte d’intégrité (sha384-…)', 'voix-logement' ); ?></label><br>
							<input type="text" class="regular-text code" id="voix-logement-script-integrity" name="<?php echo esc_attr( $name ); ?>[script_integrity]" value="<?php echo esc_attr( $settings['script_integrity'] ); ?>"></p>
						</td>
					</tr>
				</table>
				<?php submit_button( __( 'Enregistrer', 'voix-logement' ) ); ?>
			</form>
		</div>
		<?php
	}
}
