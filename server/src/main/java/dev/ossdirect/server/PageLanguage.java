package dev.ossdirect.server;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The language of the page a browser is served, {@code en} or {@code zh}, chosen as the client module's
 * locale provider chooses it in {@code app.nocache.js}: a {@code ?locale=} parameter first (a link to one
 * language), then the {@value #COOKIE} cookie the page's language switch sets, then the first language of
 * {@code Accept-Language}, in order of preference, that the app speaks. Chinese written in simplified
 * characters ({@code zh}, {@code zh-CN}, {@code zh-SG}, {@code zh-Hans}…) gets {@code zh}; {@code zh-TW},
 * {@code zh-HK} and {@code zh-Hant} are passed over for the next language; anything else is English.
 */
final class PageLanguage {

  /** The cookie the page's language switch sets (the client's {@code LanguageSwitch.COOKIE}). */
  static final String COOKIE = "ossdirect-locale";
  static final String ENGLISH = "en";
  static final String CHINESE = "zh";

  private static final Pattern ENGLISH_TAG = Pattern.compile("en(-.*)?");
  private static final Pattern SIMPLIFIED_CHINESE_TAG = Pattern.compile("zh(-(cn|sg|my|hans)(-.*)?)?");

  private PageLanguage() {}

  /**
   * The page's language for query parameter {@code locale}, cookie {@value #COOKIE} and header
   * {@code Accept-Language}, each {@code null} when the request has none.
   */
  static String choose(String localeParameter, String cookie, String acceptLanguage) {
    for (String chosen : new String[] {localeParameter, cookie}) {
      if (ENGLISH.equals(chosen) || CHINESE.equals(chosen)) {
        return chosen;
      }
    }
    for (String tag : preferredTags(acceptLanguage)) {
      if (ENGLISH_TAG.matcher(tag).matches()) {
        return ENGLISH;
      }
      if (SIMPLIFIED_CHINESE_TAG.matcher(tag).matches()) {
        return CHINESE;
      }
    }
    return ENGLISH;
  }

  /** The language tags of {@code Accept-Language}, lower case, most wanted first, without those refused. */
  private static List<String> preferredTags(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return List.of();
    }
    try {
      return Locale.LanguageRange.parse(acceptLanguage).stream()
          .filter(range -> range.getWeight() > 0)
          .map(range -> range.getRange().toLowerCase(Locale.ROOT))
          .toList();
    } catch (IllegalArgumentException malformed) {
      return List.of();
    }
  }
}
