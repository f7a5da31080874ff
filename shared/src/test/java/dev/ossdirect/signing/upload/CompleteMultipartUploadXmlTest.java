package dev.ossdirect.signing.upload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompleteMultipartUploadXmlTest {

  @Test
  void listsThePartsInAscendingOrder() {
    Map<Integer, String> etags = new LinkedHashMap<>();
    etags.put(10, "\"C\"");
    etags.put(2, "\"B\"");
    etags.put(1, "\"A\"");
    assertEquals("<CompleteMultipartUpload>"
        + "<Part><PartNumber>1</PartNumber><ETag>\"A\"</ETag></Part>"
        + "<Part><PartNumber>2</PartNumber><ETag>\"B\"</ETag></Part>"
        + "<Part><PartNumber>10</PartNumber><ETag>\"C\"</ETag></Part>"
        + "</CompleteMultipartUpload>", CompleteMultipartUploadXml.of(etags));
  }

  @Test
  void noPartsGiveAnEmptyDocument() {
    assertEquals("<CompleteMultipartUpload></CompleteMultipartUpload>",
        CompleteMultipartUploadXml.of(new LinkedHashMap<>()));
    assertArrayEquals(new int[0], CompleteMultipartUploadXml.ascendingPartNumbers(new LinkedHashMap<>()));
  }

  @Test
  void sortsTheMostPartsOssAllows() {
    Map<Integer, String> etags = new LinkedHashMap<>();
    for (int number = 10_000; number >= 1; number--) {
      etags.put(number, "\"" + number + "\"");
    }
    int[] numbers = CompleteMultipartUploadXml.ascendingPartNumbers(etags);
    assertEquals(10_000, numbers.length);
    for (int i = 0; i < numbers.length; i++) {
      assertEquals(i + 1, numbers[i]);
    }
    String xml = CompleteMultipartUploadXml.of(etags);
    assertTrue(xml.indexOf("<PartNumber>9</PartNumber>") < xml.indexOf("<PartNumber>10</PartNumber>"));
    assertTrue(xml.endsWith("<Part><PartNumber>10000</PartNumber><ETag>\"10000\"</ETag></Part>"
        + "</CompleteMultipartUpload>"));
  }
}
