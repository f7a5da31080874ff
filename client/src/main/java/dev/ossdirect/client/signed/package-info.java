/**
 * The server-signed upload flow, as the page sees it: the app's server checks and signs each upload
 * ({@code POST api/uploads} and the calls after it) and the page sends the bytes straight to OSS with what the
 * server signed. The page holds no credential that could write to the bucket.
 */
package dev.ossdirect.client.signed;
