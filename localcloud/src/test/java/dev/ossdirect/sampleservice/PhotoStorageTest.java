package dev.ossdirect.sampleservice;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.aliyun.oss.ClientBuilderConfiguration;
import com.aliyun.oss.OSS;
import com.aliyun.oss.OSSClientBuilder;
import com.aliyun.oss.OSSException;
import com.aliyun.oss.common.auth.DefaultCredentialProvider;
import com.aliyun.oss.common.comm.SignVersion;
import com.aliyun.sts20150401.Client;
import com.aliyun.sts20150401.models.AssumeRoleRequest;
import com.aliyun.sts20150401.models.AssumeRoleResponseBody;
import com.aliyun.teaopenapi.models.Config;
import dev.ossdirect.localcloud.junit5.LocalCloudConnection;
import dev.ossdirect.localcloud.junit5.LocalCloudTest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The test another service writes against the local cloud: nothing of it but the JUnit extension and
 * Alibaba's own STS and OSS SDKs, with the RAM user's AccessKey pair given to the STS client (no default
 * credential chain runs). The role's policy, in {@code sample-service-cloud.json}, lets the service's
 * session token put and get objects under {@code users/} of its bucket, and nothing else.
 */
@LocalCloudTest(settings = "sample-service-cloud.json")
class PhotoStorageTest {

  private static final byte[] PHOTO = "not really a photo".getBytes(StandardCharsets.UTF_8);

  private final LocalCloudConnection cloud;
  private OSS oss;

  PhotoStorageTest(LocalCloudConnection cloud) {
    this.cloud = cloud;
  }

  @BeforeEach
  void signInWithTheRole() throws Exception {
    Config stsConfig = new Config()
        .setAccessKeyId(cloud.accessKeyId())
        .setAccessKeySecret(cloud.accessKeySecret())
        .setEndpoint(cloud.stsEndpoint().getAuthority())
        .setProtocol("http")
        .setRegionId(cloud.region());
    AssumeRoleResponseBody.AssumeRoleResponseBodyCredentials credentials = new Client(stsConfig)
        .assumeRole(new AssumeRoleRequest().setRoleArn(cloud.roleArn()).setRoleSessionName("photo-service"))
        .getBody()
        .getCredentials();
    ClientBuilderConfiguration ossConfig = new ClientBuilderConfiguration();
    ossConfig.setSignatureVersion(SignVersion.V4);
    ossConfig.setMaxErrorRetry(0);
    oss = OSSClientBuilder.create()
        .endpoint(cloud.ossEndpoint().toString())
        .credentialsProvider(new DefaultCredentialProvider(
            credentials.getAccessKeyId(), credentials.getAccessKeySecret(), credentials.getSecurityToken()))
        .clientConfiguration(ossConfig)
        .region(cloud.region())
        .build();
  }

  @AfterEach
  void shutDown() {
    oss.shutdown();
  }

  @Test
  void storesAndReadsAPhotoWithItsSessionToken() throws Exception {
    assertEquals("sample-photos", cloud.bucket());
    oss.putObject(cloud.bucket(), "users/42/avatar.png", new ByteArrayInputStream(PHOTO));

    try (InputStream in = oss.getObject(cloud.bucket(), "users/42/avatar.png").getObjectContent()) {
      assertArrayEquals(PHOTO, in.readAllBytes());
    }
  }

  @Test
  void whatThePolicyDoesNotAllowIsRefused() throws Exception {
    oss.putObject(cloud.bucket(), "users/7/avatar.png", new ByteArrayInputStream(PHOTO));

    OSSException delete =
        assertThrows(OSSException.class, () -> oss.deleteObject(cloud.bucket(), "users/7/avatar.png"));
    assertEquals("AccessDenied", delete.getErrorCode());
    OSSException outside = assertThrows(OSSException.class,
        () -> oss.putObject(cloud.bucket(), "shared/avatar.png", new ByteArrayInputStream(PHOTO)));
    assertEquals("AccessDenied", outside.getErrorCode());
    try (InputStream in = oss.getObject(cloud.bucket(), "users/7/avatar.png").getObjectContent()) {
      assertArrayEquals(PHOTO, in.readAllBytes(), "the refused delete left the photo in place");
    }
  }
}
