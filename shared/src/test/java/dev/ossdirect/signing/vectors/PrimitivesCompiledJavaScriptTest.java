package dev.ossdirect.signing.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ossdirect.signing.SeededRandom;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The GWT-compiled primitives agree with the JDK in the browser engine too, on every input length from 0
 * to 300 bytes and on a large input, where JavaScript's lack of 32-bit integer overflow would show.
 */
class PrimitivesCompiledJavaScriptTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HexFormat HEX = HexFormat.of();
  private static WebClient browser;
  private static HtmlPage page;

  @BeforeAll
  static void loadCompiledHarness() throws Exception {
    browser = CompiledHarness.newBrowser();
    page = CompiledHarness.load(browser);
  }

  @AfterAll
  static void closeBrowser() {
    browser.close();
  }

  @Test
  void digestsAndMacsAgreeWithTheJdk() throws Exception {
    SeededRandom random = SeededRandom.seeded("compiled primitives", 21L);
    for (int length = 0; length <= SeededRandom.MAX_LENGTH; length++) {
      byte[] input = random.bytes(length);
      byte[] key = random.bytes(length % 150 + 1);
      assertEquals(HEX.formatHex(MessageDigest.getInstance("SHA-1").digest(input)), run("sha1", input, null));
      assertEquals(HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(input)), run("sha256", input, null));
      assertEquals(HEX.formatHex(mac("HmacSHA1", key, input)), run("hmac-sha1", input, key));
      assertEquals(HEX.formatHex(mac("HmacSHA256", key, input)), run("hmac-sha256", input, key));
      assertEquals(java.util.Base64.getEncoder().encodeToString(input), run("base64", input, null));
    }
  }

  @Test
  void digestsAgreeOnAMegabyteInput() throws Exception {
    byte[] input = SeededRandom.seeded("compiled primitives large", 22L).bytes(1 << 20);
    for (String algorithm : new String[] {"SHA-1", "SHA-256"}) {
      String name = algorithm.toLowerCase().replace("-", "");
      assertEquals(HEX.formatHex(MessageDigest.getInstance(algorithm).digest(input)), run(name, input, null));
    }
  }

  @Test
  void textEncodingsAgreeWithTheJdk() throws Exception {
    SeededRandom random = SeededRandom.seeded("compiled text encodings", 23L);
    for (int i = 0; i < 500; i++) {
      String text = random.text(40);
      assertEquals(HEX.formatHex(text.getBytes(StandardCharsets.UTF_8)), call("utf8", text, null));
      assertEquals(sdkRecipe(text), call("percent", text, null));
    }
    for (String text : new String[] {"", "%", "a%2Fb", "x\u00e9", "\uD83D\uDE00y", "\uD800", random.text(40)}) {
      assertEquals(sdkRecipe(sdkRecipe(text)), call("percent-twice", text, null), text);
    }
  }

  /**
   * The MACs of text, which the browser feeds to the hash as characters with the key's padded blocks
   * kept from the call before: text at the padding's and the block's boundaries and with multi-byte
   * characters and surrogates, each signed under a key used just before, then under another of the same
   * length, then under keys longer than a block.
   */
  @Test
  void macsOfTextAgreeWithTheJdkAsTheKeyStaysAndChanges() throws Exception {
    SeededRandom random = SeededRandom.seeded("compiled text macs", 24L);
    String[] texts = {
      "", "a".repeat(55), "a".repeat(56), "a".repeat(63), "a".repeat(64), "a".repeat(65),
      "\u00e9t\u00e9 \u4e2d\u6587", "x\uD83D\uDE00y", "a\uD800b", "\uDC00", random.text(120)
    };
    for (byte[] key : new byte[][] {random.bytes(45), random.bytes(45), random.bytes(64), random.bytes(65),
        random.bytes(200)}) {
      for (String text : texts) {
        for (int twice = 0; twice < 2; twice++) {
          byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
          assertEquals(HEX.formatHex(mac("HmacSHA1", key, utf8)),
              call("hmac-sha1-text", text, HEX.formatHex(key)), text);
          assertEquals(HEX.formatHex(mac("HmacSHA256", key, utf8)),
              call("hmac-sha256-text", text, HEX.formatHex(key)), text);
        }
      }
    }
  }

  /** Percent-encoding as Alibaba's Java SDKs compute it. */
  private static String sdkRecipe(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
  }

  private static byte[] mac(String algorithm, byte[] key, byte[] input) throws Exception {
    Mac mac = Mac.getInstance(algorithm);
    mac.init(new SecretKeySpec(key, algorithm));
    return mac.doFinal(input);
  }

  private static String run(String name, byte[] input, byte[] key) throws Exception {
    return call(name, HEX.formatHex(input), key == null ? null : HEX.formatHex(key));
  }

  private static String call(String name, String input, String key) throws Exception {
    String script = "ossdirectVectors.primitive(" + JSON.writeValueAsString(name) + ", "
        + CompiledHarness.jsString(input) + ", " + (key == null ? "null" : JSON.writeValueAsString(key)) + ")";
    return (String) page.executeJavaScript(script).getJavaScriptResult();
  }
}
