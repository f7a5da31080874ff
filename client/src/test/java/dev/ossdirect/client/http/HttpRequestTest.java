package dev.ossdirect.client.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class HttpRequestTest {

  @Test
  void headersAreFoundWhateverTheirCase() {
    HttpRequest request = HttpRequest.builder("PUT", "http://127.0.0.1/b/k").header("content-type", "image/png").build();
    assertEquals("image/png", request.header("Content-Type"));
    assertEquals("image/png", request.header("CONTENT-TYPE"));
    assertNull(request.header("Content-MD5"));
  }

  @Test
  void aTextBodyWithoutItsContentTypeIsRefusedBecauseTheBrowserWouldAddOneUnsigned() {
    HttpRequest.Builder builder = HttpRequest.builder("POST", "http://127.0.0.1/b/k").textBody("<x/>");
    assertThrows(IllegalStateException.class, builder::build);
  }

  @Test
  void aTextBodyWithItsContentTypeIsBuilt() {
    HttpRequest request = HttpRequest.builder("POST", "http://127.0.0.1/b/k")
        .header("Content-Type", "application/xml").textBody("").build();
    assertEquals("", request.textBody());
  }

  @Test
  void aRequestGivesACopyOfItsHeaders() {
    HttpRequest request = HttpRequest.builder("GET", "http://127.0.0.1/").header("x-oss-date", "d").build();
    request.headers().set("authorization", "forged");
    assertNull(request.header("authorization"));
    assertEquals(List.of("x-oss-date"), request.headers().names());
  }
}
