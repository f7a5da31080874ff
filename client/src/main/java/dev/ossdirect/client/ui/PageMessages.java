package dev.ossdirect.client.ui;

import com.google.gwt.i18n.client.Messages;

/**
 * Every word the page itself shows or says to screen readers, in English here and in Simplified Chinese
 * in {@code PageMessages_zh.properties}: index.html's text (which the page replaces at start), the cards,
 * the face tables, the error boxes and the announcements. Counts and sizes arrive already written, so
 * that no locale's number formatting is compiled in.
 */
public interface PageMessages extends Messages {

  /** The language of this text, for {@code <html lang>}. */
  @DefaultMessage("en")
  String htmlLang();

  /** The value of this language in the language switch, the locale of the compiled script. */
  @DefaultMessage("en")
  String localeName();

  @DefaultMessage("ossdirect \u00b7 find faces in your pictures")
  String pageTitle();

  @DefaultMessage("Language")
  String language();

  @DefaultMessage("Find faces in your pictures")
  String heading();

  @DefaultMessage("Your pictures go straight from this browser into the storage bucket, with a permission that expires within the hour; this site''s server never sees them. Then the faces in them are found.")
  String lead();

  @DefaultMessage("Choose pictures")
  String choosePictures();

  @DefaultMessage("Drop pictures here, paste them, or ")
  String dropZoneTitle();

  @DefaultMessage("browse")
  String dropZoneAction();

  @DefaultMessage("Loading the upload settings\u2026")
  String loadingSettings();

  @DefaultMessage("Pictures to upload")
  String picturesToUpload();

  @DefaultMessage("Sign face detection requests with")
  String signatureChoice();

  @DefaultMessage("RPC signature V1 (HMAC-SHA1)")
  String rpcV1Signature();

  @DefaultMessage("Uploads")
  String uploads();

  @DefaultMessage("All uploads")
  String allUploads();

  @DefaultMessage("No uploads yet.")
  String noUploads();

  @DefaultMessage("The upload settings could not be loaded.")
  String settingsNotLoaded();

  @DefaultMessage("Accepted: {0} \u00b7 up to {1} each")
  String limits(String types, String maxSize);

  @DefaultMessage("{0} of {1}")
  String bytesOfTotal(String sent, String total);

  @DefaultMessage("{0} of {1} files uploaded")
  String filesUploaded(String uploaded, String files);

  @DefaultMessage(", {0} stopped")
  String filesStopped(String stopped);

  @DefaultMessage("Cancel")
  String cancel();

  @DefaultMessage("Cancel the upload of {0}")
  String cancelUploadOf(String name);

  @DefaultMessage("unknown type")
  String unknownType();

  @DefaultMessage("Upload of {0}")
  String uploadOf(String name);

  @DefaultMessage("Waiting for the upload settings\u2026")
  String waitingForSettings();

  @DefaultMessage("Not uploaded")
  String notUploaded();

  @DefaultMessage("No faces found")
  String noFacesFound();

  @DefaultMessage("IMM''s answer (JSON)")
  String immAnswer();

  @DefaultMessage("IMM''s answer as JSON")
  String immAnswerRegion();

  @DefaultMessage("Face {0}")
  String faceNumber(String number);

  @DefaultMessage("Attribute")
  String attribute();

  @DefaultMessage("Value")
  String value();

  @DefaultMessage("Confidence")
  String confidence();

  @DefaultMessage("Code")
  String errorCode();

  @DefaultMessage("Message")
  String errorMessage();

  @DefaultMessage("Request ID")
  String requestId();

  @DefaultMessage("fine-grained error code")
  String fineGrainedErrorCode();

  @DefaultMessage("Troubleshooting")
  String troubleshooting();

  @DefaultMessage(" (opens in a new tab)")
  String opensInNewTab();

  @DefaultMessage("{0} was not uploaded. {1}")
  String notUploadedBecause(String name, String reason);

  @DefaultMessage("The upload of {0} was cancelled.")
  String uploadCancelled(String name);

  @DefaultMessage("{0}: the upload failed. {1}")
  String uploadFailedBecause(String name, String reason);

  @DefaultMessage("{0} is probably uploaded; checking that it is there.")
  String checkingUpload(String name);

  @DefaultMessage("Uploaded \u00b7 finding faces\u2026")
  String findingFaces();

  @DefaultMessage("{0} is uploaded. Finding faces\u2026")
  String uploadedFindingFaces(String name);

  @DefaultMessage("no faces found")
  String noFaces();

  @DefaultMessage("1 face found")
  String oneFace();

  @DefaultMessage("{0} faces found")
  String faces(String count);

  @DefaultMessage("Uploaded \u00b7 {0}")
  String uploadedWith(String found);

  @DefaultMessage("{0}: {1}.")
  String foundIn(String name, String found);

  @DefaultMessage("OSS''s answer to the last step of the upload was lost, and the picture is not in the bucket.")
  String lostAndNotStored();

  @DefaultMessage("Upload the file again.")
  String uploadAgain();

  @DefaultMessage("Probably uploaded \u00b7 face detection failed, so the upload could not be confirmed")
  String unconfirmedDetectionFailed();

  @DefaultMessage("Uploaded \u00b7 face detection failed")
  String detectionFailed();

  @DefaultMessage("{0}: face detection failed. {1}")
  String detectionFailedBecause(String name, String reason);
}
