package dev.ossdirect.localcloud.oss;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The file format of a stored object or part: the body's bytes, then its {@link ObjectMetadata} as UTF-8
 * JSON, then the JSON's length (4 bytes, big-endian) and the 8-byte magic {@code OSSOBJ01}.
 *
 * <pre>
 * [ body (size bytes) ][ metadata JSON ][ JSON length ][ "OSSOBJ01" ]
 * </pre>
 *
 * <p>Keeping the metadata in the same file as the bytes means one atomic rename publishes both: there is
 * no moment, and no crash, at which an object's bytes and its metadata disagree. Writing it after the body
 * lets the body be streamed first, while its size, MD5 and CRC are still being computed, and keeps the
 * body a plain prefix of the file.
 *
 * <p>An object completed by a multipart upload has no body in its file: the metadata JSON also lists its
 * {@link Segments} (a {@code segments} member: the folder's name and each segment's size), and the file is
 * only the trailer. Its rename publishes the object as it does a simple one; the segments, already on
 * disk, are never copied. Parts and simple objects have no such member.
 */
final class ObjectFile {

  private static final byte[] MAGIC = "OSSOBJ01".getBytes(StandardCharsets.US_ASCII);
  private static final int FOOTER_BYTES = 4 + MAGIC.length;
  private static final int MAX_METADATA_BYTES = 1024 * 1024;

  private ObjectFile() {}

  /**
   * Appends {@code trailer} at the channel's position, which must be the end of the body: of an empty body
   * if the trailer lists segments.
   */
  static void writeTrailer(FileChannel channel, ObjectTrailer trailer) throws IOException {
    ObjectNode node = toJson(trailer.metadata());
    if (trailer.isSegmented()) {
      ObjectNode segments = node.putObject("segments");
      segments.put("folder", trailer.segments().folder());
      ArrayNode sizes = segments.putArray("sizes");
      trailer.segments().sizes().forEach(sizes::add);
    }
    byte[] json = MetadataJson.toBytes(node);
    ByteBuffer bytes = ByteBuffer.allocate(json.length + FOOTER_BYTES);
    bytes.put(json).putInt(json.length).put(MAGIC).flip();
    DurableFiles.writeFully(channel, bytes);
  }

  /**
   * The trailer of {@code file}, which is closed again. Throws {@link java.nio.file.NoSuchFileException}
   * if there is no such file, and {@link IOException} if it is not in this format.
   */
  static ObjectTrailer readTrailer(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      return readTrailer(channel, file);
    }
  }

  /** The metadata of {@code file}, which is closed again: a part, or a simple object. */
  static ObjectMetadata readMetadata(Path file) throws IOException {
    return readTrailer(file).metadata();
  }

  /** The trailer of the open {@code file}. */
  static ObjectTrailer readTrailer(FileChannel channel, Path file) throws IOException {
    long fileSize = channel.size();
    if (fileSize < FOOTER_BYTES) {
      throw corrupt(file, "too short");
    }
    ByteBuffer footer = readAt(channel, fileSize - FOOTER_BYTES, FOOTER_BYTES);
    int jsonLength = footer.getInt();
    byte[] magic = new byte[MAGIC.length];
    footer.get(magic);
    if (!Arrays.equals(magic, MAGIC) || jsonLength < 0 || jsonLength > MAX_METADATA_BYTES
        || jsonLength > fileSize - FOOTER_BYTES) {
      throw corrupt(file, "bad trailer");
    }
    long bodySize = fileSize - FOOTER_BYTES - jsonLength;
    ObjectTrailer trailer = fromJson(readAt(channel, bodySize, jsonLength).array(), file);
    long expectedBody = trailer.isSegmented() ? 0 : trailer.metadata().size();
    if (bodySize != expectedBody
        || trailer.isSegmented() && trailer.segments().totalSize() != trailer.metadata().size()) {
      throw corrupt(file, "the body size does not match the metadata");
    }
    return trailer;
  }

  private static ByteBuffer readAt(FileChannel channel, long position, int length) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length);
    while (buffer.hasRemaining()) {
      if (channel.read(buffer, position + buffer.position()) < 0) {
        throw new IOException("Unexpected end of file");
      }
    }
    return buffer.flip();
  }

  private static ObjectNode toJson(ObjectMetadata metadata) {
    ObjectNode node = MetadataJson.object();
    node.put("key", metadata.key());
    node.put("size", metadata.size());
    node.put("etag", metadata.etag());
    node.put("crc64", metadata.crc64Header());
    node.put("contentType", metadata.contentType());
    MetadataJson.putMap(node, "httpHeaders", metadata.httpHeaders());
    node.put("lastModifiedMillis", metadata.lastModifiedMillis());
    MetadataJson.putMap(node, "userMetadata", metadata.userMetadata());
    return node;
  }

  private static ObjectTrailer fromJson(byte[] json, Path file) throws IOException {
    try {
      JsonNode node = MetadataJson.parse(json);
      ObjectMetadata metadata = new ObjectMetadata(
          MetadataJson.text(node, "key"),
          MetadataJson.number(node, "size"),
          MetadataJson.text(node, "etag"),
          Long.parseUnsignedLong(MetadataJson.text(node, "crc64")),
          node.path("contentType").isTextual() ? node.get("contentType").asText() : null,
          MetadataJson.optionalMap(node, "httpHeaders"),
          MetadataJson.number(node, "lastModifiedMillis"),
          MetadataJson.map(node, "userMetadata"));
      return new ObjectTrailer(metadata, node.has("segments") ? segmentsFromJson(node.get("segments")) : null);
    } catch (IOException | NumberFormatException e) {
      throw corrupt(file, "bad metadata: " + e.getMessage());
    }
  }

  private static Segments segmentsFromJson(JsonNode node) throws IOException {
    JsonNode sizes = node.path("sizes");
    if (!sizes.isArray() || sizes.isEmpty()) {
      throw new IOException("no segment sizes");
    }
    List<Long> list = new ArrayList<>();
    for (JsonNode size : sizes) {
      if (!size.isIntegralNumber() || !size.canConvertToLong() || size.asLong() < 0) {
        throw new IOException("a segment size is not a size");
      }
      list.add(size.asLong());
    }
    String folder = MetadataJson.text(node, "folder");
    if (!StorageLayout.isSegmentFolderName(folder)) {
      throw new IOException("not a segment folder");
    }
    return new Segments(folder, list);
  }

  private static IOException corrupt(Path file, String why) {
    return new IOException("Not a stored object (" + why + "): " + file.getFileName());
  }
}
