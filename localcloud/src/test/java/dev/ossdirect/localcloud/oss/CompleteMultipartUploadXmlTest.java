package dev.ossdirect.localcloud.oss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The CompleteMultipartUpload body reader takes the documented XML and refuses everything else. */
class CompleteMultipartUploadXmlTest {

  private static final String ONE_PART = "<Part><PartNumber>1</PartNumber><ETag>A</ETag></Part>";

  private static List<PartReference> parse(String xml) throws Exception {
    byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
    return CompleteMultipartUploadXml.parse(new ByteArrayInputStream(bytes), bytes.length);
  }

  @Test
  void readsThePartsInTheOrderGiven() throws Exception {
    List<PartReference> parts = parse("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<CompleteMultipartUpload>\n"
        + "  <Part><PartNumber>2</PartNumber><ETag>\"AB&amp;CD\"</ETag></Part>\n"
        + "  <!-- a comment -->\n"
        + "  <Part><ETag>EF</ETag><Size>12</Size><PartNumber> 1 </PartNumber></Part>\n"
        + "</CompleteMultipartUpload>");
    assertEquals(List.of(new PartReference(2, "\"AB&CD\""), new PartReference(1, "EF")), parts);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // external entity (XXE)
      "<?xml version=\"1.0\"?><!DOCTYPE c [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
          + "<CompleteMultipartUpload><Part><PartNumber>1</PartNumber><ETag>&x;</ETag></Part>"
          + "</CompleteMultipartUpload>",
      // external DTD
      "<?xml version=\"1.0\"?><!DOCTYPE c SYSTEM \"http://127.0.0.1:1/evil.dtd\">"
          + "<CompleteMultipartUpload>" + ONE_PART + "</CompleteMultipartUpload>",
      // entity expansion bomb
      "<?xml version=\"1.0\"?><!DOCTYPE c [<!ENTITY a \"aaaaaaaaaa\">"
          + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
          + "<CompleteMultipartUpload><Part><PartNumber>1</PartNumber><ETag>&b;</ETag></Part>"
          + "</CompleteMultipartUpload>",
      "<CompleteMultipartUpload><Part><PartNumber>1</PartNumber><ETag><deep>A</deep></ETag></Part>"
          + "</CompleteMultipartUpload>",
      "<Other>" + ONE_PART + "</Other>",
      "<CompleteMultipartUpload><Item/></CompleteMultipartUpload>",
      "<CompleteMultipartUpload></CompleteMultipartUpload>",
      "<CompleteMultipartUpload><Part><PartNumber>1</PartNumber></Part></CompleteMultipartUpload>",
      "<CompleteMultipartUpload><Part><PartNumber>one</PartNumber><ETag>A</ETag></Part>"
          + "</CompleteMultipartUpload>",
      "<CompleteMultipartUpload>" + ONE_PART,
      "not xml at all",
      ""})
  void refusesAnythingElseAsMalformedXml(String xml) {
    OssException e = assertThrows(OssException.class, () -> parse(xml));
    assertEquals("MalformedXML", e.code());
    assertEquals(400, e.status());
  }

  @Test
  void refusesMoreThanTenThousandPartsAndOversizedBodies() {
    String tooMany = "<CompleteMultipartUpload>" + ONE_PART.repeat(10_001) + "</CompleteMultipartUpload>";
    assertEquals("MalformedXML", assertThrows(OssException.class, () -> parse(tooMany)).code());
    String padded = "<CompleteMultipartUpload>" + " ".repeat(CompleteMultipartUploadXml.MAX_BODY_BYTES)
        + ONE_PART + "</CompleteMultipartUpload>";
    assertEquals("MalformedXML", assertThrows(OssException.class, () -> parse(padded)).code());
    assertEquals("MalformedXML", assertThrows(OssException.class, () -> CompleteMultipartUploadXml.parse(
        new ByteArrayInputStream(new byte[0]), CompleteMultipartUploadXml.MAX_BODY_BYTES + 1L)).code());
  }
}
