/** Intelligent Media Management: {@code DetectImageFaces} on images stored in the local OSS. */
package dev.ossdirect.localcloud.imm;
