/**
 * Resource Access Management: the local account's RAM user and role, and the policy language that decides
 * what each caller may do.
 */
package dev.ossdirect.localcloud.ram;
