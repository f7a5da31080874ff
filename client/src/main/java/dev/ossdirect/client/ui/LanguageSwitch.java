package dev.ossdirect.client.ui;

import com.google.gwt.core.client.GWT;
import elemental2.dom.DomGlobal;
import elemental2.dom.HTMLSelectElement;
import elemental2.dom.URL;

/**
 * The page's language selector. Each language is a script of its own (GWT's {@code locale} property),
 * chosen by the selection script before any of the app runs (see the module's {@code locale} property
 * provider): a {@code ?locale=} parameter first, then the {@value #COOKIE} cookie, then the browser's
 * languages in their order. Choosing a language sets that cookie for a year and loads the page again,
 * without a {@code locale} parameter that would outrank it.
 */
final class LanguageSwitch {

  /** The cookie the module's property provider reads; the two must agree. */
  static final String COOKIE = "ossdirect-locale";

  private static final PageMessages MESSAGES = GWT.create(PageMessages.class);
  private static final int ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

  private LanguageSwitch() {}

  /** Shows the current language in {@code select} and switches when another is chosen. */
  static void bind(HTMLSelectElement select) {
    select.value = MESSAGES.localeName();
    select.addEventListener("change", event -> choose(select.value));
  }

  private static void choose(String locale) {
    DomGlobal.document.cookie = COOKIE + "=" + locale + "; path=/; max-age=" + ONE_YEAR_SECONDS + "; SameSite=Lax";
    URL page = new URL(DomGlobal.location.href);
    page.searchParams.delete("locale");
    DomGlobal.location.replace(page.href);
  }
}
