package dev.ossdirect.signing.oracle;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ossdirect.signing.oracle.OfficialOssPost.Condition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the {@code gen-*.json} signing vectors (see {@code vectors/README.md}). Every value under
 * {@code expect} comes from Alibaba's official SDKs through {@link OfficialRpcV1}, {@link OfficialAcs3},
 * {@link OfficialOssV1} and {@link OfficialOssV4}, never from this project's code; a field the SDKs do not
 * expose is left out. Inputs are fixed (timestamps, nonces, fake keys), so the output is the same on every
 * run.
 *
 * <p>Run with
 * {@code mvn -pl shared test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.ossdirect.signing.oracle.OfficialSdkVectorGenerator}, from the project root or
 * from {@code shared/}; an argument overrides the vectors folder. It replaces every {@code gen-*.json}.
 */
public final class OfficialSdkVectorGenerator {

  private static final String ACCESS_KEY_ID = "testAccessKeyId";
  private static final String ACCESS_KEY_SECRET = "testAccessKeySecret";
  private static final String STS_ACCESS_KEY_ID = "STS.testTemporaryKey";
  private static final String STS_ACCESS_KEY_SECRET = "testTemporaryKeySecret";
  private static final String SECURITY_TOKEN =
      "CAIS-testSecurityToken+/with=reserved&characters?and#more";
  /** 2024-06-11T08:30:00Z. */
  private static final long TIMESTAMP = 1_718_094_600L;
  private static final String ISO_TIMESTAMP = "2024-06-11T08:30:00Z";
  /** 2024-06-11T08:40:00.000Z, ten minutes after {@link #TIMESTAMP}: when the POST policies expire. */
  private static final long EXPIRATION_MILLIS = (TIMESTAMP + 600) * 1000L;
  private static final String RFC_1123_DATE = "Tue, 11 Jun 2024 08:30:00 GMT";
  private static final String NONCE = "3f5c2d1e9a8b47c6b0d1e2f3a4b5c6d7";
  private static final String UPLOAD_ID = "0004B9894A22E5B1888A1E29F8236E2D";
  private static final String POLICY =
      "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"oss:PutObject\"],"
          + "\"Resource\":[\"acs:oss:*:*:test-bucket/uploads/*\"]}]}";

  private final Path directory;
  private final ObjectWriter writer;
  private int written;

  private OfficialSdkVectorGenerator(Path directory) {
    this.directory = directory;
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    this.writer = new ObjectMapper().writer(printer);
  }

  public static void main(String[] args) throws IOException {
    OfficialSdkVectorGenerator generator = new OfficialSdkVectorGenerator(vectorsDirectory(args));
    generator.deleteGenerated();
    generator.rpcV1();
    generator.acs3();
    generator.ossV1();
    generator.ossV4();
    generator.ossPost();
    System.out.println("Wrote " + generator.written + " vectors to " + generator.directory);
  }

  private static Path vectorsDirectory(String[] args) {
    if (args.length > 0) {
      return Paths.get(args[0]);
    }
    for (String candidate : new String[] {"shared/src/test/resources/vectors", "src/test/resources/vectors"}) {
      Path path = Paths.get(candidate);
      if (Files.isDirectory(path)) {
        return path;
      }
    }
    throw new IllegalStateException("Run from the project root or shared/, or pass the vectors folder");
  }

  private void deleteGenerated() throws IOException {
    for (String scheme : new String[] {"rpc-v1", "acs3", "oss-v1", "oss-v4", "oss-post-v1", "oss-post-v4"}) {
      Path folder = directory.resolve(scheme);
      Files.createDirectories(folder);
      try (DirectoryStream<Path> generated = Files.newDirectoryStream(folder, "gen-*.json")) {
        for (Path file : generated) {
          Files.delete(file);
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------------
  // RPC V1

  private void rpcV1() throws IOException {
    Map<String, String> faces = rpcCommon("DetectImageFaces", "2020-09-30");
    faces.put("ProjectName", "test-project");
    faces.put("SourceURI", "oss://test-bucket/photos/2024/group photo.jpg");
    rpc("detect-image-faces-get", "IMM DetectImageFaces over GET", "GET", faces, ACCESS_KEY_SECRET);

    Map<String, String> facesSts = rpcCommon("DetectImageFaces", "2020-09-30");
    facesSts.put("AccessKeyId", STS_ACCESS_KEY_ID);
    facesSts.put("SecurityToken", SECURITY_TOKEN);
    facesSts.put("ProjectName", "test-project");
    facesSts.put("SourceURI", "oss://test-bucket/相册/合影 😀.jpg");
    rpc(
        "detect-image-faces-post-sts",
        "IMM DetectImageFaces over POST with an STS token and a unicode SourceURI",
        "POST", facesSts, STS_ACCESS_KEY_SECRET);

    Map<String, String> assumeRole = rpcCommon("AssumeRole", "2015-04-01");
    assumeRole.put("RoleArn", "acs:ram::1234567890123456:role/browser-upload");
    assumeRole.put("RoleSessionName", "browser-upload-42");
    assumeRole.put("DurationSeconds", "3600");
    assumeRole.put("Policy", POLICY);
    rpc("assume-role", "STS AssumeRole with an inline JSON policy", "POST", assumeRole, ACCESS_KEY_SECRET);

    Map<String, String> unicode = rpcCommon("DescribeTags", "2020-09-30");
    unicode.put("Name", "中文名称");
    unicode.put("Accent", "café crème");
    unicode.put("Emoji", "😀🚀👍🏽");
    unicode.put("Rare", "𠀋𝄞 Ω");
    rpc(
        "unicode-values",
        "values with 2-, 3- and 4-byte UTF-8 characters",
        "GET", unicode, ACCESS_KEY_SECRET);

    Map<String, String> reserved = rpcCommon("DescribeTags", "2020-09-30");
    reserved.put("Reserved", "a+b*c~d%e/f=g&h?i#j k'l(m)n!o");
    reserved.put("Plus", "+");
    reserved.put("Tilde*Star", "~*");
    rpc(
        "reserved-characters",
        "names and values with + * ~ % / = & ? # space ' ( ) !",
        "GET", reserved, ACCESS_KEY_SECRET);

    Map<String, String> empty = rpcCommon("DescribeTags", "2020-09-30");
    empty.put("Description", "");
    empty.put("NextToken", "");
    empty.put("MaxResults", "10");
    rpc(
        "empty-values",
        "parameters with empty values, sent but left out of the signature",
        "POST", empty, ACCESS_KEY_SECRET);

    Map<String, String> longValue = rpcCommon("DescribeTags", "2020-09-30");
    longValue.put("Description", repeat("Signing vectors 签名 🚀 + & = / ", 20));
    rpc("long-value", "a value of several hundred characters", "POST", longValue, ACCESS_KEY_SECRET);

    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put(
        "Tag",
        Arrays.asList(
            map("Key", "env", "Value", "prod"), map("Key", "项目", "Value", "上传 + 测试")));
    nested.put("InstanceIds", Arrays.asList("i-001", "i-002"));
    nested.put("Filter", Collections.singletonMap("Values", Arrays.asList("Running", "Stopped")));
    Map<String, String> flattened = rpcCommon("DescribeInstances", "2014-05-26");
    flattened.putAll(OfficialRpcV1.flatten(nested));
    rpc(
        "flattened-tags",
        "lists and maps flattened by openapiutil Client.query (Tag.1.Key, InstanceIds.2, Filter.Values.1)",
        "GET", flattened, ACCESS_KEY_SECRET);

    Map<String, String> order = rpcCommon("DescribeTags", "2020-09-30");
    for (String name : new String[] {"a", "A", "aa", "B", "_x", "Z9", "ä", "~tilde", "-dash", ".dot"}) {
      order.put(name, "v" + name);
    }
    rpc(
        "name-sort-order",
        "names sorted by UTF-16 code unit: upper case, digits, '_', '-', '.', '~' and non-ASCII",
        "GET", order, ACCESS_KEY_SECRET);

    Map<String, String> unicodeNames = rpcCommon("TagResources", "2020-09-30");
    unicodeNames.put("标签.1.Key", "环境");
    unicodeNames.put("Tag.1.Key", "env");
    unicodeNames.put("Ключ", "значение");
    rpc("unicode-names", "parameter names with non-ASCII characters", "POST", unicodeNames, ACCESS_KEY_SECRET);

    Map<String, String> twice = rpcCommon("DescribeTags", "2020-09-30");
    twice.put("Tag", "%");
    twice.put("Tag.1", "%25");
    twice.put("Tag.1.Key", "a%2Fb%");
    twice.put("Tag.2", "");
    twice.put("Tag1", "100% \u00e9");
    twice.put("TagA", "\u00e9x\u4e2d");
    twice.put("Ta", "\uD83D\uDE00");
    twice.put("T", "x\uD83D\uDE00=&y\uD83D\uDE00");
    twice.put("\uFF21", "name above the surrogates");
    twice.put("\uD83D\uDE00", "name of a surrogate pair");
    twice.put("\uD83D\uDE00x", "");
    rpc(
        "encoded-twice",
        "names equal up to a prefix, an empty value, '%' and escapes in values (encoded twice in the string "
            + "to sign), 2-, 3- and 4-byte characters at the edges of values, a name above the surrogates "
            + "and one of a surrogate pair, which sort by UTF-16 code unit",
        "POST", twice, ACCESS_KEY_SECRET);

    Map<String, String> secret = rpcCommon("DescribeRegions", "2014-05-26");
    rpc(
        "secret-with-symbols",
        "an AccessKey secret with + / = & characters (the HMAC key is secret + \"&\")",
        "GET", secret, "test/Secret+With=Symbols&");
  }

  /** The parameters RpcRequestSigner adds to every call, with fixed values. */
  private static Map<String, String> rpcCommon(String action, String version) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("AccessKeyId", ACCESS_KEY_ID);
    parameters.put("Action", action);
    parameters.put("Format", "JSON");
    parameters.put("SignatureMethod", "HMAC-SHA1");
    parameters.put("SignatureNonce", NONCE);
    parameters.put("SignatureVersion", "1.0");
    parameters.put("Timestamp", ISO_TIMESTAMP);
    parameters.put("Version", version);
    return parameters;
  }

  private void rpc(
      String name, String description, String method, Map<String, String> params, String secret)
      throws IOException {
    ObjectNode vector = vector("rpc-v1", description);
    vector.put("method", method);
    vector.set("params", object(new TreeMap<>(params)));
    vector.put("accessKeySecret", secret);
    ObjectNode expect = vector.putObject("expect");
    expect.put("signature", OfficialRpcV1.signature(method, params, secret));
    write("rpc-v1", name, vector);
  }

  // ---------------------------------------------------------------------------------------------------
  // ACS3

  private void acs3() throws IOException {
    Map<String, String> faces = new LinkedHashMap<>();
    faces.put("ProjectName", "test-project");
    faces.put("SourceURI", "oss://test-bucket/相册/合影 1.jpg");
    acs3(
        "detect-image-faces",
        "IMM DetectImageFaces, RPC style, with the unsigned headers the Tea SDK also sends",
        "POST", "/", faces,
        acsHeaders("imm.cn-hangzhou.aliyuncs.com", "DetectImageFaces", "2020-09-30",
            "user-agent", "AlibabaCloud (Linux; amd64) Java/17 tea-util/0.2.21 TeaDSL/1",
            "accept", "application/json"),
        new byte[0], ACCESS_KEY_ID, ACCESS_KEY_SECRET);

    Map<String, String> assumeRole = new LinkedHashMap<>();
    assumeRole.put("RoleArn", "acs:ram::1234567890123456:role/browser-upload");
    assumeRole.put("RoleSessionName", "browser-upload-42");
    assumeRole.put("DurationSeconds", "3600");
    assumeRole.put("Policy", POLICY);
    acs3(
        "assume-role-sts",
        "STS AssumeRole signed with an STS token"
            + " (x-acs-security-token and x-acs-accesskey-id, as the Tea SDK sends them)",
        "POST", "/", assumeRole,
        acsHeaders("sts.aliyuncs.com", "AssumeRole", "2015-04-01",
            "x-acs-security-token", SECURITY_TOKEN, "x-acs-accesskey-id", STS_ACCESS_KEY_ID),
        new byte[0], STS_ACCESS_KEY_ID, STS_ACCESS_KEY_SECRET);

    acs3(
        "unicode-query",
        "query names and values with 2-, 3- and 4-byte UTF-8 characters",
        "GET", "/", map("名称", "中文值", "Accent", "café", "Emoji", "😀🚀", "Rare", "𠀋𝄞"),
        acsHeaders("imm.cn-hangzhou.aliyuncs.com", "ListProjects", "2020-09-30"),
        new byte[0], ACCESS_KEY_ID, ACCESS_KEY_SECRET);

    acs3(
        "reserved-characters-query",
        "query values with + * ~ % / = & ? # space ' ( ) !",
        "GET", "/", map("Reserved", "a+b*c~d%e/f=g&h?i#j k'l(m)n!o", "Name*With~Star", "~*+"),
        acsHeaders("imm.cn-hangzhou.aliyuncs.com", "ListProjects", "2020-09-30"),
        new byte[0], ACCESS_KEY_ID, ACCESS_KEY_SECRET);

    acs3(
        "empty-query-value",
        "an empty query value, signed as \"name=\"",
        "GET", "/", map("NextToken", "", "MaxResults", "10"),
        acsHeaders("imm.cn-hangzhou.aliyuncs.com", "ListProjects", "2020-09-30"),
        new byte[0], ACCESS_KEY_ID, ACCESS_KEY_SECRET);

    byte[] json =
        "{\"ProjectName\":\"test-project\",\"Labels\":{\"环境\":\"测试\"}}"
            .getBytes(StandardCharsets.UTF_8);
    acs3(
        "json-body",
        "a JSON body: x-acs-content-sha256 is its SHA-256, content-type is signed",
        "POST", "/", map(),
        acsHeaders("imm.cn-hangzhou.aliyuncs.com", "CreateProject", "2020-09-30",
            "content-type", "application/json; charset=utf-8"),
        json, ACCESS_KEY_ID, ACCESS_KEY_SECRET);

    byte[] form = "ProjectName=test-project&Description=%E6%B5%8B%E8%AF%95%20%2B".getBytes(StandardCharsets.UTF_8);
    acs3(
        "form-body",
        "a form body, as the Tea SDK sends RPC bodies: x-acs-content-sha256 is its SHA-256",
        "POST", "/", map("RegionId", "cn-hangzhou"),
        acsHeaders("imm.cn-hangzhou.aliyuncs.com", "UpdateProject", "2020-09-30",
            "content-type", "application/x-www-form-urlencoded"),
        form, ACCESS_KEY_ID, ACCESS_KEY_SECRET);

    acs3(
        "roa-unicode-path",
        "a ROA-style path with unicode, spaces and + (encoded by openapiutil Client.getEncodePath)",
        "GET", "/projects/测试 project/datasets/a+b (1)", map("MaxResults", "5"),
        acsHeaders("imm.cn-hangzhou.aliyuncs.com", "GetDataset", "2020-09-30"),
        new byte[0], ACCESS_KEY_ID, ACCESS_KEY_SECRET);

    Map<String, String> mixed = new LinkedHashMap<>();
    mixed.put("Host", "imm.cn-hangzhou.aliyuncs.com");
    mixed.put("X-Acs-Action", "  DetectImageFaces ");
    mixed.put("X-ACS-Version", "2020-09-30\t");
    mixed.put("x-acs-date", ISO_TIMESTAMP);
    mixed.put("X-Acs-Signature-Nonce", NONCE);
    mixed.put("X-Acs-Content-Sha256", OfficialAcs3.hashPayload(new byte[0]));
    mixed.put("Content-Type", " application/json ");
    mixed.put("X-Acs-Custom", " padded  value ");
    mixed.put("Cache-Control", "no-cache");
    acs3(
        "header-case-and-whitespace",
        "header names in mixed case and padded values: names are lower-cased, values trimmed",
        "POST", "/", map("ProjectName", "test-project"), mixed,
        new byte[0], ACCESS_KEY_ID, ACCESS_KEY_SECRET);

    acs3(
        "long-query-value",
        "a query value of several hundred characters",
        "POST", "/", map("Description", repeat("Signing vectors 签名 🚀 + & = / ", 20)),
        acsHeaders("imm.cn-hangzhou.aliyuncs.com", "UpdateProject", "2020-09-30"),
        new byte[0], ACCESS_KEY_ID, ACCESS_KEY_SECRET);

    Map<String, String> sorted = new LinkedHashMap<>();
    for (String name : new String[] {"a", "A", "aa", "B", "_x", "Z9", "ä", "~tilde", "-dash", ".dot"}) {
      sorted.put(name, "v" + name);
    }
    acs3(
        "query-sort-order",
        "query names sorted by UTF-16 code unit before encoding",
        "GET", "/", sorted,
        acsHeaders("ecs.cn-hangzhou.aliyuncs.com", "DescribeRegions", "2014-05-26"),
        new byte[0], ACCESS_KEY_ID, ACCESS_KEY_SECRET);
  }

  /** The headers the Tea SDK signs for an API call, and {@code more} name-value pairs. */
  private static Map<String, String> acsHeaders(
      String host, String action, String version, String... more) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("host", host);
    headers.put("x-acs-action", action);
    headers.put("x-acs-version", version);
    headers.put("x-acs-date", ISO_TIMESTAMP);
    headers.put("x-acs-signature-nonce", NONCE);
    headers.putAll(map((Object[]) more));
    return headers;
  }

  private void acs3(
      String name,
      String description,
      String method,
      String decodedPath,
      Map<String, String> query,
      Map<String, String> headers,
      byte[] body,
      String accessKeyId,
      String secret)
      throws IOException {
    String payloadHash = OfficialAcs3.hashPayload(body);
    Map<String, String> sent = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    sent.putAll(headers);
    if (!sent.containsKey("x-acs-content-sha256")) {
      headers = new LinkedHashMap<>(headers);
      headers.put("x-acs-content-sha256", payloadHash);
    }
    String path = OfficialAcs3.canonicalUri(decodedPath);
    String authorization =
        OfficialAcs3.authorization(method, path, query, headers, payloadHash, accessKeyId, secret);
    ObjectNode vector = vector("acs3", description);
    vector.put("method", method);
    vector.put("path", path);
    vector.set("query", object(query));
    vector.set("headers", object(headers));
    vector.put("accessKeyId", accessKeyId);
    vector.put("accessKeySecret", secret);
    ObjectNode expect = vector.putObject("expect");
    expect.put("signature", OfficialAcs3.signatureOf(authorization));
    expect.put("authorization", authorization);
    write("acs3", name, vector);
  }

  // ---------------------------------------------------------------------------------------------------
  // OSS V1

  private void ossV1() throws IOException {
    ossV1(
        "put-object-unicode-key",
        "PutObject of a key with 3- and 4-byte characters, dated by Date",
        "PUT", "test-bucket", "相册/2024/合影 😀.jpg", map(),
        map("Content-Type", "image/jpeg", "Date", RFC_1123_DATE, "x-oss-object-acl", "private"),
        ACCESS_KEY_ID, ACCESS_KEY_SECRET);

    ossV1(
        "key-with-spaces-and-plus",
        "PutObject of a key with spaces and +, which stay unencoded in the resource",
        "PUT", "test-bucket", "my folder/a+b c (1).txt", map(),
        map("Content-MD5", "1B2M2Y8AsgTpgAmY7PhCfg==", "Content-Type", "text/plain", "Date", RFC_1123_DATE),
        ACCESS_KEY_ID, ACCESS_KEY_SECRET);

    ossV1(
        "initiate-multipart-upload",
        "InitiateMultipartUpload: the bare uploads sub-resource, dated by x-oss-date only",
        "POST", "test-bucket", "uploads/video.mp4", map("uploads", ""),
        map("Content-Type", "video/mp4", "x-oss-date", RFC_1123_DATE),
        ACCESS_KEY_ID, ACCESS_KEY_SECRET);

    ossV1(
        "upload-part",
        "UploadPart: partNumber and uploadId sub-resources",
        "PUT", "test-bucket", "uploads/video.mp4", map("partNumber", "3", "uploadId", UPLOAD_ID),
        map("x-oss-date", RFC_1123_DATE),
        ACCESS_KEY_ID, ACCESS_KEY_SECRET);

    ossV1(
        "complete-multipart-upload",
        "CompleteMultipartUpload: uploadId sub-resource and an XML body",
        "POST", "test-bucket", "uploads/video.mp4", map("uploadId", UPLOAD_ID),
        map("Content-Type", "application/xml", "Content-MD5", "Q2hlY2sgSW50ZWdyaXR5IQ==", "Date", RFC_1123_DATE),
        ACCESS_KEY_ID, ACCESS_KEY_SECRET);

    ossV1(
        "sts-token-header",
        "a request signed with an STS token in x-oss-security-token, dated by x-oss-date",
        "PUT", "test-bucket", "uploads/photo.jpg", map(),
        map("Content-Type", "image/jpeg", "x-oss-date", RFC_1123_DATE, "x-oss-security-token", SECURITY_TOKEN),
        STS_ACCESS_KEY_ID, STS_ACCESS_KEY_SECRET);

    ossV1(
        "acl-bare",
        "GetObjectAcl: the bare acl sub-resource",
        "GET", "test-bucket", "docs/readme.md", map("acl", ""),
        map("Date", RFC_1123_DATE),
        ACCESS_KEY_ID, ACCESS_KEY_SECRET);

    ossV1(
        "response-overrides-and-unsigned-parameters",
        "GetObject with response-* sub-resources (raw values) and parameters V1 does not sign",
        "GET", "test-bucket", "reports/报告 1.pdf",
        map("response-content-type", "application/pdf; charset=utf-8",
            "response-content-disposition", "attachment; filename=\"报告 1.pdf\"",
            "prefix", "reports/", "max-keys", "10", "ACL", ""),
        map("Date", RFC_1123_DATE),
        ACCESS_KEY_ID, ACCESS_KEY_SECRET);

    ossV1(
        "header-case-and-whitespace",
        "header names in mixed case and padded values, Date included: every value is trimmed",
        "PUT", "test-bucket", "notes/todo.txt", map(),
        map("content-type", " text/plain ", "CONTENT-MD5", "\t1B2M2Y8AsgTpgAmY7PhCfg== ",
            "Date", " " + RFC_1123_DATE + " ", "X-OSS-Meta-Author", "  Zhang San  ",
            "x-oss-META-empty", "", "Cache-Control", "no-cache"),
        ACCESS_KEY_ID, ACCESS_KEY_SECRET);

    ossV1(
        "reserved-characters",
        "a key and a sub-resource value with + * ~ % / = & ? # space ' ( ) !",
        "GET", "test-bucket", "reserved/+*~%=&?# '()!.txt",
        map("response-content-disposition", "inline; a+b*c~d%e/f=g&h?i#j k'l(m)n!o"),
        map("Date", RFC_1123_DATE),
        ACCESS_KEY_ID, ACCESS_KEY_SECRET);

    ossV1Url(
        "signed-url-get",
        "signed URL for GetObject (SignUtils.buildSignedURL)",
        "GET", "test-bucket", "photos/cat.jpg", map(), map(),
        TIMESTAMP + 3600, ACCESS_KEY_ID, ACCESS_KEY_SECRET, null);

    ossV1Url(
        "signed-url-sts",
        "signed URL with an STS token, which is signed as the security-token sub-resource",
        "GET", "test-bucket", "相册/合影 😀.jpg", map(), map(),
        TIMESTAMP + 900, STS_ACCESS_KEY_ID, STS_ACCESS_KEY_SECRET, SECURITY_TOKEN);

    ossV1Url(
        "signed-url-put-content-type",
        "signed URL for PutObject with Content-Type and x-oss-meta-* headers",
        "PUT", "test-bucket", "uploads/a+b c.txt", map(),
        map("Content-Type", "text/plain; charset=utf-8", "x-oss-meta-owner", "test-user"),
        TIMESTAMP + 600, ACCESS_KEY_ID, ACCESS_KEY_SECRET, null);

    ossV1Url(
        "signed-url-process-and-response-type",
        "signed URL with x-oss-process and response-content-type sub-resources and an unsigned parameter",
        "GET", "test-bucket", "images/风景 1.png",
        map("x-oss-process", "image/resize,w_100", "response-content-type", "image/png", "foo", "bar"),
        map(),
        TIMESTAMP + 86_400, ACCESS_KEY_ID, ACCESS_KEY_SECRET, null);
  }

  private void ossV1(
      String name,
      String description,
      String method,
      String bucket,
      String key,
      Map<String, String> subresources,
      Map<String, String> headers,
      String accessKeyId,
      String secret)
      throws IOException {
    String stringToSign = OfficialOssV1.stringToSign(method, bucket, key, subresources, headers);
    String signature = OfficialOssV1.signature(secret, stringToSign);
    ObjectNode vector = ossV1Request(description, method, bucket, key, subresources, headers);
    vector.put("accessKeyId", accessKeyId);
    vector.put("accessKeySecret", secret);
    ObjectNode expect = vector.putObject("expect");
    expect.put("stringToSign", stringToSign);
    expect.put("signature", signature);
    expect.put("authorization", OfficialOssV1.authorization(accessKeyId, signature));
    write("oss-v1", name, vector);
  }

  private void ossV1Url(
      String name,
      String description,
      String method,
      String bucket,
      String key,
      Map<String, String> query,
      Map<String, String> headers,
      long expires,
      String accessKeyId,
      String secret,
      String securityToken)
      throws IOException {
    Map<String, String> url =
        OfficialOssV1.signedUrlParameters(
            method, bucket, key, query, headers, expires, accessKeyId, secret, securityToken);
    String stringToSign =
        OfficialOssV1.signedUrlStringToSign(method, bucket, key, query, headers, expires, securityToken);
    if (!url.get("Signature").equals(OfficialOssV1.signature(secret, stringToSign))
        || !url.get("Expires").equals(Long.toString(expires))) {
      throw new IllegalStateException(name + ": the signed URL and its string to sign disagree");
    }
    Map<String, String> subresources = new LinkedHashMap<>(query);
    if (securityToken != null) {
      subresources.put("security-token", securityToken);
    }
    ObjectNode vector = ossV1Request(description, method, bucket, key, subresources, headers);
    vector.put("expires", Long.toString(expires));
    vector.put("accessKeyId", accessKeyId);
    vector.put("accessKeySecret", secret);
    ObjectNode expect = vector.putObject("expect");
    expect.put("stringToSign", stringToSign);
    expect.put("signature", url.get("Signature"));
    write("oss-v1", name, vector);
  }

  private ObjectNode ossV1Request(
      String description,
      String method,
      String bucket,
      String key,
      Map<String, String> subresources,
      Map<String, String> headers) {
    ObjectNode vector = vector("oss-v1", description);
    vector.put("method", method);
    vector.put("bucket", bucket);
    vector.put("key", key);
    vector.set("subresources", object(subresources));
    vector.set("headers", object(headers));
    return vector;
  }

  // ---------------------------------------------------------------------------------------------------
  // OSS V4

  private void ossV4() throws IOException {
    ossV4(
        "put-object-unicode-key",
        "PutObject of a key with 3- and 4-byte characters",
        "PUT", "test-bucket", "相册/2024/合影 😀.jpg", map(),
        map("Content-Type", "image/jpeg", "x-oss-object-acl", "private"), list(),
        "cn-hangzhou", TIMESTAMP, ACCESS_KEY_ID, ACCESS_KEY_SECRET, null);

    ossV4(
        "key-with-spaces-and-plus",
        "PutObject of a key with spaces and +: the path is percent-encoded, '/' kept",
        "PUT", "test-bucket", "my folder/a+b c (1).txt", map(),
        map("Content-MD5", "1B2M2Y8AsgTpgAmY7PhCfg==", "Content-Type", "text/plain"), list(),
        "cn-hangzhou", TIMESTAMP, ACCESS_KEY_ID, ACCESS_KEY_SECRET, null);

    ossV4(
        "initiate-multipart-upload",
        "InitiateMultipartUpload: the bare uploads parameter",
        "POST", "test-bucket", "uploads/video.mp4", map("uploads", ""),
        map("Content-Type", "video/mp4"), list(),
        "cn-shanghai", TIMESTAMP, ACCESS_KEY_ID, ACCESS_KEY_SECRET, null);

    ossV4(
        "upload-part",
        "UploadPart: partNumber and uploadId parameters",
        "PUT", "test-bucket", "uploads/video.mp4", map("partNumber", "3", "uploadId", UPLOAD_ID),
        map("x-oss-content-sha256", "UNSIGNED-PAYLOAD"), list(),
        "cn-shanghai", TIMESTAMP, ACCESS_KEY_ID, ACCESS_KEY_SECRET, null);

    ossV4(
        "sts-token",
        "a request signed with an STS token, sent in x-oss-security-token",
        "PUT", "test-bucket", "uploads/photo.jpg", map(),
        map("Content-Type", "image/jpeg", "x-oss-meta-owner", "test-user"), list(),
        "cn-hangzhou", TIMESTAMP, STS_ACCESS_KEY_ID, STS_ACCESS_KEY_SECRET, SECURITY_TOKEN);

    ossV4(
        "additional-headers",
        "additional headers: host and range are signed; content-type is signed anyway; an absent name is ignored",
        "GET", "test-bucket", "videos/clip.mp4", map(),
        map("Host", "test-bucket.oss-cn-hangzhou.aliyuncs.com", "Range", "bytes=0-1023",
            "Cache-Control", "no-cache", "Content-Type", "video/mp4"),
        list("Range", "host", "content-type", "x-not-sent"),
        "cn-hangzhou", TIMESTAMP, ACCESS_KEY_ID, ACCESS_KEY_SECRET, null);

    ossV4(
        "reserved-characters-query",
        "query names and values with + * ~ % / = & ? # space ' ( ) ! and unicode, percent-encoded and sorted",
        "GET", "test-bucket", "reserved/+*~%=&?# '()!.txt",
        map("response-content-disposition", "inline; a+b*c~d%e/f=g&h?i#j k'l(m)n!o",
            "名称", "值 😀", "+plus", "~tilde", "|pipe", "*star"),
        map(), list(),
        "cn-beijing", TIMESTAMP, ACCESS_KEY_ID, ACCESS_KEY_SECRET, null);

    ossV4(
        "empty-query-values",
        "bare parameters (empty values), a blank value, a padded name and value, and a bare name that trims"
            + " to nothing: names and values are trimmed, and every item keeps its '&'",
        "GET", "test-bucket", "docs/readme.md",
        map("acl", "", " versionId ", " v1 ", "blank", "   ", "tagging", "", " ", ""),
        map(), list(),
        "cn-hangzhou", TIMESTAMP, ACCESS_KEY_ID, ACCESS_KEY_SECRET, null);

    ossV4(
        "day-boundary-region",
        "signed at 23:59:59 UTC in ap-southeast-1: the scope takes the UTC date",
        "DELETE", "test-bucket-sg", "tmp/old.log", map(),
        map(), list(),
        "ap-southeast-1", 1_718_150_399L, ACCESS_KEY_ID, ACCESS_KEY_SECRET, null);

    ossV4Url(
        "signed-url-get",
        "signed URL for GetObject (OSSV4Signer.presign)",
        "GET", "test-bucket", "photos/cat.jpg", map(), map(),
        "cn-hangzhou", TIMESTAMP, 3600, ACCESS_KEY_ID, ACCESS_KEY_SECRET, null);

    ossV4Url(
        "signed-url-sts",
        "signed URL with an STS token, sent as x-oss-security-token in the query",
        "GET", "test-bucket", "相册/合影 😀.jpg", map(), map(),
        "cn-hangzhou", TIMESTAMP, 900, STS_ACCESS_KEY_ID, STS_ACCESS_KEY_SECRET, SECURITY_TOKEN);

    ossV4Url(
        "signed-url-query-parameters",
        "signed URL with its own query parameters: response-content-type, x-oss-process and a unicode one",
        "GET", "test-bucket", "images/风景 1.png",
        map("response-content-type", "image/png", "x-oss-process", "image/resize,w_100", "备注", "a+b c"),
        map(),
        "cn-shanghai", TIMESTAMP, 86_400, ACCESS_KEY_ID, ACCESS_KEY_SECRET, null);

    ossV4Url(
        "signed-url-put-headers",
        "signed URL for PutObject with Content-Type and x-oss-meta-* headers, valid seven days",
        "PUT", "test-bucket", "uploads/a+b c.txt", map(),
        map("Content-Type", "text/plain; charset=utf-8", "x-oss-meta-owner", "test-user"),
        "us-west-1", TIMESTAMP, 604_800, ACCESS_KEY_ID, ACCESS_KEY_SECRET, null);
  }

  private void ossV4(
      String name,
      String description,
      String method,
      String bucket,
      String key,
      Map<String, String> query,
      Map<String, String> headers,
      List<String> additionalHeaders,
      String region,
      long timestamp,
      String accessKeyId,
      String secret,
      String securityToken)
      throws IOException {
    OfficialOssV4.Signed signed =
        OfficialOssV4.sign(
            method, bucket, key, query, headers, additionalHeaders, region, timestamp, accessKeyId,
            secret, securityToken);
    ObjectNode vector =
        ossV4Request(
            description, method, bucket, key, query, headers, additionalHeaders, region, timestamp,
            accessKeyId, secret, securityToken);
    ObjectNode expect = vector.putObject("expect");
    expect.put("signature", signed.signature());
    expect.put("authorization", signed.authorization());
    write("oss-v4", name, vector);
  }

  private void ossV4Url(
      String name,
      String description,
      String method,
      String bucket,
      String key,
      Map<String, String> query,
      Map<String, String> headers,
      String region,
      long timestamp,
      long expiresSeconds,
      String accessKeyId,
      String secret,
      String securityToken)
      throws IOException {
    Map<String, String> presigned =
        OfficialOssV4.presignAt(
            method, bucket, key, query, headers, region, timestamp, expiresSeconds, accessKeyId,
            secret, securityToken);
    ObjectNode vector =
        ossV4Request(
            description, method, bucket, key, query, headers, list(), region, timestamp,
            accessKeyId, secret, securityToken);
    vector.put("presignExpiresSeconds", expiresSeconds);
    ObjectNode expect = vector.putObject("expect");
    expect.put("signature", presigned.get("x-oss-signature"));
    expect.set("presignedQuery", object(presigned));
    write("oss-v4", name, vector);
  }

  private ObjectNode ossV4Request(
      String description,
      String method,
      String bucket,
      String key,
      Map<String, String> query,
      Map<String, String> headers,
      List<String> additionalHeaders,
      String region,
      long timestamp,
      String accessKeyId,
      String secret,
      String securityToken) {
    ObjectNode vector = vector("oss-v4", description);
    vector.put("method", method);
    vector.put("bucket", bucket);
    vector.put("key", key);
    vector.set("query", object(query));
    vector.set("headers", object(headers));
    ArrayNode additional = vector.putArray("additionalHeaders");
    additionalHeaders.forEach(additional::add);
    vector.put("region", region);
    vector.put("timestamp", timestamp);
    vector.put("accessKeyId", accessKeyId);
    vector.put("accessKeySecret", secret);
    vector.put("securityToken", securityToken);
    return vector;
  }

  // ---------------------------------------------------------------------------------------------------
  // PostObject policies, V1 and V4

  private void ossPost() throws IOException {
    List<Condition> upload = List.of(
        Condition.exact("bucket", "test-bucket"),
        Condition.eq("key", "uploads/session-1/3f2a-photo.jpg"),
        Condition.contentLengthRange(20_971_520, 20_971_520),
        Condition.exact("Content-Type", "image/jpeg"),
        Condition.exact("x-oss-forbid-overwrite", "true"));
    List<Condition> prefix = List.of(
        Condition.startsWith("key", "uploads/"),
        Condition.contentLengthRange(0, 5_368_709_120L),
        Condition.eq("success_action_status", "201"));
    List<Condition> escaped = List.of(
        Condition.eq("key", "quotes \"a\" back\\slash/slash\ttab\nline\u0001\u007f\u0085\u2028\u2029 €"),
        Condition.exact("x-oss-meta-名称", "相册 😀 ñ"),
        Condition.startsWith("Content-Disposition", "attachment; filename=\"a b.jpg\""));
    List<Condition> lists = List.of(
        Condition.in("content-type", List.of("image/jpeg", "image/png")),
        Condition.notIn("cache-control", List.of("no-cache")),
        Condition.contentLengthRange(0, 0));

    for (boolean v4 : new boolean[] {false, true}) {
      ossPost(v4, "upload-exact-key", "the browser upload: exact key, exact size, content type, no overwrite,"
              + " signed with an STS token", upload, EXPIRATION_MILLIS, "cn-hangzhou", TIMESTAMP,
          STS_ACCESS_KEY_ID, STS_ACCESS_KEY_SECRET, SECURITY_TOKEN);
      ossPost(v4, "key-prefix", "a key prefix, a 5 GiB range and success_action_status, with a long-term key",
          prefix, EXPIRATION_MILLIS + 123, "cn-shanghai", TIMESTAMP, ACCESS_KEY_ID, ACCESS_KEY_SECRET, null);
      ossPost(v4, "escaped-characters", "quotes, backslashes, slashes, control characters, U+2028 and"
              + " non-ASCII text, escaped as the SDK escapes them", escaped, EXPIRATION_MILLIS,
          "cn-hangzhou", TIMESTAMP, ACCESS_KEY_ID, ACCESS_KEY_SECRET, null);
      ossPost(v4, "in-and-not-in", "in and not-in lists and an empty size range", lists, EXPIRATION_MILLIS,
          "us-west-1", TIMESTAMP, ACCESS_KEY_ID, ACCESS_KEY_SECRET, null);
    }
    ossPost(false, "no-conditions", "a policy without conditions, signed with a long-term key", List.of(),
        EXPIRATION_MILLIS, "cn-hangzhou", TIMESTAMP, ACCESS_KEY_ID, ACCESS_KEY_SECRET, null);
    ossPost(true, "day-boundary", "signed at 23:59:59 UTC: the credential and the signing key take the UTC"
            + " date", upload, 1_718_150_999_999L, "ap-southeast-1", 1_718_150_399L,
        STS_ACCESS_KEY_ID, STS_ACCESS_KEY_SECRET, SECURITY_TOKEN);
  }

  /**
   * Writes one PostObject vector: {@code conditions} as the caller gives them; the conditions the signer adds
   * (for V4 the signature version, credential and date; the security token with an STS key) are added to
   * the SDK's policy in the order the vectors README gives.
   */
  private void ossPost(
      boolean v4,
      String name,
      String description,
      List<Condition> conditions,
      long expirationMillis,
      String region,
      long timestamp,
      String accessKeyId,
      String secret,
      String securityToken)
      throws IOException {
    String scheme = v4 ? "oss-post-v4" : "oss-post-v1";
    List<Condition> signed = new ArrayList<>(conditions);
    String credential = accessKeyId + "/" + OfficialOssV4.dateTime(timestamp).substring(0, 8) + "/" + region
        + "/oss/aliyun_v4_request";
    if (v4) {
      signed.add(Condition.exact("x-oss-signature-version", "OSS4-HMAC-SHA256"));
      signed.add(Condition.exact("x-oss-credential", credential));
      signed.add(Condition.exact("x-oss-date", OfficialOssV4.dateTime(timestamp)));
    }
    if (securityToken != null) {
      signed.add(Condition.exact("x-oss-security-token", securityToken));
    }
    String policy = OfficialOssPost.policy(expirationMillis, signed);
    String encoded = OfficialOssPost.encoded(policy);
    Map<String, String> fields = new LinkedHashMap<>();
    String signature;
    if (v4) {
      signature = OfficialOssPost.v4Signature(accessKeyId, secret, region, timestamp * 1000L, policy);
      fields.put("policy", encoded);
      fields.put("x-oss-signature-version", "OSS4-HMAC-SHA256");
      fields.put("x-oss-credential", credential);
      fields.put("x-oss-date", OfficialOssV4.dateTime(timestamp));
      if (securityToken != null) {
        fields.put("x-oss-security-token", securityToken);
      }
      fields.put("x-oss-signature", signature);
    } else {
      signature = OfficialOssPost.v1Signature(accessKeyId, secret, policy);
      fields.put("OSSAccessKeyId", accessKeyId);
      fields.put("policy", encoded);
      fields.put("Signature", signature);
      if (securityToken != null) {
        fields.put("x-oss-security-token", securityToken);
      }
    }

    ObjectNode vector = vector(scheme, description);
    vector.put("expiration", expirationMillis);
    ArrayNode array = vector.putArray("conditions");
    for (Condition condition : conditions) {
      ObjectNode node = array.addObject();
      node.put("match", condition.match());
      switch (condition.match()) {
        case "content-length-range" -> node.put("min", condition.min()).put("max", condition.max());
        case "in", "not-in" -> {
          node.put("field", condition.field());
          ArrayNode values = node.putArray("values");
          condition.values().forEach(values::add);
        }
        default -> node.put("field", condition.field()).put("value", condition.values().get(0));
      }
    }
    if (v4) {
      vector.put("region", region);
      vector.put("timestamp", timestamp);
    }
    vector.put("accessKeyId", accessKeyId);
    vector.put("accessKeySecret", secret);
    vector.put("securityToken", securityToken);
    ObjectNode expect = vector.putObject("expect");
    expect.put("policy", policy);
    expect.put("signature", signature);
    expect.set("formFields", object(fields));
    write(scheme, name, vector);
  }

  // ---------------------------------------------------------------------------------------------------

  private static ObjectNode vector(String scheme, String description) {
    ObjectNode vector = JsonNodeFactory.instance.objectNode();
    vector.put("scheme", scheme);
    vector.put("description", description);
    return vector;
  }

  private static ObjectNode object(Map<String, ?> values) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    for (Map.Entry<String, ?> entry : values.entrySet()) {
      node.put(entry.getKey(), (String) entry.getValue());
    }
    return node;
  }

  private void write(String scheme, String name, ObjectNode vector) throws IOException {
    Path file = directory.resolve(scheme).resolve("gen-" + name + ".json");
    Files.write(file, (writer.writeValueAsString(vector) + "\n").getBytes(StandardCharsets.UTF_8));
    written++;
  }

  /** A map of alternating names and values, in order. */
  private static Map<String, String> map(Object... namesAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.put((String) namesAndValues[i], (String) namesAndValues[i + 1]);
    }
    return map;
  }

  private static List<String> list(String... names) {
    return new ArrayList<>(Arrays.asList(names));
  }

  private static String repeat(String text, int times) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < times; i++) {
      out.append(text);
    }
    return out.toString();
  }
}
