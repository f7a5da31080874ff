package dev.ossdirect.client.testing;

import dev.ossdirect.client.http.ChosenFile;

/** A chosen file that is only a name, a type and a size. */
public final class TestFile implements ChosenFile {

  private final String name;
  private final String type;
  private final long size;

  public TestFile(String name, String type, long size) {
    this.name = name;
    this.type = type;
    this.size = size;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String browserType() {
    return type;
  }

  @Override
  public long size() {
    return size;
  }
}
