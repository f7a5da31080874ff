package dev.ossdirect.signing.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
