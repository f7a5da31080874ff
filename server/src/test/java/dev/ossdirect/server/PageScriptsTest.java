package dev.ossdirect.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.signing.token.UploadFlow;
import org.junit.jupiter.api.Test;

/** Reading GWT's permutation table and naming the page script for a language and an upload flow. */
class PageScriptsTest {

  private static final String MAPPINGS = """
      AAAA0000000000000000000000000000.cache.js
      locale en
      upload.flows all
      user.agent gecko1_8

      AAAA0000000000000000000000000000.cache.js
      locale en
      upload.flows all
      user.agent safari

      BBBB0000000000000000000000000000.cache.js
      locale en
      upload.flows server_signed
      user.agent gecko1_8

      CCCC0000000000000000000000000000.cache.js
      locale zh
      upload.flows all
      user.agent gecko1_8

      DDDD0000000000000000000000000000.cache.js
      locale zh
      upload.flows server_signed
      user.agent gecko1_8

      Devmode:
      """;

  @Test
  void namesThePageScriptOfEachLanguageAndBuild() {
    PageScripts scripts = PageScripts.parse(MAPPINGS);
    assertEquals("/app/AAAA0000000000000000000000000000.page.cache.js", scripts.path("en", UploadFlow.BROWSER_TOKEN));
    assertEquals("/app/BBBB0000000000000000000000000000.page.cache.js", scripts.path("en", UploadFlow.SERVER_SIGNED));
    assertEquals("/app/CCCC0000000000000000000000000000.page.cache.js", scripts.path("zh", UploadFlow.BROWSER_TOKEN));
    assertEquals("/app/DDDD0000000000000000000000000000.page.cache.js", scripts.path("zh", UploadFlow.SERVER_SIGNED));
  }

  @Test
  void readsWindowsLineEnds() {
    PageScripts scripts = PageScripts.parse(MAPPINGS.replace("\n", "\r\n"));
    assertEquals("/app/DDDD0000000000000000000000000000.page.cache.js", scripts.path("zh", UploadFlow.SERVER_SIGNED));
  }

  @Test
  void refusesATableMissingAScript() {
    String withoutChineseServerSigned = MAPPINGS.replace("""
        DDDD0000000000000000000000000000.cache.js
        locale zh
        upload.flows server_signed
        user.agent gecko1_8
        """, "");
    IllegalArgumentException missing =
        assertThrows(IllegalArgumentException.class, () -> PageScripts.parse(withoutChineseServerSigned));
    assertTrue(missing.getMessage().contains("locale zh and upload.flows server_signed"), missing.getMessage());
  }

  @Test
  void refusesAPermutationWithoutTheUploadFlowsProperty() {
    String older = MAPPINGS.replace("upload.flows all\n", "");
    IllegalArgumentException unnamed = assertThrows(IllegalArgumentException.class, () -> PageScripts.parse(older));
    assertTrue(unnamed.getMessage().contains("AAAA0000000000000000000000000000"), unnamed.getMessage());
  }

  @Test
  void refusesAnEmptyTable() {
    assertThrows(IllegalArgumentException.class, () -> PageScripts.parse(""));
  }

  /** The build's own table has all four scripts, and each of them is packaged. */
  @Test
  void theBuiltClientHasEveryScript() {
    PageScripts scripts = PageScripts.ofBuiltClient().orElseThrow();
    for (String language : new String[] {"en", "zh"}) {
      for (UploadFlow flow : UploadFlow.values()) {
        String path = scripts.path(language, flow);
        assertTrue(PageScripts.class.getResource("/webapp" + path) != null, path);
      }
    }
  }
}
