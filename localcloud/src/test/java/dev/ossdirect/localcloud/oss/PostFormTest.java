package dev.ossdirect.localcloud.oss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Forms read as they arrive: whatever the sizes the body comes in, down to one byte at a time, the fields
 * before the file are read whole, the file streams out byte for byte, and what is broken is refused.
 */
class PostFormTest {

  private static final String CONTENT_TYPE = "multipart/form-data; boundary=" + PostForms.BOUNDARY;

  /** {@code body}, handed out at most {@code step} bytes per read. */
  private static InputStream trickle(byte[] body, int step) {
    return new ByteArrayInputStream(body) {
      @Override
      public synchronized int read(byte[] bytes, int offset, int length) {
        return super.read(bytes, offset, Math.min(length, step));
      }
    };
  }

  @Test
  void readsFieldsThenStreamsTheFileWhateverTheReadSizes() throws Exception {
    byte[] file = OssBytes.random(200_000, 1);
    // A file that holds what looks like a boundary, without the line break before it.
    System.arraycopy(("--" + PostForms.BOUNDARY).getBytes(), 0, file, 1000, PostForms.BOUNDARY.length() + 2);
    byte[] body = PostForms.form().field("key", "uploads/ü.jpg").field("policy", "").field("x-oss-meta-a", "1\r\n2")
        .file("ü.jpg", "image/jpeg", file).field("after", "ignored").body();
    for (int step : new int[] {1, 7, 4096, body.length}) {
      PostForm form = PostForm.start(trickle(body, step), CONTENT_TYPE);
      assertEquals(Map.of("key", "uploads/ü.jpg", "policy", "", "x-oss-meta-a", "1\r\n2"), form.fields());
      assertEquals("uploads/ü.jpg", form.fields().get("KEY"));
      assertEquals("ü.jpg", form.fileName());
      assertEquals("image/jpeg", form.fileContentType());
      if (step == 1) {
        byte[] first = form.file().readNBytes(10);
        assertArrayEquals(Arrays.copyOf(file, 10), first);
        continue;
      }
      assertArrayEquals(file, form.file().readAllBytes(), "read " + step + " bytes at a time");
      form.finish();
    }
  }

  @Test
  void takesAnEmptyFile() throws Exception {
    PostForm form = PostForm.start(new ByteArrayInputStream(
        PostForms.form().field("key", "k").file("e", "text/plain", new byte[0]).body()), CONTENT_TYPE);
    assertEquals(0, form.file().readAllBytes().length);
    form.finish();
  }

  @Test
  void holdsAtMostSixtyFourKibibytesOfFields() throws Exception {
    String name = "x-oss-meta-big";
    String fits = "a".repeat(PostForm.MAX_FIELD_BYTES - 1);
    PostForm form = PostForm.start(new ByteArrayInputStream(PostForms.form().field("k", "v").field(name, fits)
        .file("f", "text/plain", new byte[1]).body()), CONTENT_TYPE);
    assertEquals(fits, form.fields().get(name));
    OssException tooMuch = assertThrows(OssException.class, () -> PostForm.start(new ByteArrayInputStream(
        PostForms.form().field("k", "vv").field(name, fits).file("f", "text/plain", new byte[1]).body()),
        CONTENT_TYPE));
    assertEquals("InvalidArgument", tooMuch.code());
  }

  @Test
  void refusesWhatIsNotAWellFormedFormWithAFile() {
    byte[] noFile = PostForms.form().field("key", "k").body();
    byte[] twice = PostForms.form().field("key", "a").field("Key", "b").file("f", "text/plain", new byte[1]).body();
    byte[] nameless = PostForms.form().part("Content-Disposition: form-data\r\n", new byte[] {1})
        .file("f", "text/plain", new byte[1]).body();
    byte[] notUtf8 = PostForms.form().part("Content-Disposition: form-data; name=\"key\"\r\n",
        new byte[] {(byte) 0xc3, 0x28}).file("f", "text/plain", new byte[1]).body();
    for (byte[] body : new byte[][] {noFile, twice, nameless, notUtf8, "garbage".getBytes(), new byte[0]}) {
      OssException e = assertThrows(OssException.class,
          () -> PostForm.start(new ByteArrayInputStream(body), CONTENT_TYPE));
      assertEquals("MalformedPOSTRequest", e.code(), new String(body));
    }
    for (String type : new String[] {null, "application/octet-stream", "multipart/form-data", "multipart/mixed; boundary=x"}) {
      OssException e = assertThrows(OssException.class,
          () -> PostForm.start(new ByteArrayInputStream(noFile), type));
      assertEquals("MalformedPOSTRequest", e.code(), type);
    }
  }

  @Test
  void aBodyThatStopsInTheFileBreaksTheFileStream() throws Exception {
    byte[] body = PostForms.form().field("key", "k").file("f", "text/plain", OssBytes.random(100_000, 2)).body();
    PostForm form = PostForm.start(new ByteArrayInputStream(Arrays.copyOf(body, 50_000)), CONTENT_TYPE);
    PostForm.MalformedException e =
        assertThrows(PostForm.MalformedException.class, () -> form.file().readAllBytes());
    assertEquals("MalformedPOSTRequest", e.error().code());

    byte[] withMore = PostForms.form().field("key", "k").file("f", "text/plain", new byte[10])
        .field("after", "x".repeat(1000)).body();
    PostForm whole = PostForm.start(new ByteArrayInputStream(Arrays.copyOf(withMore, withMore.length - 500)),
        CONTENT_TYPE);
    assertEquals(10, whole.file().readAllBytes().length);
    OssException end = assertThrows(OssException.class, whole::finish);
    assertTrue(end.getMessage().contains("not well-formed"), end.getMessage());
  }

  @Test
  void aReadFailureOfTheBodyComesThroughAsItself() throws Exception {
    byte[] body = PostForms.form().field("key", "k").file("f", "text/plain", OssBytes.random(100_000, 3)).body();
    InputStream failing = new ByteArrayInputStream(body, 0, 60_000) {
      @Override
      public synchronized int read(byte[] bytes, int offset, int length) {
        int read = super.read(bytes, offset, length);
        if (read < 0) {
          throw new java.io.UncheckedIOException(new IOException("connection reset"));
        }
        return read;
      }
    };
    PostForm form = PostForm.start(failing, CONTENT_TYPE);
    assertThrows(java.io.UncheckedIOException.class, () -> form.file().readAllBytes());
  }
}
