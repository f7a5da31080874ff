package dev.ossdirect.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/** The signatures the server chooses: OSS signature V1 for an old bucket, ACS3-HMAC-SHA256 for IMM. */
class ChromiumSignatureChoiceTest {

  @TempDir static Path dataDir;
  @TempDir static Path profileDir;
  private static ChromeDriver driver;
  private static BrowserApp app;

  @BeforeAll
  static void start() {
    driver = Chromium.start(profileDir);
    app = BrowserApp.start(dataDir, "--oss-signature=v1", "--imm-signature=acs3");
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (app != null) {
      app.close();
    }
  }

  @Test
  void uploadsSignedWithV1AndFacesWithAcs3() {
    AppPage page = new AppPage(driver);
    page.open(app.url());
    assertEquals("acs3",
        new Select(driver.findElement(By.id("imm-signature"))).getFirstSelectedOption().getAttribute("value"));
    page.choose(Fixtures.picture("grace_hopper.jpg"));

    assertEquals("done", page.waitForState("grace_hopper.jpg", Duration.ofSeconds(60), "done", "failed",
        "detection-failed"), page.errorText("grace_hopper.jpg"));
    assertEquals("Uploaded \u00b7 1 face found", page.status("grace_hopper.jpg"));
    String authorization = page.requestHeader("PUT", "Authorization");
    assertEquals("OSS ", authorization.substring(0, 4), authorization);
    assertEquals("ACS3-HMAC-SHA256 ", page.requestHeader("POST", "Authorization").substring(0, 17));
  }
}
