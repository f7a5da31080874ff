package dev.ossdirect.reliability.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ossdirect.reliability.report.FuzzTally;
import dev.ossdirect.reliability.report.Row;
import dev.ossdirect.signing.QueryString;
import dev.ossdirect.signing.SignatureFormatException;
import dev.ossdirect.signing.acs3.Acs3Authorization;
import dev.ossdirect.signing.acs3.Acs3Signature;
import dev.ossdirect.signing.oss.OssSignatureV1;
import dev.ossdirect.signing.oss.OssV1Authorization;
import dev.ossdirect.signing.oss.OssV1PresignedParameters;
import dev.ossdirect.signing.oss.OssV4Authorization;
import dev.ossdirect.signing.oss.OssV4PresignedParameters;
import dev.ossdirect.signing.rpc.RpcSignedParameters;
import dev.ossdirect.signing.time.UtcTimestamps;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.junit.jupiter.api.AfterAll;

/**
 * Every parser that reads a signature from a request, on any text: the {@code Authorization} headers (ACS3,
 * OSS V1, OSS V4), the signed-URL and RPC signature parameters (read from a query string), the query
 * string itself and the three timestamp forms. Each returns or refuses with {@link SignatureFormatException}
 * (the timestamps and the query string with {@link IllegalArgumentException}), and what it accepts comes
 * back unchanged when written again. The first byte picks the parser; the rest is its text.
 */
class SignatureParsersFuzzTest {

  private static final FuzzTally TALLY = new FuzzTally(Row.FUZZ_SIGNATURE_PARSERS);

  @AfterAll
  static void record() {
    TALLY.record();
  }

  @FuzzTest
  @DictionaryEntries({"ACS3-HMAC-SHA256 ", "Credential=", ",SignedHeaders=", ",Signature=", "OSS ",
      "OSS4-HMAC-SHA256 ", "/cn-hangzhou/oss/aliyun_v4_request", ",AdditionalHeaders=", "OSSAccessKeyId=",
      "&Expires=", "&Signature=", "security-token=", "x-oss-signature-version=OSS4-HMAC-SHA256",
      "&x-oss-credential=", "&x-oss-date=20231216T162057Z", "&x-oss-expires=", "&x-oss-signature=",
      "AccessKeyId=", "&SignatureMethod=HMAC-SHA1", "&SignatureVersion=1.0", "&SignatureNonce=",
      "&Timestamp=2015-04-09T11:52:19Z", "Wed, 28 Dec 2022 10:27:41 GMT", "%", "+", "&", "="})
  void aSignatureParserAcceptsOrRefusesCleanly(byte[] input) throws Exception {
    if (input.length == 0) {
      return;
    }
    String text = new String(Arrays.copyOfRange(input, 1, input.length), StandardCharsets.UTF_8);
    TALLY.run(() -> {
      try {
        parse(Math.floorMod(input[0], 9), text);
      } catch (SignatureFormatException refused) {
        // the documented refusal of a signature parser
      }
    });
  }

  private static void parse(int parser, String text) {
    switch (parser) {
      case 0 -> {
        Acs3Authorization parsed = Acs3Authorization.parse(text);
        Acs3Authorization again = Acs3Authorization.parse(
            Acs3Signature.authorization(parsed.accessKeyId(), parsed.signedHeaders(), parsed.signature()));
        assertEquals(parsed.accessKeyId(), again.accessKeyId());
        assertEquals(parsed.signedHeaders(), again.signedHeaders());
        assertEquals(parsed.signature(), again.signature());
      }
      case 1 -> {
        OssV1Authorization parsed = OssV1Authorization.parse(text);
        OssV1Authorization again =
            OssV1Authorization.parse(OssSignatureV1.authorization(parsed.accessKeyId(), parsed.signature()));
        assertEquals(parsed.accessKeyId(), again.accessKeyId());
        assertEquals(parsed.signature(), again.signature());
      }
      case 2 -> OssV4Authorization.parse(text);
      case 3 -> withQuery(text, OssV1PresignedParameters::parse);
      case 4 -> withQuery(text, OssV4PresignedParameters::parse);
      case 5 -> withQuery(text, RpcSignedParameters::parse);
      case 6 -> withQuery(text, query -> {
        assertEquals(query, QueryString.parse(QueryString.format(query)));
        return query;
      });
      case 7 -> timestamp(text, UtcTimestamps::parseIso8601, UtcTimestamps::formatIso8601);
      default -> {
        timestamp(text, UtcTimestamps::parseRfc1123, UtcTimestamps::formatRfc1123);
        timestamp(text, UtcTimestamps::parseCompact, UtcTimestamps::formatCompact);
      }
    }
  }

  /** Parses {@code text} as a query string, refused or not as the query string parser says, then reads it. */
  private static void withQuery(String text, Function<Map<String, String>, ?> reader) {
    Map<String, String> query;
    try {
      query = QueryString.parse(text);
    } catch (IllegalArgumentException refused) {
      return;
    }
    reader.apply(query);
  }

  private static void timestamp(String text, Function<String, Long> parse, LongFunction<String> format) {
    long millis;
    try {
      millis = parse.apply(text);
    } catch (IllegalArgumentException refused) {
      return;
    }
    assertEquals(text, format.apply(millis));
  }
}
