package dev.ossdirect.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import dev.ossdirect.server.Deployment;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The page in Simplified Chinese, for a browser whose languages are {@code zh-CN, zh}: its own text, an
 * upload and face detection with their statuses and the face's table, the explanation of a refused file
 * and of an upload OSS refuses (the error box's terms and hint), all in Chinese, with {@code <html lang>}
 * following; the language switch, used from the keyboard, changes the language and is remembered after
 * a reload; and axe-core's WCAG 2.1 A/AA rules pass on the Chinese page with every kind of card.
 * (The other browser tests run in English, the system's language.)
 */
class ChromiumLanguagesTest {

  private static final Duration SETTLE = Duration.ofSeconds(60);
  private static final String[] OVER = {"done", "failed", "detection-failed", "refused", "cancelled"};
  /** Files whose UploadPart gets a header after signing, so that OSS refuses it (SignatureDoesNotMatch). */
  private static final String REJECTED = "rejected.png";

  @RegisterExtension
  static final ChromiumWithApp browser = ChromiumWithApp.speaking("zh-CN,zh");

  private AppPage page;

  @BeforeAll
  static void spoilUploadPartsOfRejectedFiles() {
    HeaderAfterSigning.onPuts(browser.driver(), Deployment.origin(browser.app().deployment().bucketUrl()),
        "-" + REJECTED);
  }

  /** No language chosen yet: the browser's languages decide. */
  @BeforeEach
  void openThePage() {
    browser.driver().get(browser.app().url().toString());
    browser.driver().manage().deleteAllCookies();
    page = browser.page();
    page.open(browser.app().url());
  }

  @Test
  void theBrowsersChineseChoosesTheChinesePage() {
    assertEquals(List.of("zh-CN", "zh"), browser.driver().executeScript("return navigator.languages;"));
    assertChinese();
    assertEquals("ossdirect \u00b7 识别图片中的人脸", browser.driver().getTitle());
    assertEquals("选择图片", page.text("#choose-title"));
    assertEquals("将图片拖放到此处、直接粘贴，或浏览文件", page.text("#drop-zone-title"));
    assertTrue(page.text("[data-testid=limits]").startsWith("支持的类型：image/"), page.text("[data-testid=limits]"));
    assertEquals("暂无上传。", page.text("[data-testid=total-text]"));
    assertEquals("要上传的图片", attribute("[data-testid=file-input]", "aria-label"));
    assertEquals("全部上传", attribute("[data-testid=total-progress]", "aria-label"));
    assertEquals("人脸检测请求的签名方式", page.text("label[for=imm-signature]"));
  }

  @Test
  void anUploadAndItsFacesAreDescribedInChinese() {
    page.choose(Fixtures.picture("astronaut.png"));
    assertEquals("done", page.waitForState("astronaut.png", SETTLE, OVER), page.errorText("astronaut.png"));
    assertEquals("已上传 \u00b7 检测到 1 张人脸", page.status("astronaut.png"));
    assertEquals("astronaut.png：检测到 1 张人脸。", attribute("[data-testid=announcer]", "textContent"));
    assertTrue(page.text("[data-testid=total-text]").endsWith("已上传 1 / 1 个文件"), page.text("[data-testid=total-text]"));

    WebElement table = page.card("astronaut.png").findElement(By.cssSelector("[data-testid=face-table]"));
    assertEquals("人脸 1", table.findElement(By.tagName("caption")).getText());
    assertEquals(List.of("属性", "值", "置信度"), texts(table, "thead th"));
    List<String> labels = texts(table, "tbody th");
    assertTrue(labels.containsAll(List.of("类型", "人脸框")), labels.toString());
    assertEquals("人脸", rowValue(table, "类型"));
    assertEquals("IMM 的响应（JSON）", page.card("astronaut.png").findElement(By.tagName("summary")).getText());
    assertEquals("取消上传 astronaut.png",
        page.card("astronaut.png").findElement(By.cssSelector("[data-testid=cancel-button]")).getAttribute("aria-label"));
  }

  @Test
  void refusalsAreExplainedInChinese() throws IOException {
    page.choose(Files.writeString(browser.files().resolve("notes.txt"), "not a picture"),
        Fixtures.randomFile(browser.files(), REJECTED, 5 * 1024 * 1024, 5));

    assertEquals("refused", page.waitForState("notes.txt", SETTLE, OVER));
    assertEquals("未上传", page.status("notes.txt"));
    String refusal = summary("notes.txt");
    assertTrue(refusal.startsWith("不支持 ") && refusal.contains("类型的文件。支持的类型：image/"), refusal);

    assertEquals("failed", page.waitForState(REJECTED, SETTLE, OVER), page.errorText(REJECTED));
    assertEquals("上传失败", page.status(REJECTED));
    WebElement errorBox = page.card(REJECTED).findElement(By.cssSelector("[data-testid=error-box]"));
    assertEquals("OSS 拒绝了请求（HTTP 403）。", summary(REJECTED));
    assertEquals(List.of("错误码", "错误信息", "请求 ID", "EC", "排查指南"), texts(errorBox, "dt"));
    assertEquals("细粒度错误码", errorBox.findElement(By.tagName("abbr")).getAttribute("title"));
    assertEquals("SignatureDoesNotMatch", errorBox.findElement(By.cssSelector("[data-testid=error-code]")).getText());
    assertTrue(errorBox.findElement(By.cssSelector(".error-hint")).getText().startsWith("OSS 计算出的签名与请求不一致"),
        errorBox.getText());
  }

  @Test
  void theSwitchChangesTheLanguageFromTheKeyboardAndIsRemembered() {
    assertChinese();
    KeyboardFocus keyboard = new KeyboardFocus(browser.driver());
    assertTrue(keyboard.tab().element().startsWith("select[language]"));
    keyboard.press(Keys.ARROW_UP);
    page.waitUntil(SETTLE, () -> "Find faces in your pictures".equals(page.text("#page-heading")));
    page.open(browser.app().url());
    assertEnglish();
    assertEquals("en", browser.driver().manage().getCookieNamed("ossdirect-locale").getValue());

    browser.driver().navigate().refresh();
    page.waitUntil(SETTLE, () -> page.text("[data-testid=limits]").startsWith("Accepted: "));
    assertEnglish();

    page.open(browser.app().url().resolve("/?locale=zh"));
    assertChinese();
    assertTrue(new KeyboardFocus(browser.driver()).tab().element().startsWith("select[language]"));
    keyboard.press(Keys.ARROW_UP);
    page.waitUntil(SETTLE, () -> "Find faces in your pictures".equals(page.text("#page-heading"))
        && page.text("[data-testid=limits]").startsWith("Accepted: "));
    assertFalse(browser.driver().getCurrentUrl().contains("locale="), browser.driver().getCurrentUrl());
    assertEnglish();
  }

  @Test
  void theChinesePageIsAccessibleWithEveryKindOfCard() throws IOException {
    page.choose(Fixtures.picture("grace_hopper.jpg"), Fixtures.picture("coffee.png"),
        Files.writeString(browser.files().resolve("notes.txt"), "not a picture"),
        Fixtures.randomFile(browser.files(), REJECTED, 5 * 1024 * 1024, 5));
    for (String name : List.of("grace_hopper.jpg", "coffee.png", "notes.txt", REJECTED)) {
      page.waitForState(name, SETTLE, OVER);
    }
    assertChinese();
    Results results = AxeAudit.run(browser.driver());
    assertTrue(results.getViolations().isEmpty(), () -> AxeAudit.describe(results.getViolations()));
    for (String rule : List.of("html-has-lang", "html-lang-valid", "color-contrast")) {
      assertTrue(AxeAudit.passed(results, rule), rule + " was not checked");
    }
  }

  private void assertChinese() {
    assertEquals("zh-CN", attribute("html", "lang"));
    assertEquals("识别图片中的人脸", page.text("#page-heading"));
    assertEquals("语言", page.text("#language-label"));
    assertEquals("zh", browser.driver().executeScript("return document.getElementById('language').value;"));
  }

  private void assertEnglish() {
    assertEquals("en", attribute("html", "lang"));
    assertEquals("Find faces in your pictures", page.text("#page-heading"));
    assertEquals("Language", page.text("#language-label"));
    assertEquals("en", browser.driver().executeScript("return document.getElementById('language').value;"));
    assertEquals("ossdirect \u00b7 find faces in your pictures", browser.driver().getTitle());
  }

  private String attribute(String css, String name) {
    return browser.driver().findElement(By.cssSelector(css)).getAttribute(name);
  }

  private String summary(String fileName) {
    return page.card(fileName).findElement(By.cssSelector(".error-summary")).getText();
  }

  private static List<String> texts(WebElement parent, String css) {
    return parent.findElements(By.cssSelector(css)).stream().map(WebElement::getText).collect(Collectors.toList());
  }

  private static String rowValue(WebElement table, String label) {
    for (WebElement row : table.findElements(By.cssSelector("tbody tr"))) {
      if (row.findElement(By.tagName("th")).getText().equals(label)) {
        return row.findElement(By.tagName("td")).getText();
      }
    }
    throw new AssertionError("no row " + label);
  }
}
