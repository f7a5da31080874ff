/**
 * What the browser and the server must decide alike about an upload: the object's key and how a large file
 * is cut into parts. Plain Java, so GWT compiles it for the page and the server runs it unchanged.
 */
package dev.ossdirect.signing.upload;
