package dev.ossdirect.localcloud.oss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ossdirect.reliability.report.FuzzTally;
import dev.ossdirect.reliability.report.Row;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.AfterAll;

/**
 * The CompleteMultipartUpload parser on any bytes, with and without a {@code Content-Length}: it returns
 * between one and 10,000 parts, each with an ETag, or refuses the body as {@code MalformedXML}, and
 * nothing else escapes it. It lives in the parser's package, which it reaches from this module. The seeds
 * in {@code CompleteMultipartUploadXmlFuzzTestInputs} are a valid body and hostile ones.
 */
class CompleteMultipartUploadXmlFuzzTest {

  private static final FuzzTally TALLY = new FuzzTally(Row.FUZZ_COMPLETE_XML);

  @AfterAll
  static void record() {
    TALLY.record();
  }

  @FuzzTest
  @DictionaryEntries({"<CompleteMultipartUpload>", "</CompleteMultipartUpload>", "<Part>", "</Part>",
      "<PartNumber>", "</PartNumber>", "<ETag>", "</ETag>", "<!DOCTYPE", "<!ENTITY", "SYSTEM", "&x;",
      "<![CDATA[", "]]>", "<?xml version=\"1.0\"?>", "&quot;"})
  void aBodyParsesIntoPartsOrIsMalformedXml(byte[] body) throws Exception {
    TALLY.run(() -> {
      for (long declaredLength : new long[] {body.length, -1}) {
        List<PartReference> parts;
        try {
          parts = CompleteMultipartUploadXml.parse(new ByteArrayInputStream(body), declaredLength);
        } catch (OssException refused) {
          assertEquals("MalformedXML", refused.code());
          continue;
        }
        assertFalse(parts.isEmpty());
        assertTrue(parts.size() <= MultipartUploads.MAX_PART_NUMBER);
        parts.forEach(part -> assertFalse(part.etag().isEmpty()));
      }
    });
  }
}
