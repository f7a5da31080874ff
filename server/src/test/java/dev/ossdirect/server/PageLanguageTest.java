package dev.ossdirect.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The server chooses a page's language as the client module's locale provider does in the browser. */
class PageLanguageTest {

  @ParameterizedTest(name = "locale={0} cookie={1} Accept-Language={2} -> {3}")
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      "null | null | null | en",
      "null | null | '' | en",
      "zh | null | null | zh",
      "en | zh | zh-CN | en",
      "zh | en | en-US | zh",
      // A parameter or cookie of another language counts for nothing.
      "fr | null | zh-CN | zh",
      "ZH | null | null | en",
      "null | zh | en-US | zh",
      "null | de | zh | zh",
      // Accept-Language: the first language the app speaks, by preference.
      "null | null | zh-CN,zh;q=0.9,en;q=0.8 | zh",
      "null | null | en-GB,zh;q=0.5 | en",
      "null | null | fr-FR,fr;q=0.9,zh-Hans;q=0.8,en;q=0.5 | zh",
      "null | null | en;q=0.2,zh-SG;q=0.8 | zh",
      "null | null | de;q=1.0,zh-CN;q=0 | en",
      // Traditional Chinese is passed over for the next language.
      "null | null | zh-TW,zh-HK;q=0.9,en;q=0.8 | en",
      "null | null | zh-Hant-TW,zh-Hans-CN;q=0.9 | zh",
      "null | null | ZH-cn | zh",
      "null | null | zh-MY | zh",
      "null | null | * | en",
      // A malformed header is ignored.
      "null | null | en;q=x;;; | en",
      "null | null | zh-CN;q=2 | en",
  })
  void choosesAsTheBrowsersLoaderWould(String locale, String cookie, String acceptLanguage, String expected) {
    assertEquals(expected, PageLanguage.choose(locale, cookie, acceptLanguage));
  }
}
