package dev.ossdirect.signing.upload;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The body of CompleteMultipartUpload: every part's number and ETag, in ascending part order. */
public final class CompleteMultipartUploadXml {

  private CompleteMultipartUploadXml() {}

  /** The document for {@code etags}, which maps each part number to the ETag OSS returned for it. */
  public static String of(Map<Integer, String> etags) {
    StringBuilder xml = new StringBuilder("<CompleteMultipartUpload>");
    for (int partNumber : ascendingPartNumbers(etags)) {
      appendPart(xml, partNumber, etags.get(partNumber));
    }
    return xml.append("</CompleteMultipartUpload>").toString();
  }

  /**
   * The document for the ETags of parts 1, 2, … in {@code etags}' order: the page's own list, which
   * spares the browser's script a map.
   */
  public static String of(List<String> etags) {
    StringBuilder xml = new StringBuilder("<CompleteMultipartUpload>");
    for (int i = 0; i < etags.size(); i++) {
      appendPart(xml, i + 1, etags.get(i));
    }
    return xml.append("</CompleteMultipartUpload>").toString();
  }

  private static void appendPart(StringBuilder xml, int partNumber, String etag) {
    xml.append("<Part><PartNumber>").append(partNumber).append("</PartNumber><ETag>")
        .append(XmlElements.escape(etag)).append("</ETag></Part>");
  }

  /** The part numbers of {@code etags} in ascending order: an {@code int[]} sorted once. */
  private static int[] ascendingPartNumbers(Map<Integer, String> etags) {
    int[] numbers = new int[etags.size()];
    int count = 0;
    for (Integer number : etags.keySet()) {
      numbers[count++] = number;
    }
    Arrays.sort(numbers);
    return numbers;
  }
}
