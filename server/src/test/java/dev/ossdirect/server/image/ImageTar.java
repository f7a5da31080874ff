package dev.ossdirect.server.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * A container image as {@code docker save} writes it and Jib's {@code buildTar} does: {@code manifest.json}
 * naming the configuration and the layers, each layer a gzipped tar. Read whole into memory, since the
 * tests look at every part of it.
 */
final class ImageTar {

  /** One file, folder or link of a layer, as the tar holds it. */
  record Entry(String path, int mode, long uid, boolean directory, boolean symbolicLink, long size) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonNode config;
  private final List<byte[]> layers;

  private ImageTar(JsonNode config, List<byte[]> layers) {
    this.config = config;
    this.layers = layers;
  }

  /** The image in the tar at {@code tar}. */
  static ImageTar read(Path tar) throws IOException {
    Map<String, byte[]> files = new HashMap<>();
    try (TarArchiveInputStream in = new TarArchiveInputStream(new BufferedInputStream(Files.newInputStream(tar)))) {
      for (TarArchiveEntry entry; (entry = in.getNextEntry()) != null; ) {
        if (entry.isFile()) {
          files.put(entry.getName(), in.readAllBytes());
        }
      }
    }
    JsonNode manifest = JSON.readTree(files.get("manifest.json")).get(0);
    JsonNode config = JSON.readTree(files.get(manifest.get("Config").asText()));
    List<byte[]> layers = new ArrayList<>();
    manifest.get("Layers").forEach(layer -> layers.add(files.get(layer.asText())));
    return new ImageTar(config, layers);
  }

  /** The image's configuration ({@code config}: user, entrypoint, environment, ports, working folder). */
  JsonNode config() {
    return config.get("config");
  }

  /** The image's layers, bottom first. */
  int layerCount() {
    return layers.size();
  }

  /** Every entry of every layer by its absolute path; an upper layer's entry hides a lower one's. */
  Map<String, Entry> files() throws IOException {
    Map<String, Entry> files = new LinkedHashMap<>();
    for (byte[] layer : layers) {
      try (TarArchiveInputStream in = layer(layer)) {
        for (TarArchiveEntry entry; (entry = in.getNextEntry()) != null; ) {
          String path = absolute(entry.getName());
          files.put(path, new Entry(path, entry.getMode() & 07777, entry.getLongUserId(), entry.isDirectory(),
              entry.isSymbolicLink(), entry.getSize()));
        }
      }
    }
    return files;
  }

  /**
   * Writes the layers, bottom first, into the empty folder {@code root}, as a container runtime lays out
   * the image's root file system: permissions kept, symbolic links as links.
   */
  void unpackInto(Path root) throws IOException {
    for (byte[] layer : layers) {
      try (TarArchiveInputStream in = layer(layer)) {
        for (TarArchiveEntry entry; (entry = in.getNextEntry()) != null; ) {
          Path target = root.resolve(absolute(entry.getName()).substring(1)).normalize();
          if (!target.startsWith(root)) {
            throw new IOException("a layer writes outside the root: " + entry.getName());
          }
          if (entry.isDirectory()) {
            Files.createDirectories(target);
          } else if (entry.isSymbolicLink()) {
            Files.createDirectories(target.getParent());
            Files.deleteIfExists(target);
            Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
            continue;
          } else {
            Files.createDirectories(target.getParent());
            Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
          }
          Files.setPosixFilePermissions(target, permissions(entry.getMode()));
        }
      }
    }
  }

  private static TarArchiveInputStream layer(byte[] layer) throws IOException {
    InputStream in = new ByteArrayInputStream(layer);
    boolean gzipped = layer.length > 1 && (layer[0] & 0xff) == 0x1f && (layer[1] & 0xff) == 0x8b;
    return new TarArchiveInputStream(gzipped ? new GZIPInputStream(in) : in);
  }

  private static String absolute(String name) {
    String path = name.startsWith("./") ? name.substring(1) : name.startsWith("/") ? name : "/" + name;
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  private static Set<PosixFilePermission> permissions(int mode) {
    Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
    PosixFilePermission[] bits = {
      PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
      PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
      PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
    for (int i = 0; i < bits.length; i++) {
      if ((mode & (1 << i)) != 0) {
        permissions.add(bits[i]);
      }
    }
    return permissions;
  }
}
