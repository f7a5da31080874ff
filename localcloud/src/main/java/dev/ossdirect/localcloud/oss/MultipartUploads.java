package dev.ossdirect.localcloud.oss;

import dev.ossdirect.localcloud.http.StageTimings;
import dev.ossdirect.signing.codec.Hex;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The multipart uploads of the local OSS and OSS's rules for them.
 *
 * <ul>
 *   <li>Part numbers run from 1 to 10,000; uploading a part number again replaces the part.
 *   <li>CompleteMultipartUpload names the parts in ascending order ({@code InvalidPartOrder}), each one
 *       uploaded and with the entity tag it got ({@code InvalidPart}), and every part but the last has at
 *       least 100 KB ({@code EntityTooSmall}). The object's entity tag is {@link Etags#ofParts}.
 *   <li>An upload that does not exist, or belongs to another key, is {@code NoSuchUpload}.
 * </ul>
 *
 * <p>Each upload is a folder ({@link StorageLayout}); it appears whole (prepared in the temporary folder,
 * then renamed) and disappears whole (renamed into the temporary folder, then deleted). Parts are written
 * like objects ({@link ReceivedBody}), and forced to disk before UploadPart answers.
 *
 * <p>Completing copies nothing: the part files, already on disk, become the object's segments
 * ({@link Segments}). In order:
 *
 * <ol>
 *   <li>each chosen part file is hard-linked into a new segments folder, which is forced to disk with its
 *       name ({@code linked}); a crash here leaves a folder no object lists, which the next start deletes,
 *       and the upload as it was;
 *   <li>a small object file that lists the segments (the object's metadata and each segment's size) is
 *       forced to disk and renamed into place, as a simple object's file is ({@link ObjectStore#publish}):
 *       this rename is the moment the new object replaces the old one; the old object's segments, if it
 *       had any, are then retired ({@code retired});
 *   <li>the upload is removed. A crash before that leaves the upload in place, and completing it again
 *       gives the same object.
 * </ol>
 *
 * <p>Nothing is hashed either: the object's entity tag comes from the parts' ({@link Etags#ofParts}) and
 * its CRC-64 from theirs ({@link Crc64#combine}), both computed as each part was received. Parts are never
 * changed in place (uploading a part again renames a new file over the old name), so a segment keeps the
 * bytes it was linked with.
 *
 * <p>Committing a part, completing and aborting one upload are serialized by a lock per upload (striped),
 * so a part cannot slip into an upload while it is being completed or after it was aborted. Receiving the
 * parts' bytes, and forcing them to disk, are not locked: parts upload in parallel, and only a part's
 * rename into the upload's folder waits for the lock.
 */
final class MultipartUploads {

  static final int MAX_PART_NUMBER = 10_000;
  /** The least size of every part but the last: 100 KB. */
  static final long MIN_PART_SIZE = 100 * 1024;

  private static final int LOCK_STRIPES = 64;

  private final ObjectStore store;
  private final StorageLayout layout;
  private final SecureRandom random = new SecureRandom();
  private final Object[] locks = new Object[LOCK_STRIPES];

  MultipartUploads(ObjectStore store) {
    this.store = store;
    this.layout = store.layout();
    for (int i = 0; i < locks.length; i++) {
      locks[i] = new Object();
    }
  }

  /** Starts an upload of {@code key} whose object will have {@code attributes}. */
  MultipartUpload initiate(String bucket, String key, ObjectAttributes attributes) throws IOException {
    MultipartUpload upload =
        new MultipartUpload(newUploadId(), bucket, key, attributes, store.clock().currentTimeMillis());
    Path staging = layout.newTempPath();
    Files.createDirectory(staging);
    DurableFiles.writeNewFile(StorageLayout.manifestFile(staging), upload.toJson());
    DurableFiles.forceDirectory(staging);
    DurableFiles.moveIntoPlace(staging, layout.uploadDir(bucket, upload.uploadId()));
    return upload;
  }

  /** The upload {@code uploadId} of {@code key}; {@code NoSuchUpload} if there is none. */
  MultipartUpload find(String bucket, String key, String uploadId) throws OssException, IOException {
    if (uploadId == null || !StorageLayout.UPLOAD_ID.matcher(uploadId).matches()) {
      throw OssException.noSuchUpload(uploadId == null ? "" : uploadId);
    }
    byte[] json;
    try {
      json = Files.readAllBytes(StorageLayout.manifestFile(layout.uploadDir(bucket, uploadId)));
    } catch (NoSuchFileException e) {
      throw OssException.noSuchUpload(uploadId);
    }
    MultipartUpload upload = MultipartUpload.fromJson(json);
    if (!upload.bucket().equals(bucket) || !upload.key().equals(key)) {
      throw OssException.noSuchUpload(uploadId);
    }
    return upload;
  }

  /** Stores {@code body} as part {@code partNumber}, replacing an earlier upload of that part. */
  ObjectMetadata putPart(MultipartUpload upload, int partNumber, ReceivedBody body)
      throws OssException, IOException {
    ObjectMetadata part =
        new ObjectMetadata(
            upload.key(),
            body.size(),
            Etags.of(body.md5()),
            body.crc64(),
            null,
            Map.of(),
            store.clock().currentTimeMillis(),
            Map.of());
    Path uploadDir = uploadDir(upload);
    body.file().finish(part);
    synchronized (lockOf(upload)) {
      requireExists(upload, uploadDir);
      body.file().moveTo(StorageLayout.partFile(uploadDir, partNumber));
    }
    return part;
  }

  /** The parts uploaded so far, by ascending part number. */
  List<UploadedPart> parts(MultipartUpload upload) throws OssException, IOException {
    return new ArrayList<>(partsByNumber(upload, uploadDir(upload)).values());
  }

  /**
   * Makes the parts {@code requested} the object, which replaces any object of that key (unless
   * {@code forbidOverwrite}: then {@code FileAlreadyExists} if there is one, and the upload stays as it
   * was), and ends the upload. Times {@code link} (the parts linked into the object's segments folder),
   * {@code commit} (the object's file forced to disk and renamed into place) and {@code cleanup} (the
   * upload removed).
   */
  ObjectMetadata complete(
      MultipartUpload upload, List<PartReference> requested, boolean forbidOverwrite, StageTimings timings)
      throws OssException, IOException {
    Path uploadDir = uploadDir(upload);
    synchronized (lockOf(upload)) {
      List<UploadedPart> chosen = choose(requested, partsByNumber(upload, uploadDir));
      if (forbidOverwrite && store.exists(upload.bucket(), upload.key())) {
        throw ForbidOverwrite.fileAlreadyExists();
      }
      long size = 0;
      long crc64 = 0;
      List<String> etags = new ArrayList<>();
      List<Long> sizes = new ArrayList<>();
      for (UploadedPart part : chosen) {
        ObjectMetadata metadata = part.metadata();
        crc64 = Crc64.combine(crc64, metadata.crc64(), metadata.size());
        size += metadata.size();
        etags.add(metadata.etag());
        sizes.add(metadata.size());
      }
      if (size > store.maxObjectSize()) {
        throw OssException.entityTooLarge(store.maxObjectSize());
      }
      String folderName = StorageLayout.newSegmentFolderName(upload.key());
      Path folder = layout.segmentFolder(upload.bucket(), folderName);
      boolean published = false;
      try {
        linkSegments(uploadDir, chosen, folder);
        timings.lap("link");
        store.steps().done("linked");
        ObjectMetadata object =
            new ObjectMetadata(
                upload.key(),
                size,
                Etags.ofParts(etags),
                crc64,
                upload.attributes().contentType(),
                upload.attributes().httpHeaders(),
                store.clock().currentTimeMillis(),
                upload.attributes().userMetadata());
        try (StagedObjectFile file = StagedObjectFile.create(layout.newTempPath())) {
          store.publish(upload.bucket(), file, new ObjectTrailer(object, new Segments(folderName, sizes)),
              forbidOverwrite);
        }
        published = true;
        timings.lap("commit");
        store.steps().done("retired");
        DurableFiles.deleteAtomically(uploadDir, layout.newTempPath());
        timings.lap("cleanup");
        return object;
      } finally {
        if (!published) {
          DurableFiles.deleteRecursively(folder);
        }
      }
    }
  }

  /**
   * Links the files of the parts {@code chosen} into the new segments folder {@code folder}, in order, and
   * forces the folder and its name to disk. The part files were forced to disk when they were received;
   * a link only adds a name, so no byte is written again, and the upload keeps its own names until the
   * object is published.
   */
  private static void linkSegments(Path uploadDir, List<UploadedPart> chosen, Path folder) throws IOException {
    Files.createDirectory(folder);
    for (int i = 0; i < chosen.size(); i++) {
      Files.createLink(StorageLayout.segmentFile(folder, i + 1),
          StorageLayout.partFile(uploadDir, chosen.get(i).partNumber()));
    }
    DurableFiles.forceDirectory(folder);
    DurableFiles.forceDirectory(folder.getParent());
  }

  /** Ends the upload and deletes its parts. */
  void abort(MultipartUpload upload) throws OssException, IOException {
    Path uploadDir = uploadDir(upload);
    synchronized (lockOf(upload)) {
      requireExists(upload, uploadDir);
      DurableFiles.deleteAtomically(uploadDir, layout.newTempPath());
    }
  }

  private static List<UploadedPart> choose(List<PartReference> requested, Map<Integer, UploadedPart> uploaded)
      throws OssException {
    List<UploadedPart> chosen = new ArrayList<>();
    int previous = 0;
    for (PartReference reference : requested) {
      if (reference.partNumber() <= previous) {
        throw new OssException(400, "InvalidPartOrder",
            "The list of parts was not in ascending order. Parts must be listed in order by part number.");
      }
      previous = reference.partNumber();
      UploadedPart part = uploaded.get(reference.partNumber());
      if (part == null || !Etags.same(part.metadata().etag(), reference.etag())) {
        throw new OssException(400, "InvalidPart",
            "One or more of the specified parts could not be found or the specified entity tag might not"
                + " have matched the part's entity tag.")
            .with("PartNumber", Integer.toString(reference.partNumber()))
            .with("ETag", reference.etag());
      }
      chosen.add(part);
    }
    for (int i = 0; i < chosen.size() - 1; i++) {
      long size = chosen.get(i).metadata().size();
      if (size < MIN_PART_SIZE) {
        throw new OssException(400, "EntityTooSmall",
            "Your proposed upload is smaller than the minimum allowed size.")
            .with("MinSizeAllowed", Long.toString(MIN_PART_SIZE))
            .with("ProposedSize", Long.toString(size))
            .with("PartNumber", Integer.toString(chosen.get(i).partNumber()));
      }
    }
    return chosen;
  }

  private static Map<Integer, UploadedPart> partsByNumber(MultipartUpload upload, Path uploadDir)
      throws OssException, IOException {
    Map<Integer, UploadedPart> parts = new TreeMap<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(uploadDir)) {
      for (Path file : files) {
        int partNumber = StorageLayout.partNumberOf(file);
        if (partNumber > 0) {
          parts.put(partNumber, new UploadedPart(partNumber, ObjectFile.readMetadata(file)));
        }
      }
    } catch (NoSuchFileException e) {
      throw OssException.noSuchUpload(upload.uploadId());
    }
    return parts;
  }

  private static void requireExists(MultipartUpload upload, Path uploadDir) throws OssException {
    if (!Files.isDirectory(uploadDir)) {
      throw OssException.noSuchUpload(upload.uploadId());
    }
  }

  private Path uploadDir(MultipartUpload upload) {
    return layout.uploadDir(upload.bucket(), upload.uploadId());
  }

  private Object lockOf(MultipartUpload upload) {
    return locks[Math.floorMod(upload.uploadId().hashCode(), LOCK_STRIPES)];
  }

  private String newUploadId() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return Hex.encode(bytes).toUpperCase(Locale.ROOT);
  }
}
