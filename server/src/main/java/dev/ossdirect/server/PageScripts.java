package dev.ossdirect.server;

import dev.ossdirect.signing.token.UploadFlow;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which compiled script a page loads. GWT compiles the client once per language ({@code locale}) and
 * upload-flow build ({@code upload.flows}: {@code all}, or {@code server_signed}, which has no OSS signer),
 * and writes each permutation's strong name and property values to {@code compilation-mappings.txt}:
 *
 * <pre>
 * 0123…CDEF.cache.js
 * locale en
 * upload.flows server_signed
 *
 * …
 * </pre>
 *
 * The client's linker also writes each permutation as {@code <strong name>.page.cache.js}, a script the
 * page loads itself without GWT's loader; this class names that file for a page's language and this
 * server's upload flow.
 */
final class PageScripts {

  /** Where the build puts the client's {@code compilation-mappings.txt}: on the class path, not served. */
  static final String MAPPINGS = "/app-build/app/compilation-mappings.txt";

  private static final String CACHE_JS = ".cache.js";
  private static final String PAGE_SCRIPT = ".page.cache.js";

  private final Map<String, String> strongNames;

  private PageScripts(Map<String, String> strongNames) {
    this.strongNames = strongNames;
  }

  /** The scripts of the client this server was built with, if its permutation table is on the class path. */
  static Optional<PageScripts> ofBuiltClient() {
    try (InputStream in = PageScripts.class.getResourceAsStream(MAPPINGS)) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads {@code compilation-mappings.txt}. Throws {@link IllegalArgumentException} if a permutation lacks
   * one of the two properties, or if English or Chinese has no script for either build.
   */
  static PageScripts parse(String mappings) {
    Map<String, String> strongNames = new HashMap<>();
    List<String> block = new ArrayList<>();
    for (String line : (mappings + "\n\n").lines().map(String::strip).toList()) {
      if (!line.isEmpty()) {
        block.add(line);
      } else if (!block.isEmpty()) {
        readPermutation(block, strongNames);
        block.clear();
      }
    }
    for (String locale : new String[] {PageLanguage.ENGLISH, PageLanguage.CHINESE}) {
      for (UploadFlow flow : UploadFlow.values()) {
        if (!strongNames.containsKey(key(locale, build(flow)))) {
          throw new IllegalArgumentException("No compiled script for locale " + locale + " and upload.flows "
              + build(flow));
        }
      }
    }
    return new PageScripts(Map.copyOf(strongNames));
  }

  /** Adds the permutation of {@code block} (its file, then its property values) to {@code strongNames}. */
  private static void readPermutation(List<String> block, Map<String, String> strongNames) {
    if (!block.get(0).endsWith(CACHE_JS)) {
      return;
    }
    String strongName = block.get(0).substring(0, block.get(0).length() - CACHE_JS.length());
    String locale = null;
    String flows = null;
    for (String line : block.subList(1, block.size())) {
      String[] property = line.split(" ", 2);
      if (property.length == 2 && property[0].equals("locale")) {
        locale = property[1];
      } else if (property.length == 2 && property[0].equals("upload.flows")) {
        flows = property[1];
      }
    }
    if (locale == null || flows == null) {
      throw new IllegalArgumentException("Permutation " + strongName + " names no locale or upload.flows");
    }
    strongNames.put(key(locale, flows), strongName);
  }

  /** The path of the script for a page in {@code language} on a server whose uploads take {@code flow}. */
  String path(String language, UploadFlow flow) {
    return "/app/" + strongNames.get(key(language, build(flow))) + PAGE_SCRIPT;
  }

  /**
   * The build that runs {@code flow}: the one without OSS signers when the server signs, else the one
   * that can sign in the page.
   */
  private static String build(UploadFlow flow) {
    return flow == UploadFlow.SERVER_SIGNED ? "server_signed" : "all";
  }

  private static String key(String locale, String flows) {
    return locale + " " + flows;
  }
}
