package dev.ossdirect.signing.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
    assertEquals("<CompleteMultipartUpload></CompleteMultipartUpload>", CompleteMultipartUploadXml.of(List.of()));
  }

  @Test
  void aListNamesItsPartsFromOne() {
    assertEquals("<CompleteMultipartUpload>"
        + "<Part><PartNumber>1</PartNumber><ETag>\"A\"</ETag></Part>"
        + "<Part><PartNumber>2</PartNumber><ETag>&lt;B&gt;</ETag></Part>"
        + "</CompleteMultipartUpload>", CompleteMultipartUploadXml.of(List.of("\"A\"", "<B>")));
  }

  @Test
  void theMostPartsOssAllowsGiveTheSameDocumentFromAMapInAnyOrderAsFromTheList() {
    Map<Integer, String> etags = new LinkedHashMap<>();
    List<String> inOrder = new ArrayList<>();
    for (int number = 1; number <= 10_000; number++) {
      inOrder.add("\"" + number + "\"");
    }
    for (int number = 10_000; number >= 1; number--) {
      etags.put(number, "\"" + number + "\"");
    }
    String xml = CompleteMultipartUploadXml.of(etags);
    assertEquals(xml, CompleteMultipartUploadXml.of(inOrder));
    assertTrue(xml.indexOf("<PartNumber>9</PartNumber>") < xml.indexOf("<PartNumber>10</PartNumber>"));
    assertTrue(xml.startsWith("<CompleteMultipartUpload><Part><PartNumber>1</PartNumber>"));
    assertTrue(xml.endsWith("<Part><PartNumber>10000</PartNumber><ETag>\"10000\"</ETag></Part>"
        + "</CompleteMultipartUpload>"));
  }
}
