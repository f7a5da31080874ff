/**
 * Encoded images read and decoded to grayscale within known bounds: headers checked in Java before any
 * native decoder sees the bytes, decoding at no more resolution than is needed, and native memory freed
 * as soon as it is no longer used. Nothing here knows what searches the pixels.
 */
package dev.ossdirect.localcloud.imm.images;
