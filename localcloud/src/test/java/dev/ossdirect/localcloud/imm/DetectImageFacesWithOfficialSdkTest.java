package dev.ossdirect.localcloud.imm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.imm20200930.models.DetectImageFacesRequest;
import com.aliyun.imm20200930.models.Figure;
import com.aliyun.oss.ClientBuilderConfiguration;
import com.aliyun.oss.OSS;
import com.aliyun.oss.OSSClientBuilder;
import com.aliyun.oss.common.auth.DefaultCredentialProvider;
import com.aliyun.oss.common.comm.SignVersion;
import com.aliyun.oss.model.CompleteMultipartUploadRequest;
import com.aliyun.oss.model.InitiateMultipartUploadRequest;
import com.aliyun.oss.model.PartETag;
import com.aliyun.oss.model.UploadPartRequest;
import com.aliyun.sts20150401.models.AssumeRoleRequest;
import com.aliyun.sts20150401.models.AssumeRoleResponseBody.AssumeRoleResponseBodyCredentials;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import dev.ossdirect.localcloud.LocalCloud;
import dev.ossdirect.localcloud.LocalCloudConfig;
import dev.ossdirect.localcloud.imm.faces.Boundary;
import dev.ossdirect.localcloud.imm.faces.Fixtures;
import dev.ossdirect.signing.Credentials;
import dev.ossdirect.signing.QueryString;
import dev.ossdirect.signing.rpc.RpcRequestSigner;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Alibaba's IMM SDK calls DetectImageFaces on images uploaded with Alibaba's OSS SDK, with STS
 * credentials from the local STS: signed with ACS3 (the SDK's default) and with RPC signature V1.
 */
class DetectImageFacesWithOfficialSdkTest {

  private static final String BUCKET = "web-direct-upload";
  private static final String PROJECT = "web-direct-project";
  @TempDir static Path dataDir;
  private static LocalCloud cloud;
  private static AssumeRoleResponseBodyCredentials sts;

  @BeforeAll
  static void uploadTheFixtures() throws Exception {
    cloud = LocalCloud.start(new LocalCloudConfig().ports(0, 0, 0).dataDir(dataDir));
    sts = new com.aliyun.sts20150401.Client(new Config()
            .setAccessKeyId(cloud.ramUserAccessKey().accessKeyId())
            .setAccessKeySecret(cloud.ramUserAccessKey().accessKeySecret())
            .setEndpoint(cloud.stsEndpoint().getAuthority())
            .setProtocol("http")
            .setRegionId(cloud.region()))
        .assumeRole(new AssumeRoleRequest().setRoleArn(cloud.roleArn()).setRoleSessionName("imm-test"))
        .getBody()
        .getCredentials();
    ClientBuilderConfiguration configuration = new ClientBuilderConfiguration();
    configuration.setSignatureVersion(SignVersion.V4);
    OSS oss = OSSClientBuilder.create()
        .endpoint(cloud.ossEndpoint().toString())
        .credentialsProvider(new DefaultCredentialProvider(
            sts.getAccessKeyId(), sts.getAccessKeySecret(), sts.getSecurityToken()))
        .clientConfiguration(configuration)
        .region(cloud.region())
        .build();
    try {
      for (String fixture : List.of("grace_hopper.jpg", "astronaut.png", "coffee.png")) {
        try (InputStream image = DetectImageFacesWithOfficialSdkTest.class.getResourceAsStream("/fixtures/" + fixture)) {
          oss.putObject(BUCKET, "uploads/" + fixture, image);
        }
      }
      oss.putObject(BUCKET, "uploads/notes.txt", new ByteArrayInputStream("TOPSECRET notes".getBytes()));
      uploadInParts(oss, "astronaut.png", "uploads/astronaut-in-parts.png", 300 * 1024);
    } finally {
      oss.shutdown();
    }
  }

  /** Uploads the fixture {@code fixture} as {@code key} in parts of {@code partSize} bytes (the last one shorter). */
  private static void uploadInParts(OSS oss, String fixture, String key, int partSize) throws Exception {
    byte[] bytes;
    try (InputStream image = DetectImageFacesWithOfficialSdkTest.class.getResourceAsStream("/fixtures/" + fixture)) {
      bytes = image.readAllBytes();
    }
    String uploadId = oss.initiateMultipartUpload(new InitiateMultipartUploadRequest(BUCKET, key)).getUploadId();
    List<PartETag> parts = new ArrayList<>();
    for (int offset = 0; offset < bytes.length; offset += partSize) {
      int size = Math.min(partSize, bytes.length - offset);
      parts.add(oss.uploadPart(new UploadPartRequest(BUCKET, key, uploadId, parts.size() + 1,
          new ByteArrayInputStream(bytes, offset, size), size)).getPartETag());
    }
    oss.completeMultipartUpload(new CompleteMultipartUploadRequest(BUCKET, key, uploadId, parts));
  }

  @AfterAll
  static void stopLocalCloud() {
    cloud.close();
  }

  private static com.aliyun.imm20200930.Client imm(String signatureAlgorithm) throws Exception {
    Config config = new Config()
        .setAccessKeyId(sts.getAccessKeyId())
        .setAccessKeySecret(sts.getAccessKeySecret())
        .setSecurityToken(sts.getSecurityToken())
        .setEndpoint(cloud.immEndpoint().getAuthority())
        .setProtocol("http")
        .setRegionId(cloud.region());
    config.signatureAlgorithm = signatureAlgorithm;
    return new com.aliyun.imm20200930.Client(config);
  }

  private static List<Figure> faces(String signature, String object) throws Exception {
    return imm(signature).detectImageFaces(new DetectImageFacesRequest()
            .setProjectName(PROJECT)
            .setSourceURI("oss://" + BUCKET + "/uploads/" + object))
        .getBody()
        .getFaces();
  }

  /**
   * One face, whose boundary overlaps the expected one by an intersection over union of 0.5 or more (the
   * usual test of a detection), upright (roll within 10 degrees of 0).
   */
  private static void assertOneFace(List<Figure> faces, long left, long top, long width, long height,
      String emotion) {
    assertEquals(1, faces.size());
    Figure face = faces.get(0);
    Boundary found = new Boundary(face.getBoundary().getLeft().intValue(),
        face.getBoundary().getTop().intValue(), face.getBoundary().getWidth().intValue(),
        face.getBoundary().getHeight().intValue());
    Boundary expected = new Boundary((int) left, (int) top, (int) width, (int) height);
    assertTrue(Fixtures.overlap(found, expected) >= 0.5, "found " + found + ", expected " + expected);
    assertEquals("face", face.getFigureType());
    assertNotNull(face.getFigureId());
    assertTrue(face.getFigureConfidence() >= 0.75 && face.getFigureConfidence() <= 1);
    assertTrue(face.getSharpness() > 0 && face.getSharpness() <= 1);
    assertTrue(Math.abs(face.getHeadPose().getRoll()) <= 10, "roll " + face.getHeadPose().getRoll());
    // What the local detector cannot measure is left out, not invented.
    assertNull(face.getHeadPose().getPitch());
    assertNull(face.getHeadPose().getYaw());
    // The expression is measured, with IMM's values; the confidence is that of the value given.
    assertEquals(emotion, face.getEmotion());
    assertTrue(face.getEmotionConfidence() >= 0.5 && face.getEmotionConfidence() <= 1,
        "EmotionConfidence " + face.getEmotionConfidence());
    // What no local model measures well enough is left out, not invented.
    assertNull(face.getAge());
    assertNull(face.getAgeSD());
    assertNull(face.getGender());
    assertNull(face.getGenderConfidence());
  }

  @ParameterizedTest(name = "signature {0}")
  @ValueSource(strings = {"ACS3-HMAC-SHA256", "v2"})
  void findsTheFaceInEachPortraitAndNoneInTheCoffee(String signature) throws Exception {
    assertOneFace(faces(signature, "grace_hopper.jpg"), 149, 100, 231, 231, "none");
    assertOneFace(faces(signature, "astronaut.png"), 177, 67, 93, 93, "happiness");
    assertEquals(0, faces(signature, "coffee.png").size());
  }

  @Test
  void findsTheFaceInAPortraitUploadedInParts() throws Exception {
    assertOneFace(faces("ACS3-HMAC-SHA256", "astronaut-in-parts.png"), 177, 67, 93, 93, "happiness");
  }

  @ParameterizedTest(name = "signature {0}")
  @ValueSource(strings = {"ACS3-HMAC-SHA256", "v2"})
  void reportsMissingObjectsOtherProjectsAndNonImages(String signature) throws Exception {
    TeaException missing = assertThrows(TeaException.class, () -> faces(signature, "no-such.jpg"));
    assertEquals("ResourceNotFound", missing.getCode());
    assertEquals(404, missing.getStatusCode());

    TeaException otherProject = assertThrows(TeaException.class, () -> imm(signature).detectImageFaces(
        new DetectImageFacesRequest().setProjectName("other-project")
            .setSourceURI("oss://" + BUCKET + "/uploads/astronaut.png")));
    assertEquals("AccessDenied", otherProject.getCode());
    assertEquals(403, otherProject.getStatusCode());

    TeaException notAnImage = assertThrows(TeaException.class, () -> faces(signature, "notes.txt"));
    assertEquals("InvalidArgument", notAnImage.getCode());
    // What was expected and the size, never the object's own bytes, which the caller may not read.
    assertTrue(notAnImage.getMessage().contains(
        "the data (15 bytes) is not a JPEG, PNG, GIF, BMP or WebP image"), notAnImage.getMessage());
    assertFalse(notAnImage.getMessage().contains("TOPSECRET"), notAnImage.getMessage());
    assertFalse(notAnImage.getMessage().contains("54 4F 50"), notAnImage.getMessage());

    TeaException badUri = assertThrows(TeaException.class, () -> imm(signature).detectImageFaces(
        new DetectImageFacesRequest().setProjectName(PROJECT).setSourceURI("https://example.com/a.jpg")));
    assertEquals("InvalidArgument", badUri.getCode());
  }

  @Test
  void answersWithHowLongEachStageTook() throws Exception {
    Map<String, String> parameters = new RpcRequestSigner(System::currentTimeMillis, new SecureRandom()::nextBytes)
        .sign("POST", "DetectImageFaces", "2020-09-30",
            Map.of("ProjectName", PROJECT, "SourceURI", "oss://" + BUCKET + "/uploads/grace_hopper.jpg"),
            Credentials.temporary(sts.getAccessKeyId(), sts.getAccessKeySecret(), sts.getSecurityToken(),
                System.currentTimeMillis() + 600_000));
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(cloud.immEndpoint() + "/?" + QueryString.format(parameters)))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    String timing = response.headers().firstValue("Server-Timing").orElseThrow();
    assertTrue(timing.matches(
        "authenticate;dur=[0-9.]+, read;dur=[0-9.]+, wait;dur=[0-9.]+, decode;dur=[0-9.]+, detect;dur=[0-9.]+"),
        timing);
  }
}
