package dev.ossdirect.client.signed;

import dev.ossdirect.client.json.JsonObject;
import dev.ossdirect.signing.NamedValues;

/**
 * The server's answer to {@code POST api/uploads}: the object it named and how to send the file, either one
 * PostObject form ({@link #isPostObject}) or a multipart upload the server has started, whose parts it
 * signs one by one.
 */
public final class UploadGrant {

  private final String id;
  private final String key;
  private final boolean postObject;
  private final String url;
  private final NamedValues fields;
  private final Double serverTimeMillis;

  private UploadGrant(String id, String key, boolean postObject, String url, NamedValues fields,
      Double serverTimeMillis) {
    this.id = id;
    this.key = key;
    this.postObject = postObject;
    this.url = url;
    this.fields = fields;
    this.serverTimeMillis = serverTimeMillis;
  }

  /** Reads the answer {@code body}; throws {@link IllegalArgumentException} naming what is missing. */
  public static UploadGrant fromJson(String body) {
    JsonObject json = JsonObject.parse(body);
    String method = json.string("Method");
    boolean postObject = "PostObject".equals(method);
    if (!postObject && !"Multipart".equals(method)) {
      throw new IllegalArgumentException("The server's answer names no upload method");
    }
    NamedValues fields = new NamedValues();
    JsonObject formFields = json.object("Fields");
    if (postObject) {
      if (formFields == null || json.string("Url") == null) {
        throw new IllegalArgumentException("The server's answer has no form to post");
      }
      for (String name : formFields.names()) {
        fields.set(name, formFields.string(name));
      }
    }
    return new UploadGrant(required(json, "Id"), required(json, "Key"), postObject, json.string("Url"), fields,
        json.number("ServerTime"));
  }

  static String required(JsonObject json, String name) {
    String value = json.string(name);
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("The server's answer has no " + name);
    }
    return value;
  }

  /** The server's id of the upload, for the calls that follow. */
  public String id() {
    return id;
  }

  /** The object's key, which the server chose. */
  public String key() {
    return key;
  }

  /** Whether the file goes in one PostObject form; else in parts the server signs. */
  public boolean isPostObject() {
    return postObject;
  }

  /** Where to post the form: the bucket's URL. */
  public String url() {
    return url;
  }

  /**
   * The server's time when it signed, in epoch milliseconds, or {@code null} if it did not say. A
   * {@code Double}, as JSON gives it, and exact to the millisecond.
   */
  public Double serverTimeMillis() {
    return serverTimeMillis;
  }

  /** The form's fields, to send in this order before the file (a copy). */
  public NamedValues fields() {
    return new NamedValues().setAll(fields);
  }
}
