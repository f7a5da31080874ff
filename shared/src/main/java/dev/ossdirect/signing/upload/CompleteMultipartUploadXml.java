package dev.ossdirect.signing.upload;

import java.util.Map;
import java.util.TreeMap;

/** The body of CompleteMultipartUpload: every part's number and ETag, in ascending part order. */
public final class CompleteMultipartUploadXml {

  private CompleteMultipartUploadXml() {}

  /** The document for {@code etags}, which maps each part number to the ETag OSS returned for it. */
  public static String of(Map<Integer, String> etags) {
    StringBuilder xml = new StringBuilder("<CompleteMultipartUpload>");
    for (Map.Entry<Integer, String> part : new TreeMap<>(etags).entrySet()) {
      xml.append("<Part><PartNumber>").append(part.getKey()).append("</PartNumber><ETag>")
          .append(XmlElements.escape(part.getValue())).append("</ETag></Part>");
    }
    return xml.append("</CompleteMultipartUpload>").toString();
  }
}
