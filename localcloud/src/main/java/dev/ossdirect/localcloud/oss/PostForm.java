package dev.ossdirect.localcloud.oss;

import dev.ossdirect.signing.codec.Utf8;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.io.Content;

/**
 * The {@code multipart/form-data} body of a PostObject request, read as it arrives: the fields before the
 * {@code file} part into memory (at most {@link #MAX_FIELD_BYTES} in all), then the file as a stream, so
 * that a file of any size passes through one buffer. Everything a signature and a policy need comes before
 * the file, as OSS requires, so the request can be judged before a byte of the file is read.
 *
 * <pre>
 * PostForm form = PostForm.start(body, contentType);   // reads up to the file's first byte
 * form.fields();                                       // names compared without case
 * form.file().transferTo(out);                         // the file's bytes, as they come
 * form.finish();                                       // the rest, which must be well-formed
 * </pre>
 *
 * <p>Parsing is Jetty's ({@link MultiPart.Parser}), fed 64 KiB at a time. Parts after the file are read and
 * ignored, as OSS ignores them. A body that is not well-formed multipart, has no {@code file} part, names a
 * field twice or has a field that is not UTF-8 is {@code MalformedPOSTRequest}; while the file is read,
 * that error comes as a {@link MalformedException} from the stream, since an {@link InputStream} can only
 * throw {@link IOException}s.
 */
final class PostForm {

  /** The most bytes all the fields before the file may hold together. */
  static final int MAX_FIELD_BYTES = 64 * 1024;
  /** The most parts a form may have, the file and those after it included. */
  static final int MAX_PARTS = 1000;
  /** The name of the part that holds the file. */
  static final String FILE_FIELD = "file";

  private static final int BUFFER_BYTES = 64 * 1024;

  private final InputStream body;
  private final MultiPart.Parser parser;
  private final byte[] buffer = new byte[BUFFER_BYTES];
  private final Map<String, String> fields = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private final Deque<byte[]> fileContent = new ArrayDeque<>();
  private int fieldBytes;
  private boolean inputEnded;
  private OssException failure;
  private boolean fileStarted;
  private boolean fileEnded;
  private boolean complete;
  private String fileName;
  private String fileContentType;

  private PostForm(InputStream body, String boundary) {
    this.body = body;
    this.parser = new MultiPart.Parser(boundary, new Listener());
    this.parser.setMaxParts(MAX_PARTS);
  }

  /**
   * Reads {@code body}, whose {@code Content-Type} is {@code contentType}, up to the first byte of the file.
   */
  static PostForm start(InputStream body, String contentType) throws OssException, IOException {
    String type = contentType == null ? "" : contentType.trim().toLowerCase(Locale.ROOT);
    String boundary = type.startsWith("multipart/form-data") ? MultiPart.extractBoundary(contentType) : null;
    if (boundary == null || boundary.isEmpty()) {
      throw malformed("a PostObject request must be multipart/form-data with a boundary.");
    }
    PostForm form = new PostForm(body, boundary);
    while (!form.fileStarted) {
      if (form.complete || form.inputEnded) {
        throw malformed("the form has no file field.");
      }
      form.feed();
    }
    return form;
  }

  /** The fields before the file, by name; names are compared without case. */
  Map<String, String> fields() {
    return Collections.unmodifiableMap(fields);
  }

  /** The {@code filename} of the file part, or {@code null}. */
  String fileName() {
    return fileName;
  }

  /** The {@code Content-Type} of the file part, or {@code null}. */
  String fileContentType() {
    return fileContentType;
  }

  /** The bytes of the file, read from the body as they are asked for. Read it once. */
  InputStream file() {
    return new InputStream() {
      private byte[] current = new byte[0];
      private int position;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] bytes, int offset, int length) throws IOException {
        if (length == 0) {
          return 0;
        }
        while (position == current.length) {
          if (!fileContent.isEmpty()) {
            current = fileContent.poll();
            position = 0;
          } else if (fileEnded) {
            return -1;
          } else {
            feedOrFail();
          }
        }
        int count = Math.min(length, current.length - position);
        System.arraycopy(current, position, bytes, offset, count);
        position += count;
        return count;
      }
    };
  }

  /** Reads the rest of the body, which must end the form properly; parts after the file are ignored. */
  void finish() throws OssException, IOException {
    while (!complete) {
      feed();
    }
  }

  /** Feeds the parser the next bytes of the body; the end of the body ends the form, or breaks it. */
  private void feed() throws OssException, IOException {
    if (failure != null) {
      throw failure;
    }
    if (inputEnded) {
      throw malformed("the body ended before the form did.");
    }
    int read = body.read(buffer);
    if (read < 0) {
      inputEnded = true;
      parser.parse(Content.Chunk.from(ByteBuffer.allocate(0), true));
    } else {
      // The chunk wraps the buffer, which is reused: the listener copies what it keeps. Heap chunks need no
      // release.
      parser.parse(Content.Chunk.from(ByteBuffer.wrap(buffer, 0, read), false));
    }
    if (failure != null) {
      throw failure;
    }
  }

  private void feedOrFail() throws IOException {
    try {
      feed();
    } catch (OssException e) {
      throw new MalformedException(e);
    }
  }

  private static OssException malformed(String why) {
    return new OssException(400, "MalformedPOSTRequest",
        "The body of your POST request is not well-formed multipart/form-data: " + why)
        .diagnosed(FineGrainedErrorCode.MALFORMED_POST_FORM);
  }

  /** Sorts the parser's events into fields, file content and the end of the form. */
  private final class Listener extends MultiPart.AbstractPartsListener {
    private String partContentType;
    private ByteArrayOutputStream fieldValue;
    private boolean inFile;

    @Override
    public void onPartBegin() {
      partContentType = null;
      fieldValue = null;
      inFile = false;
    }

    @Override
    public void onPartHeader(String name, String value) {
      super.onPartHeader(name, value);
      if (name.equalsIgnoreCase("Content-Type")) {
        partContentType = value;
      }
    }

    @Override
    public void onPartHeaders() {
      String name = getName();
      if (fileStarted || failure != null) {
        return;
      }
      if (name == null || name.isEmpty()) {
        fail("a part has no name.");
      } else if (name.equalsIgnoreCase(FILE_FIELD)) {
        inFile = true;
        fileStarted = true;
        fileName = getFileName();
        fileContentType = partContentType;
      } else if (fields.containsKey(name)) {
        fail("the field " + name + " appears more than once.");
      } else {
        fieldValue = new ByteArrayOutputStream();
      }
    }

    @Override
    public void onPartContent(Content.Chunk chunk) {
      ByteBuffer content = chunk.getByteBuffer();
      int length = content.remaining();
      if (inFile && length > 0) {
        byte[] copy = new byte[length];
        content.get(copy);
        fileContent.add(copy);
      } else if (fieldValue != null) {
        fieldBytes += length;
        if (fieldBytes > MAX_FIELD_BYTES) {
          fieldValue = null;
          failure = new OssException(400, "InvalidArgument",
              "The form fields before the file hold more than " + MAX_FIELD_BYTES + " bytes.");
          return;
        }
        byte[] copy = new byte[length];
        content.get(copy);
        fieldValue.write(copy, 0, length);
      }
    }

    @Override
    public void onPart(String name, String partFileName, HttpFields headers) {
      if (inFile) {
        fileEnded = true;
      } else if (fieldValue != null) {
        try {
          fields.put(name, Utf8.decode(fieldValue.toByteArray()));
        } catch (IllegalArgumentException e) {
          fail("the field " + name + " is not UTF-8 text.");
        }
      }
      inFile = false;
      fieldValue = null;
    }

    @Override
    public void onComplete() {
      complete = true;
      if (!fileStarted) {
        fail("the form has no file field.");
      }
    }

    @Override
    public void onFailure(Throwable cause) {
      fail(cause.getMessage() == null ? "it cannot be parsed." : cause.getMessage() + ".");
    }

    private void fail(String why) {
      if (failure == null) {
        failure = malformed(why);
      }
    }
  }

  /** The form broke while its file was being read; {@link #error()} is the answer to give. */
  static final class MalformedException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient OssException error;

    MalformedException(OssException error) {
      super(error.getMessage());
      this.error = error;
    }

    OssException error() {
      return error;
    }
  }
}
