package dev.ossdirect.reliability.hostile;

import static dev.ossdirect.reliability.hostile.HostileOss.BUCKET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ossdirect.localcloud.oss.OssBytes;
import dev.ossdirect.localcloud.oss.RawHttp;
import dev.ossdirect.reliability.report.Row;
import dev.ossdirect.reliability.storage.StoredObjects;
import dev.ossdirect.reliability.wire.Answer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile CompleteMultipartUpload bodies for an upload of two parts (one of 100 KB, one small): each is
 * refused with the OSS error it deserves, none reads a file or expands an entity, and afterwards the upload
 * still completes with its true part list into exactly its bytes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileMultipartTest {

  private static final String KEY = "uploads/hostile-parts.bin";
  private static final byte[] FIRST = OssBytes.random(100 * 1024, 11);
  private static final byte[] SECOND = OssBytes.random(1000, 12);

  private HostileOss hostile;
  private String uploadId;
  private String smallFirstUploadId;
  private String firstEtag;
  private String secondEtag;

  @BeforeAll
  void start(@TempDir Path root) throws Exception {
    hostile = HostileOss.start(root);
    uploadId = initiate(KEY);
    firstEtag = uploadPart(KEY, uploadId, 1, FIRST);
    secondEtag = uploadPart(KEY, uploadId, 2, SECOND);
    smallFirstUploadId = initiate("uploads/small-first.bin");
    uploadPart("uploads/small-first.bin", smallFirstUploadId, 1, SECOND);
    uploadPart("uploads/small-first.bin", smallFirstUploadId, 2, FIRST);
  }

  @AfterAll
  void completeTheUploadAfterAll() throws Exception {
    try {
      RawHttp.Response completed = complete(KEY, uploadId, parts(part(1, firstEtag), part(2, secondEtag)));
      assertEquals(200, completed.status(), completed.text());
      byte[] whole = new byte[FIRST.length + SECOND.length];
      System.arraycopy(FIRST, 0, whole, 0, FIRST.length);
      System.arraycopy(SECOND, 0, whole, FIRST.length, SECOND.length);
      assertEquals(Optional.of(StoredObjects.md5(whole)),
          StoredObjects.md5(hostile.oss.cloud.objectStore(), BUCKET, KEY));
    } finally {
      hostile.close();
    }
  }

  Stream<Arguments> hostileBodies() {
    String first = part(1, firstEtag);
    String second = part(2, secondEtag);
    String passwd = "<?xml version=\"1.0\"?><!DOCTYPE c [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>";
    return Stream.of(
        Arguments.of("not XML", "garbage", "MalformedXML"),
        Arguments.of("empty", "", "MalformedXML"),
        Arguments.of("unclosed", "<CompleteMultipartUpload>" + first, "MalformedXML"),
        Arguments.of("another root element", "<Complete>" + first + "</Complete>", "MalformedXML"),
        Arguments.of("no part", "<CompleteMultipartUpload></CompleteMultipartUpload>", "MalformedXML"),
        Arguments.of("a part without ETag",
            parts("<Part><PartNumber>1</PartNumber></Part>"), "MalformedXML"),
        Arguments.of("a PartNumber that is not a number",
            parts("<Part><PartNumber>one</PartNumber><ETag>" + firstEtag + "</ETag></Part>"), "MalformedXML"),
        Arguments.of("a PartNumber beyond an int",
            parts("<Part><PartNumber>99999999999</PartNumber><ETag>x</ETag></Part>"), "MalformedXML"),
        Arguments.of("an unknown element beside the parts", "<CompleteMultipartUpload><X/>" + first
            + "</CompleteMultipartUpload>", "MalformedXML"),
        Arguments.of("a part listed twice", parts(first, first, second), "InvalidPartOrder"),
        Arguments.of("parts out of order", parts(second, first), "InvalidPartOrder"),
        Arguments.of("a part number below 1", parts(part(-1, firstEtag), second), "InvalidPartOrder"),
        Arguments.of("a wrong ETag", parts(part(1, secondEtag), second), "InvalidPart"),
        Arguments.of("a part never uploaded", parts(first, second, part(3, secondEtag)), "InvalidPart"),
        Arguments.of("deeply nested", "<a>".repeat(50_000) + "</a>".repeat(50_000), "MalformedXML"),
        Arguments.of("nested below Part", parts("<Part><PartNumber><x><y>1</y></x></PartNumber></Part>"),
            "MalformedXML"),
        Arguments.of("over 10,000 parts", parts(part(1, firstEtag).repeat(10_001)), "MalformedXML"),
        Arguments.of("over 2 MiB", parts(first + "<!--" + "x".repeat(2 * 1024 * 1024) + "-->"), "MalformedXML"),
        Arguments.of("XXE reading a file", passwd + "<CompleteMultipartUpload><Part><PartNumber>1</PartNumber>"
            + "<ETag>&x;</ETag></Part></CompleteMultipartUpload>", "MalformedXML"),
        Arguments.of("XXE through a parameter entity", "<?xml version=\"1.0\"?><!DOCTYPE c [<!ENTITY % p SYSTEM"
            + " \"file:///etc/passwd\"> %p;]><CompleteMultipartUpload>" + first + "</CompleteMultipartUpload>",
            "MalformedXML"),
        Arguments.of("an external DTD", "<?xml version=\"1.0\"?><!DOCTYPE c SYSTEM \"http://127.0.0.1:9/x.dtd\">"
            + "<CompleteMultipartUpload>" + first + "</CompleteMultipartUpload>", "MalformedXML"),
        Arguments.of("entity expansion (billion laughs)", billionLaughs(), "MalformedXML"),
        Arguments.of("a NUL in the document type declaration", "<?xml version=\"1.0\"?><!DOCTYPE c [<!ENTITY x"
            + " SYSTEM \"file:///\u0000\">]><CompleteMultipartUpload>" + first + "</CompleteMultipartUpload>",
            "MalformedXML"),
        Arguments.of("an XInclude", "<CompleteMultipartUpload xmlns:xi=\"http://www.w3.org/2001/XInclude\">"
            + "<xi:include href=\"file:///etc/passwd\" parse=\"text\"/></CompleteMultipartUpload>", "MalformedXML"));
  }

  @ParameterizedTest(name = "{0} \u2192 {2}")
  @MethodSource("hostileBodies")
  void aHostileCompleteBodyIsRefused(String name, String body, String code) throws Exception {
    hostile.checkRefused(Row.HOSTILE_MULTIPART, () -> {
      Answer answer = Answer.of(complete(KEY, uploadId, body));
      assertFalse(answer.response().text().contains("root:"), "the answer shows a local file");
      return answer;
    }, code.equals("MalformedXML") || code.startsWith("InvalidPart") ? 400 : 404, code);
  }

  @ParameterizedTest(name = "a part under 100 KB before the last \u2192 EntityTooSmall")
  @MethodSource("smallFirstPart")
  void aSmallPartBeforeTheLastIsEntityTooSmall(String body) throws Exception {
    hostile.checkRefused(Row.HOSTILE_MULTIPART,
        () -> Answer.of(complete("uploads/small-first.bin", smallFirstUploadId, body)), 400, "EntityTooSmall");
  }

  Stream<String> smallFirstPart() throws Exception {
    return Stream.of(parts(part(1, OssBytes.etag(SECOND)), part(2, OssBytes.etag(FIRST))));
  }

  private RawHttp.Response complete(String key, String id, String body) throws Exception {
    return hostile.signed.send("POST", BUCKET, key, Map.of("uploadId", id), body.getBytes(StandardCharsets.UTF_8));
  }

  private String initiate(String key) throws Exception {
    RawHttp.Response initiated = hostile.signed.send("POST", BUCKET, key, Map.of("uploads", ""), new byte[0]);
    Matcher id = Pattern.compile("<UploadId>([0-9A-F]+)</UploadId>").matcher(initiated.text());
    assertTrue(id.find(), initiated.text());
    return id.group(1);
  }

  private String uploadPart(String key, String id, int number, byte[] bytes) throws Exception {
    RawHttp.Response part = hostile.signed.send("PUT", BUCKET, key,
        Map.of("partNumber", Integer.toString(number), "uploadId", id), bytes);
    assertEquals(200, part.status(), part.text());
    return part.header("ETag");
  }

  private static String part(int number, String etag) {
    return "<Part><PartNumber>" + number + "</PartNumber><ETag>" + etag + "</ETag></Part>";
  }

  private static String parts(String... parts) {
    return "<CompleteMultipartUpload>" + String.join("", parts) + "</CompleteMultipartUpload>";
  }

  private static String billionLaughs() {
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      out.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    return out + "]><CompleteMultipartUpload><Part><PartNumber>1</PartNumber><ETag>&lol9;</ETag></Part>"
        + "</CompleteMultipartUpload>";
  }
}
