/**
 * A JUnit 5 extension that gives a test class its own local cloud: {@link
 * dev.ossdirect.localcloud.junit5.LocalCloudTest} starts it on free loopback ports and injects a {@link
 * dev.ossdirect.localcloud.junit5.LocalCloudConnection}, what Alibaba's SDKs need to reach it. JUnit is
 * not a dependency of the local cloud's jar: a test that uses this package brings its own
 * {@code junit-jupiter-api}.
 */
package dev.ossdirect.localcloud.junit5;
