/**
 * What the server's token endpoint ({@code GET /api/sts-token}) tells the page, written once for both: the
 * JSON field names ({@link TokenAnswerFields}), the choices it carries by their wire names
 * ({@link OssSignatureVersion}, {@link ImmSignature}, {@link UploadFlow}), and the answer itself
 * ({@link TokenAnswer}), which the server writes and the page reads. Plain Java without a JSON library, so
 * that GWT compiles it for the page and the server runs it unchanged.
 */
package dev.ossdirect.signing.token;
