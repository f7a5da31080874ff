package dev.ossdirect.localcloud.oss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How a request's host and raw path name a bucket and a key. */
class RequestTargetTest {

  @Test
  void anIpAddressOrASingleLabelHostMeansPathStyle() throws Exception {
    for (String host : new String[] {"127.0.0.1:9102", "localhost:9102", "LOCALHOST", "[::1]:9102", null}) {
      RequestTarget target = RequestTarget.parse(host, "/web-direct-upload/uploads/a%20b%2Bc%2Fd");
      assertEquals("web-direct-upload", target.bucket(), host);
      assertEquals("uploads/a b+c/d", target.key(), host);
      assertFalse(target.isVirtualHosted());
    }
    assertNull(RequestTarget.parse("127.0.0.1", "/web-direct-upload/").key());
    assertNull(RequestTarget.parse("127.0.0.1", "/web-direct-upload").key());
    assertNull(RequestTarget.parse("127.0.0.1", "/").bucket());
  }

  @Test
  void aHostOfSeveralLabelsNamesTheBucket() throws Exception {
    RequestTarget target = RequestTarget.parse("web-direct-upload.localhost:9102", "/uploads/photo.jpg");
    assertEquals("web-direct-upload", target.bucket());
    assertEquals("uploads/photo.jpg", target.key());
    assertEquals("web-direct-upload.localhost", target.hostName());
    assertTrue(target.isVirtualHosted());
    assertEquals("/web-direct-upload/uploads/photo.jpg", target.resourcePath());
    assertNull(RequestTarget.parse("web-direct-upload.localhost", "/").key());
  }

  @Test
  void theKeyIsDecodedExactlyOnce() throws Exception {
    assertEquals("uploads/%2e%2e", RequestTarget.parse("localhost", "/bucket/uploads/%252e%252e").key());
    assertEquals("uploads/+", RequestTarget.parse("localhost", "/bucket/uploads/+").key());
  }

  @Test
  void badBucketNamesAndKeysAreRefused() {
    assertEquals("InvalidBucketName",
        assertThrows(OssException.class, () -> RequestTarget.parse("localhost", "/Bucket/x")).code());
    assertEquals("InvalidBucketName",
        assertThrows(OssException.class, () -> RequestTarget.parse("-bad-.localhost", "/x")).code());
    assertEquals("InvalidObjectName",
        assertThrows(OssException.class, () -> RequestTarget.parse("localhost", "/bucket/a/%2e%2e/b")).code());
    assertEquals("InvalidURI",
        assertThrows(OssException.class, () -> RequestTarget.parse("localhost", "*")).code());
  }
}
