package dev.ossdirect.localcloud.oss;

import static dev.ossdirect.localcloud.oss.OssTestCloud.BUCKET;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aliyun.oss.OSS;
import com.aliyun.oss.OSSException;
import com.aliyun.oss.common.comm.SignVersion;
import com.aliyun.oss.common.utils.CRC64;
import com.aliyun.oss.model.CompleteMultipartUploadRequest;
import com.aliyun.oss.model.GetObjectRequest;
import com.aliyun.oss.model.InitiateMultipartUploadRequest;
import com.aliyun.oss.model.OSSObject;
import com.aliyun.oss.model.PartETag;
import com.aliyun.oss.model.UploadPartRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Objects completed by a multipart upload keep their body in their parts' files (segments), never copied:
 * read back by Alibaba's SDK whole and by ranges on either side of every segment boundary, with OSS's
 * entity tag and CRC-64 (the SDK checks the CRC of whole reads); opened objects outlive an overwrite or a
 * delete, and the segments go when their last reader closes.
 */
class SegmentedObjectsTest {

  private static final int KIB = 1024;
  /** Four parts of different sizes, so that no boundary falls on a round number. */
  private static final int[] PART_SIZES = {100 * KIB + 3, 100 * KIB + 5, 100 * KIB, 777};
  private static final long[] ENDS = ends(PART_SIZES);
  private static final long TOTAL = ENDS[ENDS.length - 1];

  @TempDir static Path dataDir;
  private static OssTestCloud oss;
  private static OSS client;
  private static byte[] ranged;
  private static final String RANGED_KEY = "uploads/segments/ranged.bin";

  @BeforeAll
  static void start() throws Exception {
    oss = OssTestCloud.start(dataDir);
    client = oss.client(SignVersion.V4, oss.assumeRole());
    ranged = uploadInParts(RANGED_KEY, 1, PART_SIZES);
  }

  @AfterAll
  static void stop() {
    client.shutdown();
    oss.close();
  }

  @Test
  void aCompletedUploadIsItsPartsLinkedNotCopied() throws Exception {
    String key = "uploads/segments/linked.bin";
    byte[] bytes = uploadInParts(key, 2, PART_SIZES);

    Path objectFile = store().layout().objectFile(BUCKET, key);
    assertTrue(Files.size(objectFile) < 4 * KIB, "the object file holds only the trailer: " + Files.size(objectFile));
    List<Path> folders = segmentFolders(key);
    assertEquals(1, folders.size());
    try (Stream<Path> segments = Files.list(folders.get(0))) {
      assertEquals(PART_SIZES.length, segments.count());
    }
    for (int i = 0; i < PART_SIZES.length; i++) {
      Path segment = StorageLayout.segmentFile(folders.get(0), i + 1);
      assertEquals(PART_SIZES[i], ObjectFile.readMetadata(segment).size());
      assertEquals(1, Files.getAttribute(segment, "unix:nlink"), "the upload's own name is gone");
    }

    try (OSSObject object = client.getObject(BUCKET, key)) {
      assertArrayEquals(bytes, object.getObjectContent().readAllBytes());
      assertEquals(partsEtag(bytes, PART_SIZES), object.getObjectMetadata().getETag());
      assertEquals("Multipart", object.getObjectMetadata().getObjectType());
      CRC64 official = new CRC64();
      official.update(bytes, bytes.length);
      assertEquals(official.getValue(), object.getObjectMetadata().getServerCRC().longValue());
    }
    assertEquals(TOTAL, client.getObjectMetadata(BUCKET, key).getContentLength());
  }

  static Stream<long[]> rangesAroundTheBoundaries() {
    return Stream.of(
        new long[] {0, ENDS[0] - 1},             // segment 1 exactly, ending on its last byte
        new long[] {ENDS[0], ENDS[0] + 9},       // starting on the first byte of segment 2
        new long[] {ENDS[0] - 1, ENDS[0]},       // the last byte of one segment and the first of the next
        new long[] {ENDS[0], ENDS[1] - 1},       // segment 2 exactly
        new long[] {1000, 2000},                 // inside one segment
        new long[] {5, TOTAL - 5},               // across every segment
        new long[] {ENDS[1] - 7, ENDS[2] + 3},   // three segments, a few bytes of the outer two
        new long[] {ENDS[2], TOTAL - 1},         // the last segment exactly
        new long[] {TOTAL - 1, TOTAL - 1},       // the last byte
        new long[] {0, 0},                       // the first byte
        new long[] {0, TOTAL - 1});              // the whole object
  }

  @ParameterizedTest(name = "bytes {0}")
  @MethodSource("rangesAroundTheBoundaries")
  void readsEveryRangeAcrossSegmentBoundaries(long[] range) throws Exception {
    byte[] expected = Arrays.copyOfRange(ranged, (int) range[0], (int) range[1] + 1);
    GetObjectRequest request = new GetObjectRequest(BUCKET, RANGED_KEY);
    request.setRange(range[0], range[1]);
    try (OSSObject object = client.getObject(request)) {
      assertArrayEquals(expected, object.getObjectContent().readAllBytes());
    }
    try (StoredObject object = store().open(BUCKET, RANGED_KEY).orElseThrow();
        InputStream content = object.content(range[0], range[1] - range[0] + 1)) {
      assertArrayEquals(expected, readInSmallReads(content));
    }
  }

  @Test
  void anEmptyLastPartAddsNothing() throws Exception {
    String key = "uploads/segments/empty-last.bin";
    int[] sizes = {100 * KIB + 1, 0};
    byte[] bytes = uploadInParts(key, 3, sizes);
    assertEquals(sizes[0], bytes.length);
    try (OSSObject object = client.getObject(BUCKET, key)) {
      assertArrayEquals(bytes, object.getObjectContent().readAllBytes());
      assertEquals(partsEtag(bytes, sizes), object.getObjectMetadata().getETag());
    }
    GetObjectRequest lastByte = new GetObjectRequest(BUCKET, key);
    lastByte.setRange(sizes[0] - 1, sizes[0] - 1);
    try (OSSObject object = client.getObject(lastByte)) {
      assertArrayEquals(new byte[] {bytes[sizes[0] - 1]}, object.getObjectContent().readAllBytes());
    }
  }

  @Test
  void aPutObjectKeepsItsOneFileFormat() throws Exception {
    String key = "uploads/segments/simple.bin";
    byte[] bytes = OssBytes.random(150 * KIB, 4);
    client.putObject(BUCKET, key, new ByteArrayInputStream(bytes));
    Path objectFile = store().layout().objectFile(BUCKET, key);
    assertTrue(Files.size(objectFile) > bytes.length, "the body is in the object file");
    assertEquals(List.of(), segmentFolders(key));
    try (OSSObject object = client.getObject(BUCKET, key)) {
      assertArrayEquals(bytes, object.getObjectContent().readAllBytes());
      assertEquals("Normal", object.getObjectMetadata().getObjectType());
    }
  }

  /** How an object is overwritten or deleted while a reader has it open. */
  enum Replacement { PUT_OBJECT, MULTIPART, DELETE }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Replacement.class)
  void anOpenedObjectOutlivesAnOverwriteOrADelete(Replacement replacement) throws Exception {
    String key = "uploads/segments/replaced-" + replacement + ".bin";
    byte[] old = uploadInParts(key, 5, PART_SIZES);
    Path oldFolder = segmentFolders(key).get(0);
    String oldName = oldFolder.getFileName().toString();
    byte[] replacing = null;
    try (StoredObject opened = store().open(BUCKET, key).orElseThrow()) {
      assertEquals(1, store().segmentReaders(BUCKET, oldName));
      switch (replacement) {
        case PUT_OBJECT -> {
          replacing = OssBytes.random(1000, 6);
          client.putObject(BUCKET, key, new ByteArrayInputStream(replacing));
        }
        case MULTIPART -> replacing = uploadInParts(key, 7, 100 * KIB, 10);
        case DELETE -> client.deleteObject(BUCKET, key);
      }
      assertTrue(Files.isDirectory(oldFolder), "the segments stay while a reader has them open");
      try (InputStream content = opened.content()) {
        assertArrayEquals(old, readInSmallReads(content));
      }
    }
    assertFalse(Files.exists(oldFolder), "the last reader's close deletes the segments no object lists");
    assertEquals(0, store().segmentReaders(BUCKET, oldName));
    if (replacing == null) {
      assertTrue(store().open(BUCKET, key).isEmpty());
      assertEquals(List.of(), segmentFolders(key));
    } else {
      try (OSSObject object = client.getObject(BUCKET, key)) {
        assertArrayEquals(replacing, object.getObjectContent().readAllBytes());
      }
      assertEquals(replacement == Replacement.MULTIPART ? 1 : 0, segmentFolders(key).size());
    }
  }

  @Test
  void anOverwriteWithoutReadersDeletesTheOldSegmentsAtOnce() throws Exception {
    String key = "uploads/segments/overwritten.bin";
    uploadInParts(key, 8, PART_SIZES);
    Path first = segmentFolders(key).get(0);
    byte[] second = uploadInParts(key, 9, 100 * KIB, 1);
    assertFalse(Files.exists(first));
    assertEquals(1, segmentFolders(key).size());
    try (OSSObject object = client.getObject(BUCKET, key)) {
      assertArrayEquals(second, object.getObjectContent().readAllBytes());
    }
    client.deleteObject(BUCKET, key);
    assertEquals(List.of(), segmentFolders(key));
  }

  @Test
  void concurrentCompletionsOfOneKeyLeaveOneWholeObjectAndOneSegmentsFolder() throws Exception {
    String key = "uploads/segments/contended.bin";
    int writers = 4;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    List<Future<byte[]>> uploads = new ArrayList<>();
    for (int writer = 0; writer < writers; writer++) {
      long seed = 20 + writer;
      uploads.add(pool.submit(() -> uploadInParts(key, seed, 100 * KIB, 100 * KIB + 1, 3)));
    }
    List<byte[]> bodies = new ArrayList<>();
    for (Future<byte[]> upload : uploads) {
      bodies.add(upload.get());
    }
    pool.shutdown();
    try (OSSObject object = client.getObject(BUCKET, key)) {
      byte[] read = object.getObjectContent().readAllBytes();
      assertTrue(bodies.stream().anyMatch(body -> Arrays.equals(body, read)), "the object is one of the uploads");
    }
    assertEquals(1, segmentFolders(key).size());
  }

  @Test
  void aCompletionThatMayNotOverwriteLeavesNoSegments() throws Exception {
    String key = "uploads/segments/forbidden.bin";
    byte[] existing = OssBytes.random(1000, 10);
    client.putObject(BUCKET, key, new ByteArrayInputStream(existing));
    String uploadId = client.initiateMultipartUpload(new InitiateMultipartUploadRequest(BUCKET, key)).getUploadId();
    List<PartETag> parts = new ArrayList<>(List.of(uploadPart(key, uploadId, 1, OssBytes.random(1000, 11))));
    CompleteMultipartUploadRequest complete = new CompleteMultipartUploadRequest(BUCKET, key, uploadId, parts);
    complete.addHeader("x-oss-forbid-overwrite", "true");
    OSSException refused = assertThrows(OSSException.class, () -> client.completeMultipartUpload(complete));
    assertEquals("FileAlreadyExists", refused.getErrorCode());
    assertEquals(List.of(), segmentFolders(key));
    try (OSSObject object = client.getObject(BUCKET, key)) {
      assertArrayEquals(existing, object.getObjectContent().readAllBytes());
    }
  }

  @Test
  void objectFilesThatListImpossibleSegmentsAreRefused(@TempDir Path folder) throws Exception {
    ObjectMetadata metadata = new ObjectMetadata("k", 10, "E-2", 0, null, java.util.Map.of(), 1, java.util.Map.of());
    String name = StorageLayout.newSegmentFolderName("k");
    Path sizesWrong = folder.resolve("sizes-wrong.object");
    write(sizesWrong, new ObjectTrailer(metadata, new Segments(name, List.of(4L, 5L))));
    assertThrows(IOException.class, () -> ObjectFile.readTrailer(sizesWrong));
    Path right = folder.resolve("right.object");
    write(right, new ObjectTrailer(metadata, new Segments(name, List.of(4L, 0L, 6L))));
    assertEquals(List.of(4L, 0L, 6L), ObjectFile.readTrailer(right).segments().sizes());
  }

  private static void write(Path file, ObjectTrailer trailer) throws IOException {
    try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file,
        java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
      ObjectFile.writeTrailer(channel, trailer);
    }
  }

  /** Uploads random bytes in parts of {@code sizes} through the SDK, completes the upload and returns the bytes. */
  static byte[] uploadInParts(String key, long seed, int... sizes) throws Exception {
    byte[] bytes = OssBytes.random(Arrays.stream(sizes).sum(), seed);
    String uploadId = client.initiateMultipartUpload(new InitiateMultipartUploadRequest(BUCKET, key)).getUploadId();
    List<PartETag> parts = new ArrayList<>();
    int offset = 0;
    for (int i = 0; i < sizes.length; i++) {
      parts.add(uploadPart(key, uploadId, i + 1, Arrays.copyOfRange(bytes, offset, offset + sizes[i])));
      offset += sizes[i];
    }
    String etag = client.completeMultipartUpload(new CompleteMultipartUploadRequest(BUCKET, key, uploadId, parts))
        .getETag();
    assertEquals(partsEtag(bytes, sizes), etag);
    return bytes;
  }

  private static PartETag uploadPart(String key, String uploadId, int partNumber, byte[] bytes) {
    return client.uploadPart(new UploadPartRequest(BUCKET, key, uploadId, partNumber,
        new ByteArrayInputStream(bytes), bytes.length)).getPartETag();
  }

  /** OSS's entity tag of {@code bytes} uploaded in parts of {@code sizes}, computed here from scratch. */
  private static String partsEtag(byte[] bytes, int[] sizes) throws Exception {
    MessageDigest md5s = MessageDigest.getInstance("MD5");
    int offset = 0;
    for (int size : sizes) {
      md5s.update(OssBytes.md5(Arrays.copyOfRange(bytes, offset, offset + size)));
      offset += size;
    }
    return HexFormat.of().withUpperCase().formatHex(md5s.digest()) + "-" + sizes.length;
  }

  /** Reads in 1,000-byte reads, so that reads start and end everywhere, not only on 64 KiB steps. */
  private static byte[] readInSmallReads(InputStream content) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    byte[] buffer = new byte[1000];
    for (int read; (read = content.read(buffer)) >= 0; ) {
      out.write(buffer, 0, read);
    }
    return out.toByteArray();
  }

  private static List<Path> segmentFolders(String key) throws IOException {
    String objectName = store().layout().objectFile(BUCKET, key).getFileName().toString().replace(".object", "");
    try (Stream<Path> folders = Files.list(store().layout().segmentsDir(BUCKET))) {
      return folders.filter(folder -> folder.getFileName().toString().startsWith(objectName + ".")).toList();
    }
  }

  private static ObjectStore store() {
    return oss.cloud.objectStore();
  }

  private static long[] ends(int[] sizes) {
    long[] ends = new long[sizes.length];
    long end = 0;
    for (int i = 0; i < sizes.length; i++) {
      end += sizes[i];
      ends[i] = end;
    }
    return ends;
  }
}
