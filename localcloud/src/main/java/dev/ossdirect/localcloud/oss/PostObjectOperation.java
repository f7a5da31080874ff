package dev.ossdirect.localcloud.oss;

import dev.ossdirect.signing.Clock;
import dev.ossdirect.signing.oss.OssPostCondition;
import dev.ossdirect.signing.oss.OssPostPolicy;
import dev.ossdirect.signing.oss.OssPostSignatureV4;
import dev.ossdirect.signing.oss.OssPostV4Fields;
import dev.ossdirect.signing.time.UtcTimestamps;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * PostObject: an upload by HTML form, {@code POST /} on the bucket with a {@code multipart/form-data}
 * body, whose fields carry the object key, a signed policy and the signature, and whose last part is the
 * file. Once the gateway has read the fields ({@link PostForm}) and checked the signature ({@link
 * OssAuthenticator#authenticatePost}), these are checked, in order, before a byte of the file is read:
 *
 * <ol>
 *   <li>the fields: a {@code key} that is a valid object name, and no field that asks for what the local
 *       OSS does not do ({@code NotImplemented}): a redirect, a callback, {@code ${filename}} in the key,
 *       or an {@code x-oss-*} field other than those below;
 *   <li>the policy ({@link PostPolicyDocument}): not expired by the local clock ({@code AccessDenied},
 *       "Policy expired"; the expiration instant itself is too late), for a V4 form conditions on its
 *       three signature fields ({@code InvalidPolicyDocument} otherwise), and every condition met
 *       ({@code AccessDenied}, "Policy Condition failed");
 *   <li>the caller's RAM policy, by the gateway: {@code oss:PutObject} on the object, as for PutObject;
 *   <li>{@code x-oss-forbid-overwrite: true} with an object already at the key: {@code FileAlreadyExists}
 *       (409), checked before the file is read and again, atomically, when it is published
 *       ({@link ForbidOverwrite}).
 * </ol>
 *
 * <p>Then the file streams into the store as a PutObject body does, at most the smallest maximum of the
 * policy's {@code content-length-range}s ({@code EntityTooLarge} as soon as it is passed), and after the
 * end of the form, at least their largest minimum ({@code EntityTooSmall}). Only a whole, well-formed
 * form that meets everything is published, by the store's atomic rename; anything else leaves nothing.
 * The answer is {@code success_action_status}: 200 or 204 with an empty body, 201 with a
 * {@code PostResponse} document; any other value, or none, is 204.
 *
 * <p>Conditions are checked against the form's fields, compared without case, an absent field counting as
 * empty; {@code bucket} is checked against the bucket posted to, and {@code Content-Type} against the type
 * the object will be stored with: the {@code x-oss-content-type} field, else the {@code Content-Type} of
 * the file part, else the {@code Content-Type} field, as OSS ranks them. The object keeps that type and the
 * {@code x-oss-meta-*} fields and the fields named as the HTTP headers OSS keeps with an object
 * ({@link ObjectAttributes#HTTP_HEADERS}), as PutObject keeps its headers.
 */
final class PostObjectOperation {

  static final String OPERATION = "PostObject";

  /** The {@code x-oss-*} fields a form may carry besides {@code x-oss-meta-*}. */
  private static final Set<String> SUPPORTED_OSS_FIELDS =
      Set.of(
          OssPostPolicy.SECURITY_TOKEN_FIELD,
          OssPostSignatureV4.VERSION_FIELD,
          OssPostSignatureV4.CREDENTIAL_FIELD,
          OssPostSignatureV4.DATE_FIELD,
          OssPostSignatureV4.SIGNATURE_FIELD,
          "x-oss-content-type",
          "x-oss-forbid-overwrite");
  private static final Set<String> UNSUPPORTED_FIELDS =
      Set.of("success_action_redirect", "callback", "callback-var");

  private final ObjectStore store;
  private final Clock clock;

  PostObjectOperation(ObjectStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** Whether a request is a PostObject: a POST to the bucket itself, with no query. */
  static boolean accepts(String method, RequestTarget target, String queryString) {
    return method.equals("POST") && target.key() == null && (queryString == null || queryString.isEmpty());
  }

  /**
   * A form whose fields and policy passed: the exchange of the object it names, which the gateway then
   * authorizes, and its policy.
   */
  record Checked(OssExchange object, PostPolicyDocument policy) {}

  /** Checks the fields and the policy of {@code form}, posted to the bucket of {@code exchange} (1 and 2). */
  Checked check(PostForm form, OssExchange exchange) throws OssException {
    Map<String, String> fields = form.fields();
    refuseUnsupported(fields);
    String key = fields.get("key");
    if (key == null || key.isEmpty()) {
      throw OssException.invalidArgument("Bucket POST must contain a field named 'key'.");
    }
    ObjectNames.check(key);
    PostPolicyDocument policy = PostPolicyDocument.parse(fields.get(OssPostPolicy.POLICY_FIELD));
    if (clock.currentTimeMillis() >= policy.expirationMillis()) {
      throw OssException.accessDenied("Invalid according to Policy: Policy expired.")
          .with("Expiration", UtcTimestamps.formatIso8601Millis(policy.expirationMillis()))
          .with("ServerTime", UtcTimestamps.formatIso8601Millis(clock.currentTimeMillis()));
    }
    if (OssPostV4Fields.isPresent(fields)) {
      requireV4Conditions(policy);
    }
    checkConditions(policy, fields, exchange.bucket(), contentType(form));
    return new Checked(exchange.forKey(key), policy);
  }

  /** Stores the file of {@code form}, which passed {@link #check} and whose caller may put it (4 on). */
  void store(PostForm form, Checked checked) throws OssException, IOException {
    Map<String, String> fields = form.fields();
    OssExchange object = checked.object();
    PostPolicyDocument policy = checked.policy();
    boolean forbidOverwrite = "true".equalsIgnoreCase(fields.get(ForbidOverwrite.HEADER));
    if (forbidOverwrite && store.exists(object.bucket(), object.key())) {
      throw ForbidOverwrite.fileAlreadyExists();
    }
    String contentType = contentType(form);
    ObjectAttributes attributes = ObjectAttributes.fromHeaders(attributeHeaders(fields, contentType));
    try (ReceivedBody body = store.receive(form.file(), policy.maxSize(store.maxObjectSize()))) {
      form.finish();
      if (body.size() < policy.minSize()) {
        throw new OssException(400, "EntityTooSmall",
            "Your proposed upload is smaller than the minimum allowed size.")
            .with("MinSizeAllowed", Long.toString(policy.minSize()))
            .with("ProposedSize", Long.toString(body.size()));
      }
      ObjectMetadata stored =
          store.putObject(object.bucket(), object.key(), body, attributes, forbidOverwrite);
      respond(object, fields.get("success_action_status"), stored);
    } catch (PostForm.MalformedException e) {
      throw e.error();
    }
  }

  private static void refuseUnsupported(Map<String, String> fields) throws OssException {
    for (Map.Entry<String, String> field : fields.entrySet()) {
      String name = field.getKey().toLowerCase(Locale.ROOT);
      boolean unknownOssField = name.startsWith("x-oss-")
          && !name.startsWith(ObjectAttributes.USER_METADATA_PREFIX)
          && !SUPPORTED_OSS_FIELDS.contains(name);
      if (unknownOssField || (UNSUPPORTED_FIELDS.contains(name) && !field.getValue().isEmpty())) {
        throw OssException.notImplemented("the form field " + field.getKey() + " of PostObject");
      }
    }
    String key = fields.get("key");
    if (key != null && key.contains("${filename}")) {
      throw OssException.notImplemented("${filename} in the key of PostObject");
    }
  }

  private static void requireV4Conditions(PostPolicyDocument policy) throws OssException {
    for (String field : new String[] {
      OssPostSignatureV4.VERSION_FIELD, OssPostSignatureV4.CREDENTIAL_FIELD, OssPostSignatureV4.DATE_FIELD
    }) {
      if (!policy.constrains(field)) {
        throw new OssException(400, "InvalidPolicyDocument",
            "Invalid Policy: a policy signed with V4 must have a condition on " + field + ".");
      }
    }
  }

  private static void checkConditions(
      PostPolicyDocument policy, Map<String, String> fields, String bucket, String contentType)
      throws OssException {
    for (OssPostCondition condition : policy.fieldConditions()) {
      String field = condition.field();
      String actual =
          field.equalsIgnoreCase("bucket") ? bucket
              : field.equalsIgnoreCase("content-type") ? contentType
              : fields.getOrDefault(field, "");
      boolean met =
          switch (condition.match()) {
            case EXACT, EQUALS -> actual.equals(condition.value());
            case STARTS_WITH -> actual.startsWith(condition.value());
            case IN -> condition.values().contains(actual);
            case NOT_IN -> !condition.values().contains(actual);
            case CONTENT_LENGTH_RANGE -> true;
          };
      if (!met) {
        boolean token = field.equalsIgnoreCase(OssPostPolicy.SECURITY_TOKEN_FIELD);
        throw OssException.accessDenied("Invalid according to Policy: Policy Condition failed: "
            + (token ? "the condition on " + OssPostPolicy.SECURITY_TOKEN_FIELD : condition.toJson()));
      }
    }
  }

  /** The object's type: field {@code x-oss-content-type}, else the file part's, else {@code Content-Type}. */
  private static String contentType(PostForm form) {
    for (String candidate : new String[] {
      form.fields().get("x-oss-content-type"), form.fileContentType(), form.fields().get("Content-Type")
    }) {
      if (candidate != null && !candidate.isBlank()) {
        return candidate.trim();
      }
    }
    return ObjectAttributes.DEFAULT_CONTENT_TYPE;
  }

  /** The fields that PutObject would have received as headers, by lower-case name. */
  private static Map<String, String> attributeHeaders(Map<String, String> fields, String contentType) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("content-type", contentType);
    fields.forEach((name, value) -> {
      String lower = name.toLowerCase(Locale.ROOT);
      boolean httpHeader = ObjectAttributes.HTTP_HEADERS.stream().anyMatch(header -> header.equalsIgnoreCase(lower));
      if (lower.startsWith(ObjectAttributes.USER_METADATA_PREFIX) || httpHeader) {
        headers.put(lower, value);
      }
    });
    return headers;
  }

  private static void respond(OssExchange exchange, String successActionStatus, ObjectMetadata stored)
      throws IOException {
    exchange.header("ETag", stored.quotedEtag());
    exchange.header("x-oss-hash-crc64ecma", stored.crc64Header());
    exchange.header("Content-MD5", stored.contentMd5());
    String location = exchange.objectUrl();
    exchange.header("Location", location);
    if ("201".equals(successActionStatus)) {
      exchange.respondXml(201, new XmlWriter("PostResponse")
          .element("Bucket", exchange.bucket())
          .element("Location", location)
          .element("Key", exchange.key())
          .element("ETag", stored.quotedEtag())
          .end()
          .toBytes());
    } else {
      exchange.respondEmpty("200".equals(successActionStatus) ? 200 : 204);
    }
  }
}
