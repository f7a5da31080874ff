package dev.ossdirect.localcloud.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against a local cloud of its own: STS, OSS and IMM on free loopback ports, started
 * before the class's first test and stopped, its data folder deleted, after its last. Tests, their
 * constructors and lifecycle methods receive a {@link LocalCloudConnection} parameter (or the
 * {@link dev.ossdirect.localcloud.LocalCloud} itself); {@code @Nested} classes share their enclosing
 * class's cloud.
 *
 * <p>One cloud a class rather than one a JVM: each class may set its own buckets and policy, and no
 * class sees the objects, spent nonces or moved state another left behind. A start takes well under a
 * second.
 *
 * <p>Settings come from {@link #settings()}, a JSON file on the test classpath, and then from the other
 * attributes, which win over the file; what neither sets keeps the local cloud's default (one bucket,
 * {@code web-direct-upload}; the role may {@code oss:PutObject} under its {@code uploads/} and call IMM).
 * The file holds any of the attributes' names:
 *
 * <pre>
 * {
 *   "buckets": ["orders-test"],
 *   "corsOrigins": ["http://localhost:3000"],
 *   "rolePolicy": {"Version": "1", "Statement": [{"Effect": "Allow", "Action": "oss:PutObject",
 *                  "Resource": "acs:oss:*:*:orders-test/incoming/*"}]}
 * }
 * </pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(LocalCloudExtension.class)
public @interface LocalCloudTest {

  /** A JSON file on the test classpath, such as {@code "orders-cloud.json"}; none if empty. */
  String settings() default "";

  /**
   * The buckets, the first one being {@link LocalCloudConnection#bucket()}; the file's, or the default
   * bucket, if empty.
   */
  String[] buckets() default {};

  /**
   * The origins whose browser calls every bucket's CORS rule and IMM accept; the file's, or
   * {@code http://localhost:8080} and {@code http://127.0.0.1:8080}, if empty.
   */
  String[] corsOrigins() default {};

  /** The role's policy document, as JSON; the file's, or the default policy, if empty. */
  String rolePolicy() default "";
}
