package dev.ossdirect.server;

import dev.ossdirect.signing.token.UploadFlow;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The app's page ({@code /} and {@code /imm}): the client's {@code index.html}, whose
 * {@code <script src="/app/app.nocache.js">} (GWT's loader, which chooses the compiled script in the
 * browser) is replaced by the script this server chooses for the request ({@link PageScripts},
 * {@link PageLanguage}), loaded with {@code defer}. Without a permutation table (a client built without
 * one) or with Super Dev Mode, the page keeps the loader. The answer varies with the request's language
 * headers.
 */
final class HostPage implements Handler {

  static final String TEMPLATE = "/webapp/app/index.html";
  static final String LOADER_TAG = "<script src=\"/app/app.nocache.js\"></script>";

  private final String template;
  /** The page in English and in Chinese, or {@code null} without a permutation table. */
  private final String english;
  private final String chinese;

  HostPage(String template, Optional<PageScripts> scripts, UploadFlow flow) {
    if (!template.contains(LOADER_TAG)) {
      throw new IllegalArgumentException("The host page has no " + LOADER_TAG);
    }
    this.template = template;
    this.english = scripts.map(table -> withScript(template, table.path(PageLanguage.ENGLISH, flow))).orElse(null);
    this.chinese = scripts.map(table -> withScript(template, table.path(PageLanguage.CHINESE, flow))).orElse(null);
  }

  private static String withScript(String template, String scriptPath) {
    return template.replace(LOADER_TAG, "<script src=\"" + scriptPath + "\" defer></script>");
  }

  /** The page of the client this server was built with; {@code withLoader} keeps GWT's loader. */
  static HostPage ofBuiltClient(UploadFlow flow, boolean withLoader) {
    try (InputStream in = HostPage.class.getResourceAsStream(TEMPLATE)) {
      if (in == null) {
        throw new IllegalStateException("The client's " + TEMPLATE + " is not on the class path");
      }
      String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new HostPage(template, withLoader ? Optional.empty() : PageScripts.ofBuiltClient(), flow);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The page for a request with query parameter {@code locale}, the language cookie and {@code Accept-Language}. */
  String render(String localeParameter, String cookie, String acceptLanguage) {
    if (english == null) {
      return template;
    }
    return PageLanguage.CHINESE.equals(PageLanguage.choose(localeParameter, cookie, acceptLanguage)) ? chinese : english;
  }

  @Override
  public void handle(Context ctx) {
    ctx.header("Vary", "Accept-Language, Cookie");
    ctx.contentType("text/html; charset=utf-8")
        .result(render(ctx.queryParam("locale"), ctx.cookie(PageLanguage.COOKIE), ctx.header("Accept-Language")));
  }
}
