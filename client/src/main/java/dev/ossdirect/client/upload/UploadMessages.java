package dev.ossdirect.client.upload;

import com.google.gwt.i18n.client.Messages;

/**
 * The words this package puts on a file's card, in English here and in Simplified Chinese in
 * {@code UploadMessages_zh.properties}. Sizes arrive already written ({@code ByteSizes}), so that no
 * locale's number formatting is compiled in.
 */
public interface UploadMessages extends Messages {

  @DefaultMessage("Uploading")
  String uploading();

  @DefaultMessage("Finishing: OSS is storing the picture")
  String finishing();

  @DefaultMessage("Probably uploaded: OSS''s last answer was lost, checking that the picture is there")
  String unconfirmed();

  @DefaultMessage("Uploaded")
  String uploaded();

  @DefaultMessage("Upload failed")
  String uploadFailed();

  @DefaultMessage("Cancelled \u00b7 {0}")
  String cancelled(String cleanup);

  @DefaultMessage("removing the parts already sent\u2026")
  String cleanupRunning();

  @DefaultMessage("the parts already sent were removed")
  String cleanupDone();

  @DefaultMessage("the parts already sent could not be removed")
  String cleanupFailed();

  @DefaultMessage("nothing was stored")
  String nothingStored();

  @DefaultMessage("{0} of {1} sent")
  String sentOfTotal(String sent, String total);

  @DefaultMessage("{0} of {1}")
  String progressOfTotal(String sent, String total);

  @DefaultMessage("The type of this file is unknown. Accepted types: {0}.")
  String unknownType(String accepted);

  @DefaultMessage("{0} files are not accepted. Accepted types: {1}.")
  String typeNotAccepted(String type, String accepted);

  @DefaultMessage("The server has changed how uploads are signed since this page was loaded. Reload the page to upload.")
  String reloadForPageSignedUploads();

  @DefaultMessage("The file is empty.")
  String emptyFile();

  @DefaultMessage("The file is {0}, over the limit of {1}.")
  String tooLarge(String size, String limit);

  @DefaultMessage("The server''s answer to the upload could not be read: {0}")
  String unreadableUploadGrant(String problem);

  @DefaultMessage("The server''s signature of a part could not be read: {0}")
  String unreadablePartGrant(String problem);

  @DefaultMessage("OSS started the multipart upload but sent no UploadId.")
  String noUploadId();

  @DefaultMessage("OSS stored a part, but the browser was not allowed to read its ETag, which completing the upload needs.")
  String etagHidden();

  @DefaultMessage("The bucket''s CORS rule must expose the ETag header (ExposeHeader: ETag).")
  String exposeEtag();
}
