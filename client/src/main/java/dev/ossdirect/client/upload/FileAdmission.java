package dev.ossdirect.client.upload;

import com.google.gwt.core.client.GWT;
import dev.ossdirect.client.http.ChosenFile;
import dev.ossdirect.client.session.SessionConfig;
import dev.ossdirect.client.text.ByteSizes;

/**
 * Checks a chosen file against the server's limits before anything is sent: its type must be accepted,
 * and it must be neither empty nor over the size limit. A page whose script was built for server-signed
 * uploads only ({@link ScriptBuild}) refuses every file once the server lets the browser sign instead (its
 * settings changed since the page loaded). A refused file never causes a request; the
 * bucket's policy would refuse it anyway, but only after the bytes had been sent.
 */
public final class FileAdmission {

  private static final UploadMessages MESSAGES = GWT.create(UploadMessages.class);

  private FileAdmission() {}

  /** Why {@code file} of type {@code contentType} cannot be uploaded under {@code config}; {@code null} if it can. */
  public static String refusal(ChosenFile file, String contentType, SessionConfig config) {
    if (!ScriptBuild.pageSignsUploads() && !config.isServerSigned()) {
      return MESSAGES.reloadForPageSignedUploads();
    }
    if (!ContentTypes.isAllowed(contentType, config.allowedContentTypes())) {
      String accepted = String.join(", ", config.allowedContentTypes());
      return contentType.isEmpty()
          ? MESSAGES.unknownType(accepted)
          : MESSAGES.typeNotAccepted(contentType, accepted);
    }
    if (file.size() == 0) {
      return MESSAGES.emptyFile();
    }
    if (file.size() > config.maxFileSize()) {
      return MESSAGES.tooLarge(ByteSizes.format(file.size()), ByteSizes.format(config.maxFileSize()));
    }
    return null;
  }
}
