package dev.ossdirect.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.server.Deployment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

/**
 * OSS refuses an upload, and the error box shows what the OSS console would: the code, the fine-grained
 * error code (EC) and a link to OSS's troubleshooting page for it.
 *
 * <p>The refusal is a real one from the local cloud: something between the page and the bucket (here a
 * script standing for a proxy or a browser extension) adds an {@code x-oss-} header to the UploadPart of a
 * one-part multipart upload after the server signed it. OSS signs every {@code x-oss-} header, so the V4 signature no longer matches:
 * {@code SignatureDoesNotMatch}, EC {@code 0002-00000201}. A picture of the error box is left in
 * {@code server/target/browser-screenshots/}.
 */
class ChromiumFineGrainedErrorTest {

  private static final String EC = "0002-00000201";
  /** A file of exactly one part: one UploadPart, so one refusal. */
  private static final String NAME = "one-part.png";

  @RegisterExtension
  static final ChromiumWithApp browser = new ChromiumWithApp();

  @Test
  void aRefusedUploadShowsTheFineGrainedCodeAndLinksItsTroubleshootingPage() throws IOException {
    HeaderAfterSigning.onPuts(browser.driver(), Deployment.origin(browser.app().deployment().bucketUrl()), "");
    AppPage page = browser.page();
    page.open(browser.app().url());
    page.choose(Fixtures.randomFile(browser.files(), NAME, 5 * 1024 * 1024, 3));

    assertEquals("failed", page.waitForState(NAME, Duration.ofSeconds(60), "failed", "done",
        "detection-failed"), page.errorText(NAME));
    WebElement errorBox = page.card(NAME).findElement(By.cssSelector("[data-testid=error-box]"));
    assertEquals("SignatureDoesNotMatch", errorBox.findElement(By.cssSelector("[data-testid=error-code]")).getText());
    assertEquals(EC, errorBox.findElement(By.cssSelector("[data-testid=error-ec]")).getText());

    WebElement link = errorBox.findElement(By.cssSelector("[data-testid=error-doc]"));
    assertEquals("a", link.getTagName());
    assertEquals("https://api.aliyun.com/troubleshoot?q=" + EC, link.getAttribute("href"));
    assertEquals("_blank", link.getAttribute("target"));
    assertEquals("noopener noreferrer", link.getAttribute("rel"));
    assertTrue(link.getText().startsWith("https://api.aliyun.com/troubleshoot?q=" + EC), link.getText());
    assertEquals(1, browser.app().logLines("code=SignatureDoesNotMatch"));

    browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", errorBox);
    Path screenshots = Files.createDirectories(Path.of("target", "browser-screenshots"));
    Files.copy(errorBox.getScreenshotAs(OutputType.FILE).toPath(), screenshots.resolve("fine-grained-error.png"),
        StandardCopyOption.REPLACE_EXISTING);
  }
}
