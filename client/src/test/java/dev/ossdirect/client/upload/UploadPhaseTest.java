package dev.ossdirect.client.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ossdirect.signing.Ascii;
import org.junit.jupiter.api.Test;

class UploadPhaseTest {

  /** The style sheet and the browser tests read these words in each card's data-state. */
  @Test
  void eachStateIsThePhasesNameInLowerCase() {
    for (UploadPhase phase : UploadPhase.values()) {
      assertEquals(Ascii.toLowerCase(phase.name()), phase.state());
    }
    assertEquals("unconfirmed", UploadPhase.UNCONFIRMED.state());
  }
}
