package dev.ossdirect.reliability.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.ossdirect.localcloud.ram.PolicyDocument;
import dev.ossdirect.localcloud.ram.PolicyGrammarException;
import dev.ossdirect.reliability.report.FuzzTally;
import dev.ossdirect.reliability.report.Row;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;

/**
 * The RAM policy parser on any text: it returns a document or throws {@link PolicyGrammarException}, and
 * nothing else; a document it returns can be asked about any action and resource. The seeds in
 * {@code PolicyDocumentFuzzTestInputs} are real policies.
 */
class PolicyDocumentFuzzTest {

  private static final FuzzTally TALLY = new FuzzTally(Row.FUZZ_POLICY);
  private static final String[][] QUESTIONS = {
    {"oss:PutObject", "acs:oss:*:*:web-direct-upload/uploads/a/b.jpg"},
    {"imm:DetectImageFaces", "acs:imm:cn-hangzhou:1234567890123456:project/web-direct-project"},
    {"sts:AssumeRole", "acs:ram::1234567890123456:role/imm-web-upload"},
    {"", ""}
  };

  @AfterAll
  static void record() {
    TALLY.record();
  }

  @FuzzTest
  @DictionaryEntries({"\"Version\"", "\"Statement\"", "\"Effect\"", "\"Allow\"", "\"Deny\"", "\"Action\"",
      "\"Resource\"", "\"Sid\"", "\"Condition\"", "\"1\"", "acs:oss:*:*:", "oss:PutObject", "*", "?", "\\u0000"})
  void aPolicyParsesOrIsAGrammarError(byte[] input) throws Exception {
    TALLY.run(() -> {
      PolicyDocument document;
      try {
        document = PolicyDocument.parse(new String(input, StandardCharsets.UTF_8));
      } catch (PolicyGrammarException refused) {
        return;
      }
      for (String[] question : QUESTIONS) {
        document.decide(question[0], question[1]);
      }
    });
  }
}
