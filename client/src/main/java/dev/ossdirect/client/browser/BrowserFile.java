package dev.ossdirect.client.browser;

import dev.ossdirect.client.http.ByteRange;
import dev.ossdirect.client.http.ChosenFile;
import elemental2.dom.Blob;
import elemental2.dom.File;
import jsinterop.annotations.JsPackage;
import jsinterop.annotations.JsType;
import jsinterop.base.Js;

/** A DOM {@code File} the person chose (through the picker, a drop or a paste). */
public final class BrowserFile implements ChosenFile {

  /**
   * {@code Blob.slice} with offsets as JavaScript numbers: elemental2 declares them {@code int}, which
   * would cut files beyond 2 GiB short.
   */
  @JsType(isNative = true, namespace = JsPackage.GLOBAL, name = "Blob")
  private interface LargeBlob {
    Blob slice(double start, double end);
  }

  private final File file;

  public BrowserFile(File file) {
    this.file = file;
  }

  /** The DOM file, for the preview. */
  public File file() {
    return file;
  }

  @Override
  public String name() {
    return file.name;
  }

  @Override
  public String browserType() {
    return file.type == null ? "" : file.type;
  }

  @Override
  public long size() {
    return (long) file.size;
  }

  /**
   * The bytes of {@code range} as a request body, without reading them: the browser streams them.
   *
   * <p>A browser sends a body's own type as the {@code Content-Type} header of a request that sets none, and
   * a file's type is the one its name suggests: a header the signature did not cover (OSS then answers
   * {@code SignatureDoesNotMatch}). So unless the request sets its own {@code Content-Type}
   * ({@code requestSetsContentType}), which wins over the body's, the body is a slice, which has no type.
   * The whole file with the request's own type is the file itself, not a slice of it, which every engine
   * sends as it is (HtmlUnit's, for one, sends slices of a file empty).
   */
  Blob body(ByteRange range, boolean requestSetsContentType) {
    if (requestSetsContentType && range.start() == 0 && range.end() == size()) {
      return file;
    }
    return Js.<LargeBlob>uncheckedCast(file).slice(range.start(), range.end());
  }
}
