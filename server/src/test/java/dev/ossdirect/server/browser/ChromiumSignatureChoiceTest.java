package dev.ossdirect.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The signatures the server chooses: OSS signature V1 for an old bucket, ACS3-HMAC-SHA256 for IMM, whose
 * call asks for JSON and still passes the local IMM's CORS preflight.
 */
class ChromiumSignatureChoiceTest {

  @RegisterExtension
  static final ChromiumWithApp browser = new ChromiumWithApp("--oss-signature=v1", "--imm-signature=acs3");

  @Test
  void uploadsSignedWithV1AndFacesWithAcs3() {
    AppPage page = browser.page();
    page.open(browser.app().url());
    assertEquals("acs3",
        new Select(browser.driver().findElement(By.id("imm-signature"))).getFirstSelectedOption().getAttribute("value"));
    page.choose(Fixtures.picture("grace_hopper.jpg"));

    assertEquals("done", page.waitForState("grace_hopper.jpg", Duration.ofSeconds(60), "done", "failed",
        "detection-failed"), page.errorText("grace_hopper.jpg"));
    assertEquals("Uploaded \u00b7 1 face found", page.status("grace_hopper.jpg"));
    String authorization = page.requestHeader("PUT", "Authorization");
    assertEquals("OSS ", authorization.substring(0, 4), authorization);
    assertEquals("ACS3-HMAC-SHA256 ", page.requestHeader("POST", "Authorization").substring(0, 17));
    // As Alibaba's V3 client asks; without it, the browser's default would go out (*/*).
    assertEquals("application/json", page.requestHeader("POST", "Accept"));
  }
}
