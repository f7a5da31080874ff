package dev.ossdirect.localcloud.oss;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * The body of a simple object: the prefix of its object file, kept open so that it stays readable after
 * the file's name is replaced or deleted.
 */
final class FileBody implements ObjectBody {

  private final FileChannel channel;

  FileBody(FileChannel channel) {
    this.channel = channel;
  }

  /** Positional reads, so several streams could share the channel. */
  @Override
  public int read(ByteBuffer buffer, long position) throws IOException {
    return channel.read(buffer, position);
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
