import {
  Badge,
  createTheme,
  darken,
  defaultVariantColorsResolver,
  Modal,
  parseThemeColor,
  type VariantColorsResolver,
} from '@mantine/core';

/** Variants whose text is the colour itself on white or a pale tint of it. */
const tintedVariants = new Set(['light', 'subtle', 'outline', 'transparent']);

/**
 * WCAG 2.2 AA contrast (4.5:1) for text drawn in a colour: a light badge ("Weak" on pale
 * yellow), a subtle or outline button ("Withdraw" in red) use the colour's darkest shade,
 * darkened by 30 %, instead of its middle one (2.7–3.3:1 for yellow, red and grey).
 */
const readableVariants: VariantColorsResolver = (input) => {
  const colours = defaultVariantColorsResolver(input);
  if (!tintedVariants.has(input.variant)) return colours;
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor || !input.theme.colors[parsed.color]) return colours;
  const text = darken(input.theme.colors[parsed.color]![9], 0.3);
  return { ...colours, color: text, hoverColor: text, ...(input.variant === 'outline' ? { border: text } : {}) };
};

export const theme = createTheme({
  primaryColor: 'indigo',
  // White on indigo 6 is 4.3:1; on indigo 8, 5.7:1.
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'md',
  fontFamily: 'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  headings: { fontWeight: '650' },
  variantColorResolver: readableVariants,
  components: {
    // A dialog's close button says what it does to a screen reader.
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
    // A badge's word is never cut short ("ENGINEER…"): a narrow table scrolls sideways instead.
    Badge: Badge.extend({ styles: { root: { maxWidth: 'none', overflow: 'visible', flexShrink: 0 }, label: { overflow: 'visible' } } }),
  },
});

/** Descriptions and other dimmed text: grey 7 (7.8:1 on the page's grey) where Mantine's grey 6 is 3.3:1. */
export const cssVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)', '--mantine-color-placeholder': 'var(--mantine-color-gray-7)' },
  dark: {},
});
