package dev.ossdirect.localcloud.oss;

/**
 * OSS's fine-grained error codes (EC) for the errors the local OSS answers: the one table of which error
 * situation gets which EC. OSS sends the EC in the {@code x-oss-ec} header and, with a link to its
 * troubleshooting page, as {@code <EC>} and {@code <RecommendDoc>} at the end of the {@code <Error>}
 * document ("Error responses", https://www.alibabacloud.com/help/en/document_detail/32005.html). An EC
 * names one cause much more precisely than the {@code Code}, so a wrong one would send a developer to the
 * wrong fix: each constant below is an EC that Alibaba Cloud documents for that cause, with where it is
 * documented. Errors whose EC is not documented anywhere we could find carry none: {@code InvalidArgument}
 * (but for oversized user metadata), {@code InvalidAccessKeyId} for an STS key sent without its token,
 * {@code AccessDenied} for an unsigned request, a missing date, an expired V4 signed URL or an
 * Authorization header of no known scheme, {@code NoSuchUpload} on CompleteMultipartUpload,
 * {@code InvalidPart}, {@code InvalidPartOrder}, {@code EntityTooSmall}, {@code EntityTooLarge},
 * {@code InvalidDigest}, {@code IncompleteBody}, {@code InvalidRange}, {@code InvalidObjectName} for the
 * local OSS's own extra key rules, {@code NotImplemented}, {@code MethodNotAllowed}, {@code AccessForbidden}
 * (CORS), {@code InvalidURI}, {@code InvalidRequest} and {@code InternalError}; and of PostObject's,
 * {@code SignatureDoesNotMatch}, {@code RequestTimeTooSkewed}, {@code AccessDenied} for its policy,
 * {@code FileAlreadyExists}, {@code InvalidArgument} and the {@code InvalidPolicyDocument}s other than those
 * below.
 *
 * <p>Some sources are the official SDKs' integration tests, which run against OSS itself and assert the EC
 * it answered ({@code aliyun/alibabacloud-oss-go-sdk-v2}, {@code aliyun/aliyun-oss-java-sdk}); the others
 * are the per-EC troubleshooting pages, {@code https://www.alibabacloud.com/help/en/oss/support/<EC>} (or
 * {@code help.aliyun.com/zh/oss/support/<EC>}).
 */
enum FineGrainedErrorCode {

  /**
   * {@code AccessDenied}: the policy of an STS token (the role's policy intersected with the session policy
   * of AssumeRole) does not allow the action. Page 0003-00000301.
   */
  DENIED_BY_STS_POLICY("0003-00000301"),

  /**
   * {@code AccessDenied}: the RAM policy of a long-term AccessKey does not allow the action. Page
   * 0003-00000001.
   */
  DENIED_BY_RAM_POLICY("0003-00000001"),

  /**
   * {@code InvalidAccessKeyId}: a request without a security token names an AccessKey id that does not
   * exist. The Go, PHP and .NET V2 SDKs' integration tests (credentials {@code ak}/{@code sk}).
   */
  ACCESS_KEY_NOT_FOUND("0002-00000902"),

  /**
   * {@code InvalidAccessKeyId}: a request with a security token (an STS request) names an AccessKey id that
   * does not exist. Page 0002-00000002.
   */
  STS_ACCESS_KEY_NOT_FOUND("0002-00000002"),

  /**
   * {@code AccessKeyIdAndSecurityTokenNotMatch}: the security token and the temporary AccessKey pair are not
   * those AssumeRole returned together. Page 0002-00000004.
   */
  SECURITY_TOKEN_NOT_FOR_ACCESS_KEY("0002-00000004"),

  /** {@code InvalidSecurityToken}: the security token is not one STS issued. Page 0002-00000006. */
  INVALID_SECURITY_TOKEN("0002-00000006"),

  /** {@code SecurityTokenExpired}: the temporary credentials have expired. Page 0002-00000007. */
  SECURITY_TOKEN_EXPIRED("0002-00000007"),

  /**
   * {@code RequestTimeTooSkewed}: the date of a request signed in its Authorization header (V1 or V4) is
   * more than 15 minutes from the server's clock. Page 0002-00000504, and the Java SDK's {@code ErrorTest}
   * (V1 and V4).
   */
  REQUEST_TIME_TOO_SKEWED("0002-00000504"),

  /**
   * The {@code Date} or {@code x-oss-date} of a request signed in its Authorization header cannot be
   * parsed. Page 0002-00000505.
   */
  INVALID_REQUEST_TIME("0002-00000505"),

  /** A V4 signed URL is used more than 15 minutes before its {@code x-oss-date}. Page 0002-00000235. */
  V4_SIGNED_URL_NOT_YET_VALID("0002-00000235"),

  /** {@code AccessDenied}: a V1 signed URL is used after its {@code Expires}. Page 0002-00000069. */
  V1_SIGNED_URL_EXPIRED("0002-00000069"),

  /**
   * {@code SignatureDoesNotMatch} for a V1 signature (HMAC-SHA1), in the Authorization header or a signed
   * URL. Page 0002-00000040, and "Troubleshoot signature errors" (document_detail/108790).
   */
  V1_SIGNATURE_MISMATCH("0002-00000040"),

  /**
   * {@code SignatureDoesNotMatch} for a V4 signature (OSS4-HMAC-SHA256), in the Authorization header or a
   * signed URL. Page 0002-00000201.
   */
  V4_SIGNATURE_MISMATCH("0002-00000201"),

  /**
   * {@code NoSuchBucket}. The DeleteBucket API reference (help.aliyun.com/zh/oss/developer-reference/deletebucket)
   * and the Go SDK V2's integration tests (PutObject, InitiateMultipartUpload).
   */
  NO_SUCH_BUCKET("0015-00000101"),

  /** {@code InvalidBucketName}. Page 0015-00000001. */
  INVALID_BUCKET_NAME("0015-00000001"),

  /** {@code InvalidObjectName}: the object name is empty. Page 0016-00000001. */
  EMPTY_OBJECT_NAME("0016-00000001"),

  /**
   * {@code InvalidObjectName}: the object name is longer than 1,023 bytes, or is not valid UTF-8. Page
   * 0016-00000002.
   */
  OBJECT_NAME_TOO_LONG_OR_NOT_UTF8("0016-00000002"),

  /** {@code InvalidObjectName}: the object name starts with {@code /} or {@code \}. Page 0016-00000005. */
  OBJECT_NAME_STARTS_WITH_SLASH("0016-00000005"),

  /** {@code InvalidArgument}: the user metadata ({@code x-oss-meta-*}) exceeds 8 KB. Page 0011-00000002. */
  USER_METADATA_TOO_LARGE("0011-00000002"),

  /**
   * {@code NoSuchKey} on GetObject, HeadObject or GetObjectMeta. The Java SDK's {@code ErrorTest} and the Go
   * SDK V2's integration tests.
   */
  NO_SUCH_KEY("0026-00000001"),

  /**
   * {@code NoSuchUpload} on UploadPart: the upload was aborted or completed. The Go SDK V2's integration
   * test {@code TestUploadPart}.
   */
  NO_SUCH_UPLOAD_FOR_PART("0042-00000104"),

  /**
   * {@code NoSuchUpload} on AbortMultipartUpload and ListParts. The Go SDK V2's integration tests of both
   * operations.
   */
  NO_SUCH_UPLOAD("0042-00000002"),

  /**
   * {@code MalformedXML} on CompleteMultipartUpload. The response the Go SDK V2 records in its
   * CompleteMultipartUpload tests (the generic example of page 32005, 0031-00000001, is for other
   * documents).
   */
  MALFORMED_COMPLETE_MULTIPART_UPLOAD("0042-00000205"),

  /**
   * {@code MalformedPOSTRequest}: the body of a PostObject is not a well-formed form whose last field is the
   * file. Page 0006-00000103.
   */
  MALFORMED_POST_FORM("0006-00000103"),

  /** {@code InvalidPolicyDocument}: a PostObject policy has no {@code conditions}. Page 0006-00000207. */
  POLICY_WITHOUT_CONDITIONS("0006-00000207"),

  /**
   * {@code InvalidPolicyDocument}: an item of a PostObject policy's {@code conditions} is neither a map nor
   * a list. Page 0006-00000222.
   */
  POLICY_CONDITION_NOT_MAP_OR_LIST("0006-00000222"),

  /**
   * {@code InvalidPolicyDocument}: the value of a list condition has the wrong type for its operator, such
   * as a string where {@code in} takes a list. Page 0006-00000224.
   */
  POLICY_CONDITION_VALUE_TYPE("0006-00000224"),

  /**
   * The {@code x-oss-credential} field of a PostObject signed with V4 is not
   * {@code AccessKeyId/date/region/oss/aliyun_v4_request}. Page 0002-00000710.
   */
  POST_CREDENTIAL_INVALID("0002-00000710");

  /** Where OSS's error responses send developers for an EC. */
  private static final String TROUBLESHOOTING_PAGE = "https://api.aliyun.com/troubleshoot?q=";

  private final String code;

  FineGrainedErrorCode(String code) {
    this.code = code;
  }

  /** The EC itself, such as {@code 0002-00000040}. */
  String code() {
    return code;
  }

  /** The {@code <RecommendDoc>} of the EC: OSS's troubleshooting page for it. */
  String recommendDoc() {
    return TROUBLESHOOTING_PAGE + code;
  }

  /**
   * The EC of an error whose cause the operation alone tells, or {@code null}: {@code NoSuchKey},
   * {@code NoSuchUpload} and {@code MalformedXML} mean one thing each per operation.
   */
  static FineGrainedErrorCode of(String errorCode, OssOperation operation) {
    if (operation == null) {
      return null;
    }
    return switch (errorCode) {
      case "NoSuchKey" -> switch (operation) {
        case GET_OBJECT, HEAD_OBJECT, GET_OBJECT_META -> NO_SUCH_KEY;
        default -> null;
      };
      case "NoSuchUpload" -> switch (operation) {
        case UPLOAD_PART -> NO_SUCH_UPLOAD_FOR_PART;
        case ABORT_MULTIPART_UPLOAD, LIST_PARTS -> NO_SUCH_UPLOAD;
        default -> null;
      };
      case "MalformedXML" ->
          operation == OssOperation.COMPLETE_MULTIPART_UPLOAD ? MALFORMED_COMPLETE_MULTIPART_UPLOAD : null;
      default -> null;
    };
  }
}
