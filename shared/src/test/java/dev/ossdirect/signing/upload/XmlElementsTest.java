package dev.ossdirect.signing.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class XmlElementsTest {

  @Test
  void readsTheTextOfTheFirstElement() {
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<InitiateMultipartUploadResult>"
        + "<Bucket>b</Bucket><Key>k</Key><UploadId>0004B9895DBBB6EC98E</UploadId></InitiateMultipartUploadResult>";
    assertEquals("0004B9895DBBB6EC98E", XmlElements.text(xml, "UploadId"));
    assertNull(XmlElements.text(xml, "Upload"));
  }

  @Test
  void doesNotMistakeALongerNameForTheOneAsked() {
    String xml = "<Error><CodeDetail>x</CodeDetail><Code>AccessDenied</Code></Error>";
    assertEquals("AccessDenied", XmlElements.text(xml, "Code"));
  }

  @Test
  void decodesEntitiesAndReadsEmptyElements() {
    assertEquals("a & b <c> \"d\" 'e' é ✓ &bogus;",
        XmlElements.text("<M>a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos; &#233; &#x2713; &bogus;</M>", "M"));
    assertEquals("", XmlElements.text("<Error><HostId/></Error>", "HostId"));
    assertEquals("v", XmlElements.text("<Error><Code attr=\"1\">v</Code></Error>", "Code"));
  }

  @Test
  void escapesTextButLeavesQuotes() {
    assertEquals("\"ETAG\" &amp; &lt;x&gt;", XmlElements.escape("\"ETAG\" & <x>"));
  }
}
