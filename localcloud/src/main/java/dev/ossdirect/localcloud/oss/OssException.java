package dev.ossdirect.localcloud.oss;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An OSS error, answered as {@code <Error><Code/><Message/><RequestId/><HostId/>...</Error>} with an HTTP
 * status. {@link #details()} are the extra elements some errors carry, such as the server's
 * {@code StringToSign}; an error whose cause has a documented fine-grained code ({@link #ec()}) ends with
 * {@code <EC/><RecommendDoc/>}, as OSS's do. Neither the message nor the details ever contain a secret or a
 * security token.
 */
public final class OssException extends Exception {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final Map<String, String> details = new LinkedHashMap<>();
  private FineGrainedErrorCode ec;

  public OssException(int status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  /** Adds the element {@code <name>value</name>} after the standard ones; returns this exception. */
  public OssException with(String name, String value) {
    details.put(name, value);
    return this;
  }

  /** Names the documented cause of this error ({@code null}: none); returns this exception. */
  OssException diagnosed(FineGrainedErrorCode cause) {
    this.ec = cause;
    return this;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  /** The extra elements, in order. */
  public Map<String, String> details() {
    return Collections.unmodifiableMap(details);
  }

  /** The fine-grained error code, such as {@code 0002-00000040}; {@code null} when none is documented. */
  public String ec() {
    return ec == null ? null : ec.code();
  }

  /** The {@code <Error>} document of this error, for the request {@code requestId} sent to {@code hostId}. */
  byte[] toXml(String requestId, String hostId) {
    XmlWriter xml = new XmlWriter("Error")
        .element("Code", code)
        .element("Message", getMessage())
        .element("RequestId", requestId)
        .element("HostId", hostId);
    details.forEach(xml::element);
    if (ec != null) {
      xml.element("EC", ec.code()).element("RecommendDoc", ec.recommendDoc());
    }
    return xml.end().toBytes();
  }

  /** 400 {@code InvalidArgument}: a header or parameter has a value the operation cannot accept. */
  static OssException invalidArgument(String message) {
    return new OssException(400, "InvalidArgument", message);
  }

  /** 403 {@code AccessDenied}. */
  static OssException accessDenied(String message) {
    return new OssException(403, "AccessDenied", message);
  }

  /** 400 {@code InvalidObjectName}. */
  static OssException invalidObjectName(String message) {
    return new OssException(400, "InvalidObjectName", message);
  }

  /** 400 {@code EntityTooLarge}: a body longer than the configured maximum object size. */
  static OssException entityTooLarge(long maxBytes) {
    return new OssException(400, "EntityTooLarge", "Your proposed upload exceeds the maximum allowed size.")
        .with("MaxSizeAllowed", Long.toString(maxBytes));
  }

  /** 400 {@code MalformedXML}. */
  static OssException malformedXml(String why) {
    return new OssException(400, "MalformedXML",
        "The XML you provided was not well-formed or did not validate against our published schema: " + why);
  }

  /** 404 {@code NoSuchUpload}. */
  static OssException noSuchUpload(String uploadId) {
    return new OssException(404, "NoSuchUpload",
        "The specified upload does not exist. The upload ID may be invalid, or the upload may have been"
            + " aborted or completed.")
        .with("UploadId", uploadId);
  }

  /** 501 {@code NotImplemented}: an OSS feature this local stand-in does not offer. */
  static OssException notImplemented(String what) {
    return new OssException(501, "NotImplemented", "The local OSS does not implement " + what + ".");
  }
}
