package dev.ossdirect.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.signing.acs3.Acs3Signature;
import org.junit.jupiter.api.Test;

class SignableRequestTest {

  @Test
  void theCanonicalLengthEstimateCountsEveryNameAndValueOnTopOfAFixedRoom() {
    int bare = SignableRequest.builder("GET", "/").build().canonicalLengthEstimate();
    SignableRequest full = SignableRequest.builder("GET", "/")
        .query("uploads", "")
        .query("a", "bc")
        .header("Host", "h.example")
        .build();
    assertEquals(bare + "uploads".length() + "abc".length() + "host".length() + "h.example".length(),
        full.canonicalLengthEstimate());
    assertEquals(full.canonicalLengthEstimate(), full.canonicalLengthEstimate());
  }

  @Test
  void theEstimateHoldsACanonicalRequestWithoutEscapes() {
    SignableRequest request = SignableRequest.builder("POST", "/")
        .query("ProjectName", "project")
        .header("host", "imm.cn-hangzhou.aliyuncs.com")
        .header("x-acs-action", "DetectImageFaces")
        .header("x-acs-security-token", "t".repeat(600))
        .build();
    String canonical = Acs3Signature.canonicalRequest(request, Acs3Signature.defaultSignedHeaders(request));
    assertTrue(canonical.length() <= request.canonicalLengthEstimate(), canonical.length() + " chars");
  }
}
