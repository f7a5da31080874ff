/** The timestamp forms Alibaba Cloud's protocols use, computed from epoch milliseconds without java.time. */
package dev.ossdirect.signing.time;
