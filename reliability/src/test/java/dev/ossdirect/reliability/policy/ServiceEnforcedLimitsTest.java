package dev.ossdirect.reliability.policy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.aliyun.oss.ClientException;
import com.aliyun.oss.OSS;
import com.aliyun.oss.OSSException;
import com.aliyun.oss.common.comm.SignVersion;
import com.aliyun.oss.model.InitiateMultipartUploadRequest;
import com.aliyun.oss.model.ObjectMetadata;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ossdirect.reliability.report.Ledger;
import dev.ossdirect.reliability.report.Row;
import dev.ossdirect.reliability.report.Tally;
import dev.ossdirect.server.LocalApp;
import dev.ossdirect.server.UploadApi;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client that ignores the page, with everything the page gets (the session's STS token, and what the
 * server signs for it), tries to store what the server's limits forbid, in the default server-signed flow.
 * Every attempt must be refused and store nothing; the one object stored legitimately (a canary) must stay
 * whole, and the bucket must hold nothing else.
 */
class ServiceEnforcedLimitsTest {

  private static final long MIB = 1024 * 1024;
  private static final long MAX = 20 * MIB;
  private static final int MAX_FILES = 4;

  private final List<String> wrong = new ArrayList<>();
  private int cases;

  @Test
  void everyAttemptIsRefusedAndNothingIsLost(@TempDir Path dataDir) throws Exception {
    try (LocalApp app = LocalApp.start(dataDir, "--rate-limit=0", "--max-file-size=" + MAX,
        "--max-files-per-session=" + MAX_FILES)) {
      UploadApi api = new UploadApi(app);
      HttpClient browser = api.newSession();
      JsonNode token = UploadApi.json(app.get(browser, "/api/sts-token"));
      String bucket = app.application.deployment().bucket();
      String folder = token.get("UploadPrefix").asText();

      byte[] script = scriptPage(60 * MIB);
      for (SignVersion version : new SignVersion[] {SignVersion.V4, SignVersion.V1}) {
        OSS oss = api.ossWithToken(token, version);
        try {
          ObjectMetadata html = new ObjectMetadata();
          html.setContentType("text/html");
          expectOssError("the token's PutObject of 60 MiB of text/html, " + version, "AccessDenied",
              () -> oss.putObject(bucket, folder + "page.html", new ByteArrayInputStream(script), html));
          check("nothing stored by the token's PutObject, " + version, api.stored(folder + "page.html").isEmpty());
          expectOssError("the token's InitiateMultipartUpload, " + version, "AccessDenied",
              () -> oss.initiateMultipartUpload(new InitiateMultipartUploadRequest(bucket, folder + "page.html")));
        } finally {
          oss.shutdown();
        }
      }
      expectStatus("60 MiB of text/html declared", 413, api.create(browser, "page.html", 60 * MIB, "text/html"));
      expectStatus("one byte over the limit", 413, api.create(browser, "big.png", MAX + 1, "image/png"));
      expectStatus("an empty file", 400, api.create(browser, "empty.png", 0, "image/png"));
      expectStatus("text/html within the size", 400, api.create(browser, "page.html", 1000, "text/html"));

      // A small canary, posted with the form the server signed for it; every change to the form is refused.
      byte[] small = new byte[100 * 1024];
      new Random(5).nextBytes(small);
      JsonNode form = UploadApi.json(api.create(browser, "small.png", small.length, "image/png"));
      String smallKey = form.get("Key").asText();
      expectFormRefused(api, "a form body one byte longer than declared", form, Map.of(),
          Arrays.copyOf(small, small.length + 1));
      expectFormRefused(api, "a form body one byte shorter", form, Map.of(), Arrays.copyOf(small, small.length - 1));
      try {
        expectFormRefused(api, "a form carrying 60 MiB of script", form, Map.of(), script);
      } catch (IOException closed) {
        // OSS refused it after reading at most 8 MiB more and closed the connection while the client was
        // still sending, so the client may lose the answer; what was stored is checked below.
        check("a form carrying 60 MiB of script → refused, connection closed", true);
      }
      expectFormRefused(api, "a form posted to another key", form, Map.of("key", folder + "page.html"), small);
      expectFormRefused(api, "a form storing text/html", form, Map.of("Content-Type", "text/html"), small);
      HttpResponse<String> htmlPart = api.postForm(form, Map.of(), "text/html", small);
      check("a form whose file part is text/html \u2192 refused (was " + htmlPart.statusCode() + ")",
          htmlPart.statusCode() / 100 == 4);
      expectFormRefused(api, "a form without x-oss-forbid-overwrite", form,
          Collections.singletonMap("x-oss-forbid-overwrite", null), small);
      check("nothing stored under another key", api.stored(folder + "page.html").isEmpty());
      check("nothing stored by the changed forms", api.stored(smallKey).isEmpty());
      HttpResponse<String> posted = api.postForm(form, Map.of(), small);
      check("the form as signed stores the file (" + posted.statusCode() + ")", posted.statusCode() / 100 == 2);
      byte[] overwrite = new byte[small.length];
      expectFormRefused(api, "the same form posted again over the stored object", form, Map.of(), overwrite);

      // The canary: 6 MiB uploaded as the page would, in two signed parts.
      byte[] canary = new byte[(int) (6 * MIB)];
      new Random(11).nextBytes(canary);
      JsonNode grant = UploadApi.json(api.create(browser, "canary.png", canary.length, "image/png"));
      String parts = "/api/uploads/" + grant.get("Id").asText() + "/parts/";
      JsonNode part1 = UploadApi.json(api.post(browser, parts + "1", ""));
      JsonNode part2 = UploadApi.json(api.post(browser, parts + "2", ""));
      byte[] first = Arrays.copyOfRange(canary, 0, (int) (5 * MIB));
      byte[] second = Arrays.copyOfRange(canary, (int) (5 * MIB), canary.length);

      expectOssRefusal("a signed part one byte longer", api.sendPart(part1, Arrays.copyOf(first, first.length + 1)));
      expectOssRefusal("a signed part one byte shorter", api.sendPart(part1, Arrays.copyOf(first, first.length - 1)));
      try {
        expectOssRefusal("a signed part padded with 60 MiB of script", api.sendPart(part1, concat(first, script)));
      } catch (IOException closed) {
        // OSS refused it before reading the body and closed the connection while the client was still sending.
        check("a signed part padded with 60 MiB of script \u2192 refused, connection closed", true);
      }
      expectOssRefusal("a signed part sent to another key",
          api.sendPart(withUrl(part1, part1.get("Url").asText().replace("-canary.png", "-page.html")), first));
      expectOssRefusal("part 1's signature sent as part 2",
          api.sendPart(withUrl(part1, part1.get("Url").asText().replace("partNumber=1", "partNumber=2")), second));
      expectStatus("a part outside the plan", 400, api.post(browser, parts + "3", ""));

      HttpResponse<String> sent1 = api.sendPart(part1, first);
      HttpResponse<String> sent2 = api.sendPart(part2, second);
      String complete = "/api/uploads/" + grant.get("Id").asText() + "/complete";
      String etag1 = UploadApi.JSON.writeValueAsString(sent1.headers().firstValue("ETag").orElse(""));
      String etag2 = UploadApi.JSON.writeValueAsString(sent2.headers().firstValue("ETag").orElse(""));
      expectStatus("a completion with only part 1", 400, api.post(browser, complete,
          "{\"Parts\":[{\"PartNumber\":1,\"ETag\":" + etag1 + "}]}"));
      expectStatus("a completion listing part 1 twice", 400, api.post(browser, complete,
          "{\"Parts\":[{\"PartNumber\":1,\"ETag\":" + etag1 + "},{\"PartNumber\":1,\"ETag\":" + etag1 + "}]}"));
      assertEquals(200, api.post(browser, complete, "{\"Parts\":[{\"PartNumber\":1,\"ETag\":" + etag1
          + "},{\"PartNumber\":2,\"ETag\":" + etag2 + "}]}").statusCode());
      String canaryKey = grant.get("Key").asText();

      JsonNode again = UploadApi.json(api.create(browser, "canary.png", 10, "image/png"));
      check("the canary's name declared again gets a new key", !again.get("Key").asText().equals(canaryKey));
      // The two canaries and the namesake are three of the session's four files.
      expectStatus("the session's last file", 200, api.create(browser, "last.png", 10, "image/png"));
      expectStatus("a file over the session's budget", 403, api.create(browser, "more.png", 10, "image/png"));
      expectStatus("a session the server never served", 403,
          api.create(LocalApp.newBrowser(), "photo.png", 10, "image/png"));

      long lost = api.stored(canaryKey).map(stored -> Arrays.equals(stored, canary) ? 0 : 1).orElse(1)
          + api.stored(smallKey).map(stored -> Arrays.equals(stored, small) ? 0 : 1).orElse(1);
      List<Path> objects = objectFiles(dataDir.resolve("oss").resolve("buckets").resolve(bucket));
      check("the bucket holds the two canaries and nothing else", objects.size() == 2);
      Ledger.record(Tally.of(Row.LIMITS_ENFORCED_BY_SERVICE, cases, cases - wrong.size(), lost)
          .withNote("the browser's token, PostObject forms and multipart parts"));
      assertEquals(List.of(), wrong);
      assertArrayEquals(canary, api.stored(canaryKey).orElseThrow());
    }
  }

  private void check(String name, boolean handled) {
    cases++;
    if (!handled) {
      wrong.add(name);
    }
  }

  private void expectStatus(String name, int status, HttpResponse<String> response) {
    check(name + " \u2192 " + status + " (was " + response.statusCode() + ")", response.statusCode() == status);
  }

  private void expectFormRefused(UploadApi api, String name, JsonNode form, Map<String, String> changes,
      byte[] file) throws IOException, InterruptedException {
    HttpResponse<String> response = api.postForm(form, changes, file);
    check(name + " \u2192 refused (was " + response.statusCode() + ")",
        response.statusCode() / 100 == 4 && response.body().contains("<Code>"));
  }

  private void expectOssRefusal(String name, HttpResponse<String> response) {
    check(name + " \u2192 403 SignatureDoesNotMatch (was " + response.statusCode() + ")",
        response.statusCode() == 403 && response.body().contains("<Code>SignatureDoesNotMatch</Code>"));
  }

  /**
   * Expects OSS to refuse {@code call} with {@code code}. OSS refuses a large body as soon as it has read the
   * headers and then stops reading it, so the client may meet a closed connection before it reads the answer:
   * that counts as refused too, and the caller checks that nothing was stored.
   */
  private void expectOssError(String name, String code, Runnable call) {
    String got;
    try {
      call.run();
      got = "stored";
    } catch (OSSException e) {
      got = e.getErrorCode();
    } catch (ClientException e) {
      got = code;
    }
    check(name + " \u2192 " + code + " (was " + got + ")", code.equals(got));
  }

  private static JsonNode withUrl(JsonNode grant, String url) {
    ObjectNode changed = grant.deepCopy();
    changed.put("Url", url);
    return changed;
  }

  private static byte[] scriptPage(long size) {
    byte[] page = new byte[(int) size];
    Arrays.fill(page, (byte) ' ');
    byte[] script = "<html><script>alert(document.cookie)</script>".getBytes(StandardCharsets.UTF_8);
    System.arraycopy(script, 0, page, 0, script.length);
    return page;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }


  private static List<Path> objectFiles(Path bucketDir) {
    Path objects = bucketDir.resolve("objects");
    if (!Files.isDirectory(objects)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(objects)) {
      return files.toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
