package dev.ossdirect.localcloud.oss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ossdirect.localcloud.http.StageTimings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a crash at each durable step of completing, overwriting or deleting a multipart object leaves: the
 * data folder is copied as it is when each step is done (what a kill at that moment would leave on disk),
 * and a store started on each copy must hold the old object or the new one whole, no segments folder that
 * no object lists, no temporary file, and, while the upload is still there, complete it again to the same
 * object.
 */
class CompletionCrashPointsTest {

  private static final String BUCKET = "bucket";
  private static final String KEY = "uploads/crash-points.bin";
  private static final ObjectAttributes ATTRIBUTES = new ObjectAttributes("image/jpeg", Map.of(), Map.of());
  private static final int KIB = 1024;

  @TempDir Path dataDir;
  @TempDir Path copies;

  /** What the key holds before the upload completes. */
  enum Before { NOTHING, SIMPLE_OBJECT, MULTIPART_OBJECT }

  @ParameterizedTest(name = "over {0}")
  @EnumSource(Before.class)
  void aCrashAtAnyStepOfACompletionLeavesTheOldObjectOrTheNewOneWhole(Before before) throws Exception {
    ObjectStore store = open(dataDir);
    MultipartUploads uploads = new MultipartUploads(store);
    byte[] old = switch (before) {
      case NOTHING -> null;
      case SIMPLE_OBJECT -> put(store, OssBytes.random(5000, 1));
      case MULTIPART_OBJECT -> completeUpload(store, List.of(OssBytes.random(100 * KIB, 2), OssBytes.random(9, 3)));
    };
    List<byte[]> parts = List.of(OssBytes.random(100 * KIB + 1, 4), OssBytes.random(100 * KIB + 2, 5),
        OssBytes.random(5, 6));
    MultipartUpload upload = uploads.initiate(BUCKET, KEY, ATTRIBUTES);
    List<PartReference> references = putParts(store, uploads, upload, parts);

    Map<String, Path> crashes = copiesAtEachStep(store);
    ObjectMetadata completed = uploads.complete(upload, references, false, new StageTimings());
    store.observeSteps(WriteSteps.NONE);
    assertEquals(List.of("linked", "published", "retired"), List.copyOf(crashes.keySet()));
    crashes.put("answered", copy(dataDir, "answered"));

    byte[] fresh = concat(parts);
    for (Map.Entry<String, Path> crash : crashes.entrySet()) {
      String step = crash.getKey();
      Path folder = crash.getValue();
      ObjectStore restarted = open(folder);
      assertNothingLeftOver(restarted, folder, step);
      boolean published = !step.equals("linked");
      assertArrayEquals(published ? fresh : old, read(restarted).orElse(null), step);
      boolean uploadLeft = Files.isDirectory(restarted.layout().uploadDir(BUCKET, upload.uploadId()));
      assertEquals(!step.equals("answered"), uploadLeft, step);
      if (uploadLeft) {
        MultipartUploads again = new MultipartUploads(restarted);
        ObjectMetadata recompleted = again.complete(again.find(BUCKET, KEY, upload.uploadId()), references, false,
            new StageTimings());
        assertEquals(completed.etag(), recompleted.etag(), step);
        assertEquals(completed.crc64(), recompleted.crc64(), step);
        assertArrayEquals(fresh, read(restarted).orElseThrow(), step);
        assertNothingLeftOver(restarted, folder, step + ", completed again");
      }
    }
  }

  /** How a multipart object stops being the object of its key. */
  enum Replacement { PUT_OBJECT, DELETE }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Replacement.class)
  void aCrashBeforeTheReplacedSegmentsAreDeletedLeavesThemToTheNextStart(Replacement replacement)
      throws Exception {
    ObjectStore store = open(dataDir);
    completeUpload(store, List.of(OssBytes.random(100 * KIB, 7), OssBytes.random(10, 8)));
    Map<String, Path> crashes = copiesAtEachStep(store);
    byte[] replacing = null;
    if (replacement == Replacement.PUT_OBJECT) {
      replacing = put(store, OssBytes.random(300, 9));
    } else {
      store.delete(BUCKET, KEY);
    }
    String step = replacement == Replacement.PUT_OBJECT ? "published" : "deleted";
    assertEquals(List.of(step), List.copyOf(crashes.keySet()));
    try (Stream<Path> left = Files.list(crashes.get(step).resolve("oss/buckets/bucket/segments"))) {
      assertEquals(1, left.count(), "the crash came before the old segments were deleted");
    }
    ObjectStore restarted = open(crashes.get(step));
    assertNothingLeftOver(restarted, crashes.get(step), step);
    assertArrayEquals(replacing, read(restarted).orElse(null));
  }

  /** No temporary file, and no segments folder but the one the key's object lists. */
  private static void assertNothingLeftOver(ObjectStore store, Path dataDir, String step) throws Exception {
    assertEquals(List.of(), DataFolder.temporaryFiles(dataDir), step);
    List<String> folders;
    try (Stream<Path> found = Files.list(store.layout().segmentsDir(BUCKET))) {
      folders = found.map(folder -> folder.getFileName().toString()).toList();
    }
    Path objectFile = store.layout().objectFile(BUCKET, KEY);
    Segments listed = Files.exists(objectFile) ? ObjectFile.readTrailer(objectFile).segments() : null;
    assertEquals(listed == null ? List.of() : List.of(listed.folder()), folders, step);
  }

  /** Copies the data folder each time the store finishes a step, under the step's name. */
  private Map<String, Path> copiesAtEachStep(ObjectStore store) {
    Map<String, Path> crashes = new LinkedHashMap<>();
    store.observeSteps(step -> crashes.put(step, copy(dataDir, step)));
    return crashes;
  }

  private Path copy(Path from, String name) throws IOException {
    Path to = copies.resolve(name);
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : paths.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
    return to;
  }

  private static ObjectStore open(Path dataDir) throws IOException {
    return ObjectStore.open(dataDir, List.of(BUCKET), 1L << 30, System::currentTimeMillis);
  }

  private static byte[] put(ObjectStore store, byte[] bytes) throws Exception {
    try (ReceivedBody body = store.receive(new ByteArrayInputStream(bytes), bytes.length, null)) {
      store.putObject(BUCKET, KEY, body, ATTRIBUTES, false);
    }
    return bytes;
  }

  private static byte[] completeUpload(ObjectStore store, List<byte[]> parts) throws Exception {
    MultipartUploads uploads = new MultipartUploads(store);
    MultipartUpload upload = uploads.initiate(BUCKET, KEY, ATTRIBUTES);
    uploads.complete(upload, putParts(store, uploads, upload, parts), false, new StageTimings());
    return concat(parts);
  }

  private static List<PartReference> putParts(
      ObjectStore store, MultipartUploads uploads, MultipartUpload upload, List<byte[]> parts) throws Exception {
    List<PartReference> references = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      byte[] bytes = parts.get(i);
      try (ReceivedBody body = store.receive(new ByteArrayInputStream(bytes), bytes.length, null)) {
        references.add(new PartReference(i + 1, uploads.putPart(upload, i + 1, body).etag()));
      }
    }
    return references;
  }

  private static Optional<byte[]> read(ObjectStore store) throws IOException {
    Optional<StoredObject> found = store.open(BUCKET, KEY);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    try (StoredObject object = found.get(); InputStream content = object.content()) {
      return Optional.of(content.readAllBytes());
    }
  }

  private static byte[] concat(List<byte[]> parts) {
    int length = parts.stream().mapToInt(part -> part.length).sum();
    byte[] all = new byte[length];
    int offset = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, all, offset, part.length);
      offset += part.length;
    }
    return all;
  }
}
