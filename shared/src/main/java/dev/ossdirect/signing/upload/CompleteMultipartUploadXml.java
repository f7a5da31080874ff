package dev.ossdirect.signing.upload;

import java.util.Arrays;
import java.util.Map;

/** The body of CompleteMultipartUpload: every part's number and ETag, in ascending part order. */
public final class CompleteMultipartUploadXml {

  private CompleteMultipartUploadXml() {}

  /** The document for {@code etags}, which maps each part number to the ETag OSS returned for it. */
  public static String of(Map<Integer, String> etags) {
    StringBuilder xml = new StringBuilder("<CompleteMultipartUpload>");
    for (int partNumber : ascendingPartNumbers(etags)) {
      xml.append("<Part><PartNumber>").append(partNumber).append("</PartNumber><ETag>")
          .append(XmlElements.escape(etags.get(partNumber))).append("</ETag></Part>");
    }
    return xml.append("</CompleteMultipartUpload>").toString();
  }

  /**
   * The part numbers of {@code etags} in ascending order: an {@code int[]} sorted once, rather than a
   * sorted map, which the browser's script would otherwise carry for this alone.
   */
  public static int[] ascendingPartNumbers(Map<Integer, String> etags) {
    int[] numbers = new int[etags.size()];
    int count = 0;
    for (Integer number : etags.keySet()) {
      numbers[count++] = number;
    }
    Arrays.sort(numbers);
    return numbers;
  }
}
