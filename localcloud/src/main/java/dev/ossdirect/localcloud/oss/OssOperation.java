package dev.ossdirect.localcloud.oss;

import dev.ossdirect.signing.oss.OssSubresources;
import java.util.Map;
import java.util.Set;

/**
 * The operations the local OSS implements, each with the RAM action a caller needs for it, and how a
 * request's method and sub-resources select one.
 */
enum OssOperation {
  PUT_OBJECT("PutObject", "oss:PutObject", Set.of()),
  GET_OBJECT("GetObject", "oss:GetObject", ResponseOverrides.PARAMETERS),
  HEAD_OBJECT("HeadObject", "oss:GetObject", Set.of()),
  GET_OBJECT_META("GetObjectMeta", "oss:GetObject", Set.of("objectMeta")),
  DELETE_OBJECT("DeleteObject", "oss:DeleteObject", Set.of()),
  INITIATE_MULTIPART_UPLOAD("InitiateMultipartUpload", "oss:PutObject", Set.of("uploads")),
  UPLOAD_PART("UploadPart", "oss:PutObject", Set.of("uploadId", "partNumber")),
  COMPLETE_MULTIPART_UPLOAD("CompleteMultipartUpload", "oss:PutObject", Set.of("uploadId")),
  ABORT_MULTIPART_UPLOAD("AbortMultipartUpload", "oss:AbortMultipartUpload", Set.of("uploadId")),
  LIST_PARTS("ListParts", "oss:ListParts", Set.of("uploadId"));

  /** The sub-resource every operation accepts: a V1 signed URL's token. */
  private static final String SECURITY_TOKEN = "security-token";

  private final String apiName;
  private final String ramAction;
  private final Set<String> subresources;

  OssOperation(String apiName, String ramAction, Set<String> subresources) {
    this.apiName = apiName;
    this.ramAction = ramAction;
    this.subresources = subresources;
  }

  /** The name in OSS's API reference, such as {@code PutObject}. */
  String apiName() {
    return apiName;
  }

  /** The RAM action a policy must allow on the object, such as {@code oss:PutObject}. */
  String ramAction() {
    return ramAction;
  }

  /**
   * The operation that {@code method} with {@code query} asks for on an object ({@code hasKey}) or on a
   * bucket. {@code NotImplemented} for bucket and service operations and for any OSS sub-resource the
   * operation does not use (ACLs, tagging, versions, appends, image processing...), since quietly ignoring
   * one would answer a different question; {@code MethodNotAllowed} for methods OSS does not know.
   */
  static OssOperation of(String method, Map<String, String> query, boolean hasKey) throws OssException {
    if (!hasKey) {
      throw OssException.notImplemented("bucket or service operations");
    }
    OssOperation operation =
        switch (method) {
          case "PUT" -> query.containsKey("uploadId") ? UPLOAD_PART : PUT_OBJECT;
          case "GET" -> query.containsKey("uploadId") ? LIST_PARTS : GET_OBJECT;
          case "HEAD" -> query.containsKey("objectMeta") ? GET_OBJECT_META : HEAD_OBJECT;
          case "DELETE" -> query.containsKey("uploadId") ? ABORT_MULTIPART_UPLOAD : DELETE_OBJECT;
          case "POST" -> {
            if (query.containsKey("uploads")) {
              yield INITIATE_MULTIPART_UPLOAD;
            }
            if (query.containsKey("uploadId")) {
              yield COMPLETE_MULTIPART_UPLOAD;
            }
            throw OssException.notImplemented("AppendObject (a PostObject is a POST to the bucket itself)");
          }
          default -> throw new OssException(405, "MethodNotAllowed",
              "The specified method is not allowed against this resource.").with("Method", method);
        };
    for (String name : query.keySet()) {
      if (OssSubresources.isSigned(name) && !name.equals(SECURITY_TOKEN)
          && !operation.subresources.contains(name)) {
        throw OssException.notImplemented("the sub-resource " + name + " of " + operation.apiName);
      }
    }
    return operation;
  }
}
