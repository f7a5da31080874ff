package dev.ossdirect.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.signing.acs3.Acs3Signature;
import java.util.List;
import java.util.Map;
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

  @Test
  void aNameSetAgainKeepsItsFirstPlaceWithTheLaterValue() {
    SignableRequest request = SignableRequest.builder("GET", "/")
        .query("b", "1")
        .query("a", null)
        .query("b", "2")
        .header("X-Oss-Meta-A", "1")
        .header("Content-Type", "text/plain")
        .header("x-oss-meta-a", "2")
        .build();
    assertEquals(2, request.queryCount());
    assertEquals("b", request.queryName(0));
    assertEquals("2", request.queryValue(0));
    assertEquals("a", request.queryName(1));
    assertEquals("", request.queryValue(1));
    assertEquals("2", request.queryParameter("b"));
    assertNull(request.queryParameter("B"));
    assertEquals(List.of("x-oss-meta-a", "content-type"), request.headerNames());
    assertEquals("2", request.header("X-OSS-META-A"));
    assertEquals(List.of("b", "a"), List.copyOf(request.query().keySet()));
    assertEquals(Map.of("x-oss-meta-a", "2", "content-type", "text/plain"), request.headers());
  }

  @Test
  void anEmptyRequestHasNoParametersOrHeaders() {
    SignableRequest request = SignableRequest.builder("GET", "/").build();
    assertEquals(0, request.queryCount());
    assertTrue(request.headerNames().isEmpty());
    assertTrue(request.query().isEmpty());
    assertTrue(request.headers().isEmpty());
    assertNull(request.header("host"));
    assertNull(request.queryParameter(""));
  }

  @Test
  void removingANameLeavesTheOthersInOrderAndTheOriginalUntouched() {
    SignableRequest request = SignableRequest.builder("GET", "/")
        .query("a", "1").query("b", "2").query("c", "3")
        .header("host", "h").header("x-oss-date", "d")
        .build();
    SignableRequest less = request.toBuilder().removeQuery("b").removeQuery("absent").removeHeader("HOST").build();
    assertEquals(List.of("a", "c"), List.copyOf(less.query().keySet()));
    assertEquals(List.of("x-oss-date"), less.headerNames());
    assertEquals(3, request.queryCount());
    assertEquals(List.of("host", "x-oss-date"), request.headerNames());
  }

  @Test
  void theNamesAndMapsCannotBeChanged() {
    SignableRequest request = SignableRequest.builder("GET", "/").query("a", "1").header("host", "h").build();
    assertThrows(UnsupportedOperationException.class, () -> request.headerNames().add("x"));
    assertThrows(UnsupportedOperationException.class, () -> request.query().put("b", "2"));
    assertThrows(UnsupportedOperationException.class, () -> request.headers().clear());
    assertSame(request.query(), request.query());
  }
}
