/**
 * The blocks in the editor: one per element, its settings in the sidebar (from the
 * element's documented attributes, sent by PHP in window.voixLogementEditor), and the live
 * element as the preview. Saved as dynamic blocks: save() returns null and PHP writes the
 * tag at each view. Plain script with WordPress's globals, no build step.
 */
(function (wp, data) {
  if (!wp || !data) {
    return;
  }
  var el = wp.element.createElement;
  var InspectorControls = wp.blockEditor.InspectorControls;
  var useBlockProps = wp.blockEditor.useBlockProps;
  var components = wp.components;
  var strings = data.strings;

  /** The sidebar control of one attribute. */
  function control(field, attributes, setAttributes) {
    var value = attributes[field.name];
    var set = function (next) {
      var change = {};
      change[field.name] = next;
      setAttributes(change);
    };
    var help = field.help;
    if (field.name === 'content-src') {
      help += ' ' + (data.defaultPack ? strings.sitePack + ' ' + data.defaultPack : strings.nationalPack);
    }
    if (field.kind === 'boolean') {
      return el(components.ToggleControl, {
        key: field.name,
        label: field.label,
        help: help,
        checked: !!value,
        onChange: set,
      });
    }
    if (field.kind === 'choice') {
      return el(components.SelectControl, {
        key: field.name,
        label: field.label,
        help: help,
        value: value || '',
        options: [{ value: '', label: strings.default }].concat(
          field.choices.map(function (choice) {
            return { value: choice, label: choice };
          }),
        ),
        onChange: set,
      });
    }
    return el(components.TextControl, {
      key: field.name,
      label: field.label,
      help: help,
      value: value || '',
      onChange: set,
    });
  }

  /** The element's attributes as the page will have them. */
  function elementAttributes(block, attributes) {
    var result = {};
    block.fields.forEach(function (field) {
      var value = attributes[field.name];
      if (field.kind === 'boolean') {
        if (value) {
          result[field.name] = '';
        }
      } else if (value) {
        result[field.name] = value;
      }
    });
    if (!result['content-src'] && data.defaultPack) {
      result['content-src'] = data.defaultPack;
    }
    return result;
  }

  data.blocks.forEach(function (block) {
    wp.blocks.registerBlockType(block.name, {
      edit: function (props) {
        var blockProps = useBlockProps({ 'aria-label': strings.previewNotice });
        return el(
          'div',
          blockProps,
          el(
            InspectorControls,
            null,
            el(
              components.PanelBody,
              { title: strings.settings },
              block.fields.map(function (field) {
                return control(field, props.attributes, props.setAttributes);
              }),
            ),
          ),
          el(block.tag, elementAttributes(block, props.attributes)),
        );
      },
      save: function () {
        return null;
      },
    });
  });
})(window.wp, window.voixLogementEditor);
