package dev.ossdirect.localcloud.oss;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

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
 */
final class ObjectFile {

  private static final byte[] MAGIC = "OSSOBJ01".getBytes(StandardCharsets.US_ASCII);
  private static final int FOOTER_BYTES = 4 + MAGIC.length;
  private static final int MAX_METADATA_BYTES = 1024 * 1024;

  private ObjectFile() {}

  /** Appends the metadata trailer at the channel's position, which must be the end of the body. */
  static void writeTrailer(FileChannel channel, ObjectMetadata metadata) throws IOException {
    byte[] json = MetadataJson.toBytes(toJson(metadata));
    ByteBuffer trailer = ByteBuffer.allocate(json.length + FOOTER_BYTES);
    trailer.put(json).putInt(json.length).put(MAGIC).flip();
    DurableFiles.writeFully(channel, trailer);
  }

  /**
   * Opens {@code file} and reads its metadata. Throws {@link java.nio.file.NoSuchFileException} if there
   * is no such file, and {@link IOException} if it is not in this format.
   */
  static StoredObject open(Path file) throws IOException {
    FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
    try {
      return new StoredObject(readMetadata(channel, file), channel);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** The metadata of {@code file}, which is closed again. */
  static ObjectMetadata readMetadata(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      return readMetadata(channel, file);
    }
  }

  private static ObjectMetadata readMetadata(FileChannel channel, Path file) throws IOException {
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
    ObjectMetadata metadata = fromJson(readAt(channel, bodySize, jsonLength).array(), file);
    if (metadata.size() != bodySize) {
      throw corrupt(file, "the body size does not match the metadata");
    }
    return metadata;
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

  private static ObjectMetadata fromJson(byte[] json, Path file) throws IOException {
    try {
      JsonNode node = MetadataJson.parse(json);
      return new ObjectMetadata(
          MetadataJson.text(node, "key"),
          MetadataJson.number(node, "size"),
          MetadataJson.text(node, "etag"),
          Long.parseUnsignedLong(MetadataJson.text(node, "crc64")),
          node.path("contentType").isTextual() ? node.get("contentType").asText() : null,
          MetadataJson.optionalMap(node, "httpHeaders"),
          MetadataJson.number(node, "lastModifiedMillis"),
          MetadataJson.map(node, "userMetadata"));
    } catch (IOException | NumberFormatException e) {
      throw corrupt(file, "bad metadata: " + e.getMessage());
    }
  }

  private static IOException corrupt(Path file, String why) {
    return new IOException("Not a stored object (" + why + "): " + file.getFileName());
  }
}
