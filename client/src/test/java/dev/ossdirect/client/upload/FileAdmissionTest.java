package dev.ossdirect.client.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.client.session.SessionConfig;
import dev.ossdirect.client.testing.Sessions;
import dev.ossdirect.client.testing.TestFile;
import dev.ossdirect.signing.token.UploadFlow;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileAdmissionTest {

  private final SessionConfig config = SessionConfig.fromJson(
      Sessions.answer("STS.a", 2_000_000_000_000L)
          .limits(Sessions.MAX_FILE_SIZE, List.of("image/jpeg", "image/png")).build().toJson(), 0, null);

  @Test
  void admitsAnAcceptedPictureWithinTheLimit() {
    assertNull(FileAdmission.refusal(new TestFile("a.jpg", "image/jpeg", 1000), "image/jpeg", config));
    assertNull(FileAdmission.refusal(new TestFile("a.jpg", "image/jpeg", 20971520), "image/jpeg", config));
  }

  @Test
  void refusesOtherTypes() {
    assertEquals("text/plain files are not accepted. Accepted types: image/jpeg, image/png.",
        FileAdmission.refusal(new TestFile("a.txt", "text/plain", 10), "text/plain", config));
    assertEquals("The type of this file is unknown. Accepted types: image/jpeg, image/png.",
        FileAdmission.refusal(new TestFile("a", "", 10), "", config));
  }

  @Test
  void refusesEmptyAndOversizedFiles() {
    assertEquals("The file is empty.",
        FileAdmission.refusal(new TestFile("a.png", "image/png", 0), "image/png", config));
    assertEquals("The file is 25 MiB, over the limit of 20 MiB.",
        FileAdmission.refusal(new TestFile("a.png", "image/png", 25 * 1024 * 1024), "image/png", config));
  }

  /**
   * The script built for server-signed uploads only cannot sign in the page: if the server's token asks
   * it to (its settings changed since the page loaded), every file is refused with the way out.
   */
  @Test
  void theServerSignedBuildRefusesAPageSignedSessionAndAsksForAReload() {
    SessionConfig serverSigned = SessionConfig.fromJson(
        Sessions.answer("STS.a", 2_000_000_000_000L).uploadFlow(UploadFlow.SERVER_SIGNED)
            .limits(Sessions.MAX_FILE_SIZE, List.of("image/jpeg", "image/png")).build().toJson(), 0, null);
    TestFile picture = new TestFile("a.jpg", "image/jpeg", 1000);
    System.setProperty(ScriptBuild.PROPERTY, ScriptBuild.SERVER_SIGNED_ONLY);
    try {
      assertFalse(ScriptBuild.pageSignsUploads());
      assertEquals("The server has changed how uploads are signed since this page was loaded. Reload the page to "
          + "upload.", FileAdmission.refusal(picture, "image/jpeg", config));
      assertNull(FileAdmission.refusal(picture, "image/jpeg", serverSigned));
    } finally {
      System.clearProperty(ScriptBuild.PROPERTY);
    }
    assertTrue(ScriptBuild.pageSignsUploads());
    assertNull(FileAdmission.refusal(picture, "image/jpeg", config));
    assertNull(FileAdmission.refusal(picture, "image/jpeg", serverSigned));
  }

  @Test
  void guessesCommonPictureTypesTheBrowserDidNotKnow() {
    assertEquals("image/webp", ContentTypes.of("cat.WEBP", ""));
    assertEquals("image/jpeg", ContentTypes.of("cat.jpg", null));
    assertEquals("", ContentTypes.of("notes", ""));
    assertEquals("image/png", ContentTypes.of("cat.jpg", "IMAGE/PNG"));
  }

  @Test
  void matchesWildcards() {
    assertTrue(ContentTypes.isAllowed("image/heic", List.of("image/*")));
    assertFalse(ContentTypes.isAllowed("imagex/heic", List.of("image/*")));
    assertFalse(ContentTypes.isAllowed("", List.of("image/*")));
    assertTrue(ContentTypes.isAllowed("image/png", List.of("IMAGE/PNG")));
  }
}
