/** Security Token Service: AssumeRole, and the self-contained security tokens it issues. */
package dev.ossdirect.localcloud.sts;
