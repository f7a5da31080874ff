package dev.ossdirect.server.browser;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the focused element shows its focus: its computed outline, and the colour the outline is drawn on
 * (the first opaque background among its ancestors, since the outline sits outside the element).
 *
 * <p>axe-core does not look at focus at all; WCAG 2.1 asks that focus be visible (2.4.7) and that what
 * shows it stand out from what is next to it by at least 3:1 (1.4.11), which {@link #contrast} measures.
 *
 * @param element what was focused, as {@link KeyboardFocus} names it
 * @param outlineStyle the computed {@code outline-style}
 * @param outlineWidth the computed {@code outline-width}, in CSS pixels
 * @param outlineColor the computed {@code outline-color}, {@code rgb(…)}
 * @param background the colour behind the outline, {@code rgb(…)}
 */
record FocusRing(String element, String outlineStyle, double outlineWidth, String outlineColor, String background) {

  private static final Pattern RGB = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)(?:, ([\\d.]+))?\\)");

  static FocusRing of(Map<String, Object> values) {
    return new FocusRing((String) values.get("element"), (String) values.get("outlineStyle"),
        ((Number) values.get("outlineWidth")).doubleValue(), (String) values.get("outlineColor"),
        (String) values.get("background"));
  }

  /** Whether an outline is drawn at all. */
  boolean visible() {
    return !outlineStyle.equals("none") && outlineWidth > 0;
  }

  /** The contrast ratio of the outline against its background, WCAG's (L1 + 0.05) / (L2 + 0.05). */
  double contrast() {
    double a = luminance(outlineColor);
    double b = luminance(background);
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  /** WCAG's relative luminance of an opaque {@code rgb(…)} colour. */
  static double luminance(String rgb) {
    Matcher matcher = RGB.matcher(rgb);
    if (!matcher.matches() || (matcher.group(4) != null && Double.parseDouble(matcher.group(4)) < 1)) {
      throw new IllegalArgumentException("Not an opaque rgb() colour: " + rgb);
    }
    double[] weights = {0.2126, 0.7152, 0.0722};
    double luminance = 0;
    for (int i = 0; i < 3; i++) {
      double channel = Integer.parseInt(matcher.group(i + 1)) / 255.0;
      luminance += weights[i] * (channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4));
    }
    return luminance;
  }
}
